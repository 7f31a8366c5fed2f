package org.smartcityplanner.engagement.web.pool;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.internal.pool.AbsenceKind;
import org.smartcityplanner.engagement.internal.pool.ConsultantPool;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class ConsultantPoolWebTests extends WebTestSupport {

	static final ProvinceCode NONTHABURI = new ProvinceCode("TH-12");

	@Autowired
	ConsultantPool pool;

	@Test
	void anAdminSeesThePoolAndSavesAProfileWithExpertiseAndDimensions() throws Exception {
		long id = account("pool.web.profile", Role.CONSULTANT);
		mvc.perform(post("/admin/consultants/" + id).cookie(admin()).with(csrf()).param("rank", "SENIOR_CONSULTANT")
			.param("tags", "MOBILITY", "ENERGY").param("dimensions", "MOB").param("homeRegion", "north")
			.param("cap", "3"))
			.andExpect(redirectedUrl("/admin/consultants/" + id));
		mvc.perform(get("/admin/consultants").cookie(admin()).param("tag", "MOBILITY").param("rank",
				"SENIOR_CONSULTANT"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Test pool.web.profile")))
			.andExpect(content().string(containsString("การเดินทางและขนส่ง")))
			.andExpect(content().string(containsString("ภาคเหนือ")))
			.andExpect(content().string(containsString("0/3 งาน")))
			.andExpect(content().string(not(containsString("SENIOR_CONSULTANT<"))));
	}

	@Test
	void badProfileInputIsRefusedWithTheFieldsMessageAndTheFormKept() throws Exception {
		long id = account("pool.web.bad", Role.CONSULTANT);
		mvc.perform(post("/admin/consultants/" + id).cookie(admin()).with(csrf()).param("rank", "SENIOR_CONSULTANT")
			.param("cap", "11").param("homeRegion", "north"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("เพดานงานพร้อมกันต้องอยู่ระหว่าง 1 ถึง 10 งาน")));
		mvc.perform(post("/admin/consultants/" + id).cookie(admin()).with(csrf()).param("rank", "CONSULTANT")
			.param("cap", "2").param("homeRegion", "atlantis"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ไม่รู้จักภูมิภาค atlantis")));
		mvc.perform(post("/admin/consultants/" + id + "/absences").cookie(admin()).with(csrf())
			.param("fromDate", "2040-02-10").param("toDate", "2040-02-01").param("kind", "LEAVE")
			.param("note", "ต้องคงไว้"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("วันสิ้นสุดต้องไม่ก่อนวันเริ่มต้น")))
			.andExpect(content().string(containsString("value=\"ต้องคงไว้\"")));
		mvc.perform(get("/admin/consultants").cookie(admin()).param("rank", "BOGUS"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ค่าตัวกรองไม่ถูกต้อง")));
	}

	@Test
	void onlyAdminsSeeThePoolAndAConsultantReadsOnlyTheirOwnProfile() throws Exception {
		long own = account("pool.web.own", Role.CONSULTANT);
		long other = account("pool.web.someone", Role.CONSULTANT);
		Cookie consultant = signedIn("pool.web.own", Role.CONSULTANT);
		Cookie coordinator = signedIn("pool.web.coordinator", Role.COORDINATOR, NONTHABURI);
		mvc.perform(get("/admin/consultants").cookie(consultant)).andExpect(status().isForbidden());
		mvc.perform(get("/admin/consultants").cookie(coordinator)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/consultants/" + other).cookie(consultant)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/consultants").cookie(coordinator)).andExpect(status().isForbidden());
		mvc.perform(get("/consultants/me").cookie(coordinator)).andExpect(status().isForbidden());
		mvc.perform(get("/consultants/me").cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("Test pool.web.own")));
		mvc.perform(get("/api/v1/consultants/me").cookie(consultant)).andExpect(status().isOk())
			.andExpect(jsonPath("$.userId").value(own));
	}

	@Test
	void anAbsenceIsRemovedOnlyThroughItsOwnConsultant() throws Exception {
		long owner = account("pool.web.absent", Role.CONSULTANT);
		long other = account("pool.web.notowner", Role.CONSULTANT);
		long absence = pool.addAbsence(owner, LocalDate.of(2040, 1, 1), LocalDate.of(2040, 1, 5), AbsenceKind.LEAVE,
				"").id();
		mvc.perform(post("/admin/consultants/" + other + "/absences/" + absence + "/delete").cookie(admin())
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(delete("/api/v1/consultants/" + other + "/availability/" + absence).cookie(admin())
			.with(csrf())).andExpect(status().isNotFound());
		mvc.perform(get("/api/v1/consultants/" + owner + "/availability").cookie(admin()))
			.andExpect(jsonPath("$.length()").value(1));
		mvc.perform(post("/admin/consultants/" + owner + "/absences/" + absence + "/delete").cookie(admin())
			.with(csrf())).andExpect(redirectedUrl("/admin/consultants/" + owner));
		mvc.perform(get("/api/v1/consultants/" + owner + "/availability").cookie(admin()))
			.andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void theApiNamesTheMissingFieldAndRefusesAnUnknownDimension() throws Exception {
		long id = account("pool.web.api", Role.CONSULTANT);
		mvc.perform(put("/api/v1/consultants/" + id).cookie(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"cap\": 2}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("ต้องระบุช่อง rank"));
		mvc.perform(put("/api/v1/consultants/" + id).cookie(admin()).with(csrf()).header("Accept-Language", "en")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rank\": \"CONSULTANT\", \"cap\": 2, \"dimensions\": [\"XYZ\"]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("Unknown smart dimension XYZ"));
		mvc.perform(put("/api/v1/consultants/" + id).cookie(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"rank\": \"SENIOR_CONSULTANT\", \"cap\": 2, \"tags\": [\"TRAINING\"], \"dimensions\": [\"PEO\"]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.rank").value("SENIOR_CONSULTANT"))
			.andExpect(jsonPath("$.version").value(0));
		mvc.perform(post("/api/v1/consultants/" + id + "/availability").cookie(admin()).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"fromDate\": \"2040-03-01\", \"kind\": \"LEAVE\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value("ต้องระบุช่อง toDate"));
	}

	private Cookie admin() throws Exception {
		return signedIn("pool.web.admin", Role.ADMIN);
	}
}
