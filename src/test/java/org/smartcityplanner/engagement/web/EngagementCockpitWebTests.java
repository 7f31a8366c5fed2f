package org.smartcityplanner.engagement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.engagement.internal.EngagementLifecycle;
import org.smartcityplanner.engagement.internal.EngagementUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class EngagementCockpitWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-26");
	static final ProvinceCode OTHER = new ProvinceCode("TH-27");
	static final LocalDate SIGNED = LocalDate.of(2026, 10, 1);

	@Autowired
	EngagementUseCases engagements;
	@Autowired
	EngagementLifecycle lifecycle;

	long lead;

	@BeforeEach
	void cleanSlate() {
		jdbc.sql("delete from eng_engagement where province_code in (?, ?)").params(OWN.value(), OTHER.value())
			.update();
		lead = account("cockpit.web.lead", Role.CONSULTANT);
	}

	@Test
	void anAdminOpensAnEngagementWithTheStandardPeriodAndLandsOnItsPage() throws Exception {
		String location = mvc.perform(post("/admin/engagements").cookie(admin()).with(csrf())
			.param("provinceCode", OWN.value()).param("title", "แผนแม่บท ทดสอบห้องควบคุม")
			.param("startDate", "2026-10-01"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(location).matches("/admin/engagements/\\d+");
		assertThat(engagements.engagementsOf(OWN)).singleElement()
			.satisfies(e -> assertThat(e.endDate()).isEqualTo(LocalDate.of(2027, 3, 29)));

		mvc.perform(get(location).cookie(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนแม่บท ทดสอบห้องควบคุม")))
			.andExpect(content().string(containsString("1 ต.ค. 2569 – 29 มี.ค. 2570")))
			.andExpect(content().string(containsString("ดำเนินการอยู่")));
	}

	@Test
	void badDatesAreRefusedOnTheFieldWithTheFormKept() throws Exception {
		mvc.perform(post("/admin/engagements").cookie(admin()).with(csrf()).param("provinceCode", OWN.value())
			.param("title", "ชื่อที่ต้องคงไว้").param("startDate", "2026-10-01").param("endDate", "2026-09-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"ชื่อที่ต้องคงไว้\"")))
			.andExpect(content().string(containsString("วันสิ้นสุดโครงการต้องไม่ก่อนวันลงนามสัญญา")));
		mvc.perform(post("/admin/engagements").cookie(admin()).with(csrf()).param("provinceCode", OWN.value())
			.param("title", "ยาวเกิน").param("startDate", "2026-10-01").param("endDate", "2027-12-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ระยะเวลาโครงการยาวเกิน 400 วัน")));
		assertThat(engagements.engagementsOf(OWN)).isEmpty();
	}

	@Test
	void aSecondOverlappingEngagementIsRefusedNamingTheOtherAndItsDates() throws Exception {
		lifecycle.open(OWN, "รอบที่เปิดอยู่", SIGNED, null);
		mvc.perform(post("/admin/engagements").cookie(admin()).with(csrf()).param("provinceCode", OWN.value())
			.param("title", "รอบซ้อน").param("startDate", "2026-12-01"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รอบที่เปิดอยู่")))
			.andExpect(content().string(containsString("1 ต.ค. 2569 – 29 มี.ค. 2570")));
		assertThat(engagements.engagementsOf(OWN)).hasSize(1);
	}

	@Test
	void consultantsOnTheTeamMayViewTheEngagementButNoOneElseOutsideTheInstitute() throws Exception {
		long member = account("cockpit.web.member", Role.CONSULTANT);
		account("cockpit.web.outsider", Role.CONSULTANT);
		EngagementView engagement = engagements.start(OWN, "ทีมดูได้", SIGNED, lead, Set.of(lead, member));
		String page = "/admin/engagements/" + engagement.id();

		mvc.perform(get(page).cookie(signedIn("cockpit.web.member", Role.CONSULTANT))).andExpect(status().isOk())
			.andExpect(content().string(containsString("ทีมดูได้")))
			.andExpect(content().string(not(containsString("id=\"edit-engagement\""))));
		mvc.perform(get(page).cookie(signedIn("cockpit.web.outsider", Role.CONSULTANT)))
			.andExpect(status().isForbidden());
		mvc.perform(get(page).cookie(signedIn("cockpit.web.coordinator", Role.COORDINATOR, OWN)))
			.andExpect(status().isForbidden());
		mvc.perform(post(page + "/close").cookie(signedIn("cockpit.web.member", Role.CONSULTANT)).with(csrf())
			.param("closedOn", "2026-11-01")).andExpect(status().isForbidden());
		mvc.perform(get("/admin/engagements/999999").cookie(admin())).andExpect(status().isNotFound());
	}

	@Test
	void theProvincePageShowsTheTeamToItsCoordinatorButNotToAnotherProvincesCoordinator() throws Exception {
		long member = account("cockpit.web.member", Role.CONSULTANT);
		engagements.start(OWN, "งานของจังหวัด", SIGNED, lead, Set.of(lead, member));
		mvc.perform(get("/p/TH-26/engagement").cookie(signedIn("cockpit.web.coordinator", Role.COORDINATOR, OWN)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("งานของจังหวัด")))
			.andExpect(content().string(containsString("Test cockpit.web.lead")))
			.andExpect(content().string(containsString("หัวหน้าทีม")));
		mvc.perform(get("/p/TH-26/engagement").cookie(signedIn("cockpit.web.other", Role.COORDINATOR, OTHER)))
			.andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-27/engagement").cookie(signedIn("cockpit.web.other", Role.COORDINATOR, OTHER)))
			.andExpect(status().isOk()).andExpect(content().string(containsString("ยังไม่มีโครงการที่ปรึกษา")));
	}

	@Test
	void aClosedEngagementRefusesEditsOnThePage() throws Exception {
		EngagementView engagement = lifecycle.open(OWN, "จะปิด", SIGNED, null);
		mvc.perform(post("/admin/engagements/" + engagement.id() + "/close").cookie(admin()).with(csrf())
			.param("closedOn", "2026-11-01")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/admin/engagements/" + engagement.id()).cookie(admin()).with(csrf())
			.param("title", "แก้หลังปิด").param("startDate", "2026-10-01").param("endDate", "2027-03-29"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("โครงการนี้ปิดแล้ว จึงแก้ไขไม่ได้")));
		assertThat(lifecycle.engagement(engagement.id())).get().extracting(EngagementView::name).isEqualTo("จะปิด");
	}

	@Test
	void thePortfolioListsEveryEngagementAndItsCsvCannotRunFormulas() throws Exception {
		lifecycle.open(OWN, "=HYPERLINK(\"http://evil\")", SIGNED, null);
		mvc.perform(get("/admin/engagements/portfolio").cookie(admin())).andExpect(status().isOk())
			.andExpect(content().string(containsString("=HYPERLINK")))
			.andExpect(content().string(containsString("เกณฑ์สุขภาพโครงการ")));
		String csv = mvc.perform(get("/admin/engagements/portfolio.csv").cookie(admin()))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(csv).contains("\"'=HYPERLINK(\"\"http://evil\"\")\"").doesNotContain(",=HYPERLINK");
		mvc.perform(get("/admin/engagements/portfolio").cookie(signedIn("cockpit.web.lead2", Role.CONSULTANT)))
			.andExpect(status().isForbidden());
	}

	@Test
	void theApiOpensPatchesAndClosesWithProblemsNamingTheReason() throws Exception {
		Cookie admin = admin();
		String created = mvc.perform(post("/api/v1/engagements").cookie(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"provinceCode\":\"TH-26\",\"title\":\"ผ่าน API\",\"startDate\":\"2026-10-01\"}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.endDate").value("2027-03-29"))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));

		mvc.perform(post("/api/v1/engagements").cookie(admin).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"provinceCode\":\"TH-26\",\"title\":\"ซ้อน\",\"startDate\":\"2026-11-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("engagement.overlap"))
			.andExpect(jsonPath("$.detail").value(containsString("ผ่าน API")));
		mvc.perform(patch("/api/v1/engagements/" + id).cookie(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"endDate\":\"2026-09-01\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("engagement.period.endBeforeStart"));
		mvc.perform(patch("/api/v1/engagements/" + id).cookie(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"ผ่าน API (แก้ไข)\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.name").value("ผ่าน API (แก้ไข)"));
		mvc.perform(post("/api/v1/engagements/" + id + "/close").cookie(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"closedOn\":\"2026-12-31\"}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CLOSED"));
		mvc.perform(patch("/api/v1/engagements/" + id).cookie(admin).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"หลังปิด\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("engagement.closed.noEdits"));
		mvc.perform(get("/api/v1/engagements").cookie(admin)).andExpect(status().isOk())
			.andExpect(jsonPath("$[?(@.id == " + id + ")].health").value("CLOSED"));
		mvc.perform(get("/api/v1/engagements/" + id).cookie(signedIn("cockpit.web.lead", Role.CONSULTANT)))
			.andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'engagement' and entity_id = ?")
			.param(String.valueOf(id)).query(Integer.class).single()).isEqualTo(3);
	}

	private Cookie admin() throws Exception {
		return signedIn("cockpit.web.admin", Role.ADMIN);
	}
}
