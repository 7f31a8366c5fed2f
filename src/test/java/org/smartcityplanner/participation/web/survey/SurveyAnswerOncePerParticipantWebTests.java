package org.smartcityplanner.participation.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.UUID;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.internal.eligibility.Eligibility;
import org.smartcityplanner.participation.internal.eligibility.ParticipationCodeService;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * A survey takes one answer per participation code or account: the second (a new form, not a double tap) is refused
 * with 409 and the page says the answer is counted, the survey page shows that notice instead of the form; a double
 * tap is still its thanks; where anyone may take part, answers are only rate-limited. Province TH-92 (Trang; the
 * assigned TH-87 is not in the reference data, which public surveys need).
 */
class SurveyAnswerOncePerParticipantWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-92");

	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	Eligibility eligibility;
	@Autowired
	ParticipationCodeService codes;
	@Autowired
	PublicFormGuard guard;
	@Autowired
	ProcessUseCases process;

	SurveyFixtures fx;
	String survey;

	@BeforeEach
	void setUp() {
		IdeaFixtures.openIdeasAndSurveys(process, OWN);
		fx = SurveyFixtures.published(surveys, profile, OWN, "ตอบครั้งเดียวต่อรหัส " + UUID.randomUUID(), false);
		survey = "/survey/" + fx.survey.publicKey();
	}

	@AfterEach
	void anyoneAgain() {
		eligibility.save(OWN, "ANYONE", eligibility.rule(OWN).version());
	}

	@Test
	void aCodeAnswersOnceAndIsToldSoTheSecondTime() throws Exception {
		eligibility.save(OWN, "CODE", eligibility.rule(OWN).version());
		String code = codes.generate(OWN, "เวทีประชาคมตอบครั้งเดียว", 1).codes().get(0);
		Cookie session = mvc.perform(post("/public/TH-92/enter").param("participationCode", code).param("website", "")
			.param("stamp", guard.formStamp("participation-code", Instant.now().minusSeconds(20))).with(csrf())
			.with(from("10.92.2.1"))).andExpect(redirectedUrl("/public/TH-92")).andReturn().getResponse()
			.getCookie("SESSION");
		String first = UUID.randomUUID().toString();
		long before = surveys.summary(OWN, fx.survey.id()).responses();
		mvc.perform(answer(first, session)).andExpect(redirectedUrl(survey + "/thanks"));
		mvc.perform(answer(first, session)).andExpect(redirectedUrl(survey + "/thanks"));
		mvc.perform(answer(UUID.randomUUID().toString(), session)).andExpect(status().isConflict())
			.andExpect(content().string(containsString("id=\"survey-answered-before\"")))
			.andExpect(content().string(containsString("ผู้เข้าร่วมแต่ละคนตอบได้ครั้งเดียว")))
			.andExpect(content().string(not(containsString("id=\"survey-form\""))));
		assertThat(surveys.summary(OWN, fx.survey.id()).responses()).isEqualTo(before + 1);
		mvc.perform(get(survey).cookie(session).param("lang", "en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Each participant answers once")))
			.andExpect(content().string(not(containsString("id=\"survey-form\""))));
	}

	@Test
	void anAccountOfTheProvinceAnswersOnce() throws Exception {
		eligibility.save(OWN, "ACCOUNT", eligibility.rule(OWN).version());
		Cookie member = signedIn("rest-survey-member-92", Role.WORKING_GROUP, OWN);
		mvc.perform(answer(UUID.randomUUID().toString(), member)).andExpect(redirectedUrl(survey + "/thanks"));
		mvc.perform(answer(UUID.randomUUID().toString(), member)).andExpect(status().isConflict());
		Cookie outsider = signedIn("rest-survey-member-86", Role.WORKING_GROUP, new ProvinceCode("TH-86"));
		mvc.perform(answer(UUID.randomUUID().toString(), outsider)).andExpect(status().isForbidden());
	}

	@Test
	void whereAnyoneMayTakePartAnswersAreOnlyRateLimited() throws Exception {
		long before = surveys.summary(OWN, fx.survey.id()).responses();
		mvc.perform(answer(UUID.randomUUID().toString(), null)).andExpect(redirectedUrl(survey + "/thanks"));
		mvc.perform(answer(UUID.randomUUID().toString(), null)).andExpect(redirectedUrl(survey + "/thanks"));
		assertThat(surveys.summary(OWN, fx.survey.id()).responses()).isEqualTo(before + 2);
		assertThat(jdbc.sql("select count(*) from par_survey_response where survey_id = ? and participant_key is not null")
			.param(fx.survey.id()).query(Integer.class).single()).isZero();
	}

	private MockHttpServletRequestBuilder answer(String submissionKey, Cookie cookie) {
		var post = post(survey).param("stamp", guard.formStamp("survey-form", Instant.now().minusSeconds(20)))
			.param("submissionKey", submissionKey).param("website", "").param(fx.q(0), "1").with(csrf())
			.with(from("10.92.2.1"));
		return cookie == null ? post : post.cookie(cookie);
	}

	private static org.springframework.test.web.servlet.request.RequestPostProcessor from(String address) {
		return r -> {
			r.setRemoteAddr(address);
			return r;
		};
	}
}
