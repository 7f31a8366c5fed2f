package org.smartcityplanner.participation.web.idea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.IdeaApi;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The staff's moderation of ideas in TH-72 by role: the coordinator and the consultant hide (reason required),
 * restore and decline (reason required), with every step audited under their name and shown in the public history
 * without it; a working-group member reads but changes nothing; a coordinator of TH-80 reaches none of it, by page
 * or API. Steps the life cycle forbids are refused with the reason, and nothing changes.
 */
class StaffIdeasWebTests extends WebTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-72");
	static final String BASE = "/p/TH-72/participation/ideas";
	static final String API = "/api/v1/provinces/TH-72/ideas";

	@Autowired
	IdeaApi ideas;

	@Test
	void theCoordinatorHidesWithAReasonAndRestoresBothAuditedAndPublicWithoutTheirName() throws Exception {
		IdeaView idea = StaffIdeaFixtures.propose(ideas, PROVINCE, "ป้ายโฆษณาผิดกฎหมาย ติดต่อ 08x").idea();
		Cookie coordinator = signedIn("ideas.coordinator72", Role.COORDINATOR, PROVINCE);

		mvc.perform(get(BASE).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ป้ายโฆษณาผิดกฎหมาย")))
			.andExpect(content().string(containsString("รอพิจารณา (")));
		// without a reason: refused with the reason's message, the idea stays published
		mvc.perform(post(BASE + "/" + idea.id() + "/hide").cookie(coordinator).with(csrf())
			.param("version", String.valueOf(idea.version())).param("reason", "  "))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("กรุณาระบุเหตุผล")));
		assertThat(statusOf(idea)).isEqualTo(IdeaStatus.PUBLISHED);

		mvc.perform(post(BASE + "/" + idea.id() + "/hide").cookie(coordinator).with(csrf())
			.param("version", String.valueOf(idea.version())).param("reason", "มีหมายเลขโทรศัพท์ส่วนบุคคล"))
			.andExpect(redirectedUrl(BASE + "/" + idea.id()));
		assertThat(statusOf(idea)).isEqualTo(IdeaStatus.HIDDEN);
		mvc.perform(get(BASE + "/" + idea.id()).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("มีหมายเลขโทรศัพท์ส่วนบุคคล")))
			.andExpect(content().string(containsString("id=\"restore-form\"")));
		// the queue no longer lists it; the hidden tab does
		mvc.perform(get(BASE).cookie(coordinator)).andExpect(content().string(not(containsString("idea-" + idea.id() + "\""))));
		mvc.perform(get(BASE).param("status", "HIDDEN").cookie(coordinator))
			.andExpect(content().string(containsString("id=\"idea-" + idea.id() + "\"")));
		// hiding it again is not a step the life cycle has
		int hiddenVersion = ideas.find(PROVINCE, idea.id()).orElseThrow().version();
		mvc.perform(post(BASE + "/" + idea.id() + "/hide").cookie(coordinator).with(csrf())
			.param("version", String.valueOf(hiddenVersion)).param("reason", "ซ้ำ"))
			.andExpect(status().isBadRequest());

		mvc.perform(post(BASE + "/" + idea.id() + "/restore").cookie(coordinator).with(csrf())
			.param("version", String.valueOf(hiddenVersion))).andExpect(redirectedUrl(BASE + "/" + idea.id()));
		assertThat(statusOf(idea)).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(jdbc.sql("select action from aud_entry where entity_type = 'idea' and entity_id = ?"
				+ " and actor = 'ideas.coordinator72' order by id").param(String.valueOf(idea.id()))
			.query(String.class).list()).containsExactly("hidden", "restored");
		assertThat(ideas.history(PROVINCE, idea.id())).extracting(entry -> entry.kind().name())
			.containsExactly("PROPOSED", "HIDDEN", "RESTORED");
		assertThat(ideas.history(PROVINCE, idea.id()).toString()).doesNotContain("ideas.coordinator72");
	}

	@Test
	void theConsultantDeclinesWithAReasonAndADecidedIdeaTakesNoFurtherStep() throws Exception {
		IdeaView idea = StaffIdeaFixtures.propose(ideas, PROVINCE, "สร้างสนามบินในหมู่บ้าน").idea();
		Cookie consultant = signedIn("ideas.consultant72", Role.CONSULTANT, PROVINCE);
		String version = String.valueOf(idea.version());

		mvc.perform(post(BASE + "/" + idea.id() + "/decline").cookie(consultant).with(csrf()).param("version", version))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("กรุณาระบุเหตุผล")));
		mvc.perform(post(BASE + "/" + idea.id() + "/decline").cookie(consultant).with(csrf()).param("version", version)
			.param("reason", "เกินอำนาจหน้าที่ของจังหวัด ส่งต่อกรมท่าอากาศยานแล้ว"))
			.andExpect(redirectedUrl(BASE + "/" + idea.id()));
		IdeaView declined = ideas.find(PROVINCE, idea.id()).orElseThrow();
		assertThat(declined.status()).isEqualTo(IdeaStatus.DECLINED);
		assertThat(declined.declineReason()).isEqualTo("เกินอำนาจหน้าที่ของจังหวัด ส่งต่อกรมท่าอากาศยานแล้ว");

		String now = String.valueOf(declined.version());
		mvc.perform(post(BASE + "/" + idea.id() + "/hide").cookie(consultant).with(csrf()).param("version", now)
			.param("reason", "ไม่เหมาะสม")).andExpect(status().isBadRequest());
		mvc.perform(post(API + "/" + idea.id() + "/decline").cookie(consultant).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":" + now + ",\"reason\":\"อีกครั้ง\"}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("participation.idea.lifecycle.alreadyDecided"));
		assertThat(ideas.find(PROVINCE, idea.id()).orElseThrow().version()).isEqualTo(declined.version());
	}

	@Test
	void aWorkingGroupMemberReadsButChangesNothing() throws Exception {
		IdeaView idea = StaffIdeaFixtures.propose(ideas, PROVINCE, "ทางจักรยานรอบบึง").idea();
		Cookie member = signedIn("ideas.member72", Role.WORKING_GROUP, PROVINCE);

		mvc.perform(get(BASE).cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ทางจักรยานรอบบึง")));
		mvc.perform(get(BASE + "/" + idea.id()).cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"hide-form\""))));
		mvc.perform(post(BASE + "/" + idea.id() + "/hide").cookie(member).with(csrf())
			.param("version", String.valueOf(idea.version())).param("reason", "ไม่ชอบ"))
			.andExpect(status().isForbidden());
		mvc.perform(post(API + "/" + idea.id() + "/hide").cookie(member).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"ไม่ชอบ\"}"))
			.andExpect(status().isForbidden());
		mvc.perform(get(API).cookie(member)).andExpect(status().isOk())
			.andExpect(jsonPath("$.items[?(@.id == " + idea.id() + ")].title").value("ทางจักรยานรอบบึง"));
		mvc.perform(get(API + "/" + idea.id()).cookie(member)).andExpect(status().isOk())
			.andExpect(jsonPath("$.version").value(idea.version()));
		mvc.perform(get(API).param("status", "SOLD").cookie(member)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[0].field").value("status"));
		mvc.perform(get(API + "/ratings").cookie(member)).andExpect(status().isOk())
			.andExpect(jsonPath("$.rated").isNumber());
		assertThat(statusOf(idea)).isEqualTo(IdeaStatus.PUBLISHED);
	}

	@Test
	void anotherProvincesCoordinatorReachesNoneOfItAndTheApiRefusesStaleOrMissingVersions() throws Exception {
		IdeaView idea = StaffIdeaFixtures.propose(ideas, PROVINCE, "ไฟส่องสว่างซอยเปลี่ยว").idea();
		Cookie outsider = signedIn("ideas.coordinator80", Role.COORDINATOR, new ProvinceCode("TH-80"));

		mvc.perform(get(BASE).cookie(outsider)).andExpect(status().is4xxClientError());
		mvc.perform(get(BASE + "/" + idea.id()).cookie(outsider)).andExpect(status().is4xxClientError());
		mvc.perform(post(BASE + "/" + idea.id() + "/hide").cookie(outsider).with(csrf())
			.param("version", String.valueOf(idea.version())).param("reason", "ลอง")).andExpect(status().is4xxClientError());
		mvc.perform(post(API + "/" + idea.id() + "/hide").cookie(outsider).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"ลอง\"}"))
			.andExpect(status().is4xxClientError());
		// and through their own province's path, the idea of TH-72 is not found
		mvc.perform(post("/api/v1/provinces/TH-80/ideas/" + idea.id() + "/hide").cookie(outsider).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"version\":0,\"reason\":\"ลอง\"}"))
			.andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value("ideaId"));
		assertThat(statusOf(idea)).isEqualTo(IdeaStatus.PUBLISHED);

		Cookie coordinator = signedIn("ideas.coordinator72", Role.COORDINATOR, PROVINCE);
		mvc.perform(post(API + "/" + idea.id() + "/hide").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"reason\":\"ลอง\"}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field").value("version"));
		mvc.perform(post(API + "/" + idea.id() + "/hide").cookie(coordinator).with(csrf())
			.header("Accept-Language", "en").contentType(MediaType.APPLICATION_JSON)
			.content("{\"version\":" + (idea.version() + 5) + ",\"reason\":\"stale\"}"))
			.andExpect(status().isConflict());
		mvc.perform(post(API + "/" + idea.id() + "/hide").cookie(coordinator).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("not json"))
			.andExpect(status().isBadRequest());
		assertThat(statusOf(idea)).isEqualTo(IdeaStatus.PUBLISHED);
	}

	@Test
	void theStepsAreDocumentedWithTheirRequiredFields() throws Exception {
		String path = "$.paths['/api/v1/provinces/{provinceCode}/ideas/{ideaId}/";
		mvc.perform(get("/api/openapi")).andExpect(status().isOk())
			.andExpect(jsonPath(path + "hide'].post").exists())
			.andExpect(jsonPath(path + "restore'].post").exists())
			.andExpect(jsonPath(path + "accept'].post").exists())
			.andExpect(jsonPath(path + "decline'].post").exists())
			.andExpect(jsonPath("$.components.schemas.IdeaReasonRequest.required",
					containsInAnyOrder("version", "reason")))
			.andExpect(jsonPath("$.components.schemas.IdeaAcceptRequest.required",
					containsInAnyOrder("version", "planItem")))
			.andExpect(jsonPath("$.components.schemas.IdeaStepRequest.required", containsInAnyOrder("version")));
	}

	private IdeaStatus statusOf(IdeaView idea) {
		return ideas.find(PROVINCE, idea.id()).orElseThrow().status();
	}
}
