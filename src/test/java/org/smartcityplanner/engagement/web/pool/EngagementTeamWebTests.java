package org.smartcityplanner.engagement.web.pool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;
import org.smartcityplanner.engagement.internal.EngagementUseCases;
import org.smartcityplanner.engagement.internal.pool.ConsultantPool;
import org.smartcityplanner.engagement.internal.pool.ProfileUpdate;
import org.smartcityplanner.engagement.internal.pool.TeamProposals;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class EngagementTeamWebTests extends WebTestSupport {

	static final ProvinceCode NONTHABURI = new ProvinceCode("TH-12");
	static final ProvinceCode PATHUM_THANI = new ProvinceCode("TH-13");

	@Autowired
	EngagementUseCases engagements;
	@Autowired
	ConsultantPool pool;
	@Autowired
	TeamProposals proposals;

	@Test
	void anAdminGetsAProposalWithReasonsAndSavesItAfterSwappingOnePerson() throws Exception {
		long senior = senior("team.web.senior", "GOV");
		long a = account("team.web.a", Role.CONSULTANT);
		long b = account("team.web.b", Role.CONSULTANT);
		long c = account("team.web.c", Role.CONSULTANT);
		long d = account("team.web.d", Role.CONSULTANT);
		long id = engagements.start(PATHUM_THANI, "ทีมเว็บ", LocalDate.of(2041, 1, 1), senior, Set.of(senior)).id();

		mvc.perform(post("/admin/engagements/" + id + "/team/proposal").cookie(admin()).with(csrf())
			.param("dimensions", "GOV").param("size", "4"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ที่ปรึกษาอาวุโส เสนอเป็นหัวหน้าทีม")))
			.andExpect(content().string(containsString("ครอบคลุม การบริหารภาครัฐอัจฉริยะ")))
			.andExpect(content().string(containsString("ไม่ถูกเลือก")));

		int version = proposals.engagement(id).orElseThrow().version();
		mvc.perform(post("/admin/engagements/" + id + "/team").cookie(admin()).with(csrf())
			.param("members", s(senior), s(a), s(b), s(d)).param("lead", s(senior)).param("version", s(version)))
			.andExpect(redirectedUrl("/admin/engagements/" + id + "/team"));
		assertThat(proposals.engagement(id).orElseThrow().members()).extracting(m -> m.userId())
			.containsExactlyInAnyOrder(senior, a, b, d);
		assertThat(c).isPositive();
	}

	@Test
	void savingRefusesAConsultantOverTheirCapWithTheNumbersAndATeamTooSmall() throws Exception {
		long senior = senior("team.web.cap.senior", "ENV");
		long busy = account("team.web.cap.busy", Role.CONSULTANT);
		long x = account("team.web.cap.x", Role.CONSULTANT);
		long y = account("team.web.cap.y", Role.CONSULTANT);
		long other = senior("team.web.cap.other", "ECO");
		engagements.start(NONTHABURI, "งานที่หนึ่ง", LocalDate.of(2042, 1, 1), other, Set.of(other, busy));
		engagements.start(new ProvinceCode("TH-31"), "งานที่สอง", LocalDate.of(2042, 2, 1), other, Set.of(other, busy));
		long id = engagements.start(PATHUM_THANI, "งานที่สาม", LocalDate.of(2042, 3, 1), senior, Set.of(senior))
			.id();
		int version = proposals.engagement(id).orElseThrow().version();

		mvc.perform(post("/admin/engagements/" + id + "/team").cookie(admin()).with(csrf())
			.param("members", s(senior), s(busy), s(x), s(y)).param("lead", s(senior)).param("version", s(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(
					"ที่ปรึกษา Test team.web.cap.busy มีงาน 3 งานในช่วงนี้ เกินเพดาน 2")));
		mvc.perform(post("/admin/engagements/" + id + "/team").cookie(admin()).with(csrf())
			.param("members", s(senior), s(x), s(y)).param("lead", s(x)).param("version", s(version)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ทีมต้องมี 4–6 คน (เลือกไว้ 3 คน)")))
			.andExpect(content().string(containsString("หัวหน้าทีมต้องเป็นที่ปรึกษาอาวุโสที่อยู่ในทีม")));
		mvc.perform(put("/api/v1/engagements/" + id + "/team").cookie(admin()).with(csrf())
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"members\": [" + senior + "," + busy + "," + x + "," + y + "], \"lead\": " + senior
					+ ", \"version\": " + version + "}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.problems[0]").value(
					"Consultant Test team.web.cap.busy has 3 engagements in this period, over the cap of 2"));
		assertThat(proposals.engagement(id).orElseThrow().members()).hasSize(1);
	}

	@Test
	void theTeamApiProposesAndRefusesBadInputWithTheFieldNamed() throws Exception {
		long senior = senior("team.web.api.senior", "LIV");
		for (String name : List.of("team.web.api.a", "team.web.api.b", "team.web.api.c")) {
			account(name, Role.CONSULTANT);
		}
		long id = engagements.start(PATHUM_THANI, "ทีม API", LocalDate.of(2043, 1, 1), senior, Set.of(senior)).id();
		mvc.perform(post("/api/v1/engagements/" + id + "/team/proposal").cookie(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"dimensions\": [\"LIV\"], \"size\": 4}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.people[0].lead").value(true))
			.andExpect(jsonPath("$.people[0].reasons[0]").value("ที่ปรึกษาอาวุโส เสนอเป็นหัวหน้าทีม"));
		mvc.perform(post("/api/v1/engagements/" + id + "/team/proposal").cookie(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"size\": 7}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("ขนาดทีมต้องอยู่ระหว่าง 4 ถึง 6 คน"));
		mvc.perform(post("/api/v1/engagements/" + id + "/team/proposal").cookie(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("ต้องระบุช่อง size"));
		mvc.perform(post("/admin/engagements/" + id + "/team/proposal").cookie(admin()).with(csrf())
			.param("size", "many"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("is-invalid")));
		mvc.perform(get("/api/v1/engagements/999999999/team").cookie(admin())).andExpect(status().isNotFound());
		Cookie consultant = signedIn("team.web.api.a", Role.CONSULTANT);
		mvc.perform(get("/admin/engagements/" + id + "/team").cookie(consultant)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/engagements/" + id + "/team").cookie(consultant)).andExpect(status().isForbidden());
	}

	private long senior(String username, String dimension) {
		long id = account(username, Role.CONSULTANT);
		if (pool.consultant(id, LocalDate.now(), LocalDate.now()).orElseThrow().version() == null) {
			pool.saveProfile(id, new ProfileUpdate(ConsultantRank.SENIOR_CONSULTANT, Set.of(ExpertiseTag.GOVERNANCE),
					Set.of(dimension), "central", 2, null));
		}
		return id;
	}

	private static String s(long value) {
		return String.valueOf(value);
	}

	private Cookie admin() throws Exception {
		return signedIn("team.web.admin", Role.ADMIN);
	}
}
