package org.smartcityplanner.participation.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
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

import java.util.Random;
import java.util.UUID;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.domain.survey.FindingDraft;
import org.smartcityplanner.participation.internal.finding.FindingUseCases;
import org.smartcityplanner.participation.internal.finding.SurveyFinding;
import org.smartcityplanner.participation.internal.survey.RandomAnswers;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Survey findings on the results page and in the API: written by a person (a suggestion only fills the form),
 * checked against the survey's own questions, audited, and never reachable through another province. Works in
 * TH-27 (TH-28 for the other province).
 */
class SurveyFindingsWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-27");
	static final ProvinceCode OTHER = new ProvinceCode("TH-28");

	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	FindingUseCases findings;

	SurveyFixtures fx;
	String base;

	@BeforeEach
	void answeredSurvey() {
		fx = SurveyFixtures.published(surveys, profile, OWN, "สำรวจ " + UUID.randomUUID(), false);
		Random random = new Random(27);
		for (int i = 0; i < 6; i++) {
			surveys.submitOnline(fx.survey.publicKey(), UUID.randomUUID().toString(), RandomAnswers.of(fx, random));
		}
		base = "/p/TH-27/participation/surveys/" + fx.survey.id();
	}

	@Test
	void staffWriteAFindingFromASuggestionAndItShowsOnTheResults() throws Exception {
		Cookie consultant = signedIn("finding.consultant27", Role.CONSULTANT, OWN);
		long firstQuestion = fx.questions.get(0);
		mvc.perform(get(base + "/results").cookie(consultant)).andExpect(status().isOk())
			.andExpect(content().string(containsString("findings/new?suggest=" + firstQuestion)));
		mvc.perform(get(base + "/findings/new").param("suggest", String.valueOf(firstQuestion)).cookie(consultant))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ในข้อ “ใช้รถโดยสารประจำทางหรือไม่”")))
			.andExpect(content().string(containsString("value=\"" + firstQuestion + "\" checked")));
		assertThat(findings.ofSurvey(OWN, fx.survey.id())).as("a suggestion alone stores nothing").isEmpty();

		mvc.perform(post(base + "/findings").cookie(consultant).with(csrf())
			.param("statement", "คนส่วนใหญ่ใช้รถโดยสารเป็นบางครั้ง").param("basis", "ข้อ 1: 4 จาก 6 คน")
			.param("questionIds", String.valueOf(firstQuestion)))
			.andExpect(redirectedUrl(base + "/results#findings"));
		SurveyFinding finding = findings.ofSurvey(OWN, fx.survey.id()).get(0);
		mvc.perform(get(base + "/results").cookie(consultant))
			.andExpect(content().string(containsString("id=\"finding-" + finding.id() + "\"")))
			.andExpect(content().string(containsString("คนส่วนใหญ่ใช้รถโดยสารเป็นบางครั้ง")));
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'survey-finding' and entity_id = ?")
			.param(String.valueOf(finding.id())).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void aRefusedFindingShowsTheFormAgainWithEachProblemAndStoresNothing() throws Exception {
		Cookie consultant = signedIn("finding.consultant27", Role.CONSULTANT, OWN);
		mvc.perform(post(base + "/findings").cookie(consultant).with(csrf()).param("statement", "")
			.param("basis", "ข้อ 1"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"statement-error\"")))
			.andExpect(content().string(containsString("id=\"questionIds-error\"")))
			.andExpect(content().string(containsString("ข้อ 1")));
		assertThat(findings.ofSurvey(OWN, fx.survey.id())).isEmpty();
	}

	@Test
	void aChangeOverANewerOneShowsTheirsAndKeepsWhatWasTyped() throws Exception {
		Cookie consultant = signedIn("finding.consultant27", Role.CONSULTANT, OWN);
		SurveyFinding finding = findings.record(OWN, fx.survey.id(),
				new FindingDraft("ข้อค้นพบเดิม", "ข้อ 1", java.util.List.of(fx.questions.get(0))));
		findings.update(OWN, fx.survey.id(), finding.id(),
				new FindingDraft("ข้อค้นพบของคนอื่น", "ข้อ 1", java.util.List.of(fx.questions.get(0))), 0);
		mvc.perform(post(base + "/findings/" + finding.id()).cookie(consultant).with(csrf())
			.param("statement", "ข้อค้นพบของฉัน").param("basis", "ข้อ 1").param("version", "0")
			.param("questionIds", String.valueOf(fx.questions.get(0))))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"conflict\"")))
			.andExpect(content().string(containsString("ข้อค้นพบของคนอื่น")))
			.andExpect(content().string(containsString("ข้อค้นพบของฉัน")))
			.andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
		mvc.perform(post(base + "/findings/" + finding.id() + "/delete").cookie(consultant).with(csrf()))
			.andExpect(redirectedUrl(base + "/results#findings"));
		assertThat(findings.ofSurvey(OWN, fx.survey.id())).isEmpty();
	}

	@Test
	void theApiWritesFindingsNamesEachProblemAndRefusesAnotherProvincesIds() throws Exception {
		Cookie consultant = signedIn("finding.consultant27", Role.CONSULTANT, OWN);
		String api = "/api/v1/provinces/TH-27/participation/surveys/" + fx.survey.id() + "/findings";
		mvc.perform(get(api + "/suggestions").cookie(consultant).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(jsonPath("$[0].questionId").value(fx.questions.get(0)))
			.andExpect(jsonPath("$[0].basis").value(containsString("of 6 respondents")));
		SurveyFixtures foreign = SurveyFixtures.published(surveys, profile, OTHER, "สำรวจอื่น " + UUID.randomUUID(),
				false);
		mvc.perform(post(api).cookie(consultant).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"statement\":\"ก\",\"basis\":\"ข\",\"questionIds\":[" + foreign.questions.get(0) + "]}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value("questionIds"));
		mvc.perform(post(api).cookie(consultant).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors.length()").value(3));
		String created = mvc.perform(post(api).cookie(consultant).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"statement\":\"น้ำท่วมมาก่อน\",\"basis\":\"ข้อ 2: 4 จาก 6 คน\",\"questionIds\":["
					+ fx.questions.get(1) + "]}"))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.version").value(0))
			.andReturn().getResponse().getContentAsString();
		long id = Long.parseLong(created.replaceAll(".*\"id\":(\\d+).*", "$1"));
		mvc.perform(put(api + "/" + id).cookie(consultant).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"statement\":\"น้ำท่วมมาก่อนรถติด\",\"basis\":\"ข้อ 2\",\"questionIds\":["
					+ fx.questions.get(1) + "],\"version\":0}"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.statement").value("น้ำท่วมมาก่อนรถติด"));
		mvc.perform(put(api + "/" + id).cookie(consultant).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"statement\":\"ก\",\"basis\":\"ข\",\"questionIds\":[" + fx.questions.get(1)
					+ "],\"version\":0}"))
			.andExpect(status().isConflict());

		// another province's survey and finding ids are not found through this province
		String foreignApi = "/api/v1/provinces/TH-27/participation/surveys/" + foreign.survey.id() + "/findings";
		mvc.perform(get(foreignApi).cookie(consultant)).andExpect(status().isNotFound());
		SurveyFinding theirs = findings.record(OTHER, foreign.survey.id(),
				new FindingDraft("ของจังหวัดอื่น", "ข้อ 1", java.util.List.of(foreign.questions.get(0))));
		mvc.perform(delete(api + "/" + theirs.id()).cookie(consultant).with(csrf())).andExpect(status().isNotFound());
		assertThat(findings.ofSurvey(OTHER, foreign.survey.id())).hasSize(1);
		mvc.perform(delete(api + "/" + id).cookie(consultant).with(csrf())).andExpect(status().isNoContent());
	}

	@Test
	void theWorkingGroupReadsFindingsButDoesNotWriteThem() throws Exception {
		Cookie member = signedIn("finding.member27", Role.WORKING_GROUP, OWN);
		findings.record(OWN, fx.survey.id(), new FindingDraft("อ่านได้", "ข้อ 1", java.util.List.of(fx.questions.get(0))));
		mvc.perform(get(base + "/results").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("อ่านได้")))
			.andExpect(content().string(not(containsString("id=\"new-finding\""))));
		mvc.perform(post(base + "/findings").cookie(member).with(csrf()).param("statement", "ก").param("basis", "ข")
			.param("questionIds", String.valueOf(fx.questions.get(0)))).andExpect(status().isForbidden());
		mvc.perform(post("/api/v1/provinces/TH-27/participation/surveys/" + fx.survey.id() + "/findings")
			.cookie(member).with(csrf()).contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isForbidden());
	}
}
