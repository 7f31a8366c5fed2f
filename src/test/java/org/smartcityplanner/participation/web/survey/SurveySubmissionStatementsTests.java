package org.smartcityplanner.participation.web.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.internal.survey.Submission;
import org.smartcityplanner.participation.internal.survey.SurveyUseCases;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.publicaccess.PublicFormGuard;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.SqlStatementCounter;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.web.support.WebTestUtils;
import org.springframework.security.web.csrf.CsrfTokenRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.context.WebApplicationContext;

/**
 * The database work of one public survey answer, the path {@code bench/survey-load.sh} loads, counted statement by
 * statement on H2 and PostgreSQL. The form is fetched and sent as a browser does (its own CSRF token and cookies, no
 * test shortcut), so the cost of sessions and CSRF is counted too. If a change makes an answer need more
 * statements, this fails and shows the statements: lower {@link #MOST_STATEMENTS} only, never raise it without a
 * reason in the commit. Works in TH-14, which no other test uses.
 */
@DatabaseTest
class SurveySubmissionStatementsTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-14");
	/**
	 * The statements of one answer once this node knows the survey: its revision, the guard's counter, the response,
	 * its answer rows. Before issue 13's leftovers it was 32 (a session read twice and written, the survey and its
	 * questions read three times, the province's areas twice, two look-ups of the key, two for the guard, and one
	 * insert per answer row). Issue 14 added one: the province's rule of who may take part (anyone, a participation
	 * code, an account), read by its key on every answer because a coordinator may change it at any moment and every
	 * node must apply the change at once.
	 */
	static final int MOST_STATEMENTS = 5;
	static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	@Autowired
	MockMvc mvc;
	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	PublicFormGuard guard;
	@Autowired
	WebApplicationContext context;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	CsrfTokenRepository csrfTokens;

	/**
	 * Spring Security's test {@code csrf()}, used by other tests of this shared context, swaps the CSRF filter's
	 * repository for a session-based test one for good; this test measures the application's own.
	 */
	@BeforeEach
	void applicationsOwnCsrfTokens() {
		WebTestUtils.setCsrfTokenRepository(new MockHttpServletRequest(context.getServletContext()), csrfTokens);
	}

	@Test
	void anAnswerOfEveryKindOfQuestionTakesAFixedSmallNumberOfStatements() throws Exception {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "นับคำสั่ง " + UUID.randomUUID(), false);
		MockHttpServletResponse page = mvc.perform(get("/survey/" + fx.survey.publicKey())).andReturn().getResponse();
		Matcher csrf = CSRF.matcher(page.getContentAsString());
		assertThat(csrf.find()).isTrue();
		Cookie[] cookies = page.getCookies();
		// an anonymous respondent gets no session (it would be read and written on every answer)
		assertThat(page.getCookie("SESSION")).isNull();

		// the first answer may fill the caches of this node; the second is the steady state
		send(fx, cookies, csrf.group(1), "10.14.0.1");
		SqlStatementCounter.Recording recording = SqlStatementCounter.record(() -> send(fx, cookies, csrf.group(1),
				"10.14.0.2"));

		assertThat(surveys.summary(PROVINCE, fx.survey.id()).responses()).isEqualTo(2);
		System.out.println("one survey answer: " + recording);
		assertThat(recording.statements()).as(recording.toString()).isLessThanOrEqualTo(MOST_STATEMENTS);
		assertThat(recording.commits()).as(recording.toString()).isLessThanOrEqualTo(1);
	}

	@Test
	void whatANodeKeepsOfASurveyNeverHidesAChangeThatMatters() {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "แคช " + UUID.randomUUID(), false);
		String key = fx.survey.publicKey();
		Map<String, List<String>> answer = Map.of(fx.q(0), List.of("1"));
		assertThat(surveys.submitOnline(key, UUID.randomUUID().toString(), new AnswerSheet.Raw(answer)).outcome())
			.isEqualTo(Submission.Outcome.STORED);
		// an area added after this node cached the province's areas is known to the very next answer
		long added = profile.addArea(PROVINCE, new LocalizedText("เขตใหม่ " + UUID.randomUUID(), "New zone"),
				AreaType.NEW_TOWN, 100, null).id();
		Map<String, List<String>> withArea = Map.of(fx.q(0), List.of("1"), "area", List.of(String.valueOf(added)));
		assertThat(surveys.submitOnline(key, UUID.randomUUID().toString(), new AnswerSheet.Raw(withArea)).outcome())
			.isEqualTo(Submission.Outcome.STORED);
		// closing raises the survey's revision: the next answer is refused at once, not after a cache expires
		surveys.close(PROVINCE, fx.survey.id(), surveys.survey(PROVINCE, fx.survey.id()).version());
		assertThat(surveys.publicSurvey(key).orElseThrow().open()).isFalse();
		assertThat(surveys.submitOnline(key, UUID.randomUUID().toString(), new AnswerSheet.Raw(answer)).outcome())
			.isEqualTo(Submission.Outcome.CLOSED);
		assertThat(surveys.summary(PROVINCE, fx.survey.id()).responses()).isEqualTo(2);
	}

	@Test
	void someoneSignedInKeepsTheSessionsTokenOnThePublicPageSoSigningOutThereWorks() throws Exception {
		SurveyFixtures fx = SurveyFixtures.published(surveys, profile, PROVINCE, "ลงชื่อออก " + UUID.randomUUID(), false);
		TestUsers.ensure(identity, jdbc, "survey.staff14", Role.COORDINATOR, PROVINCE);
		Cookie session = TestUsers.signIn(mvc, "survey.staff14");
		MockHttpServletResponse page = mvc.perform(get("/survey/" + fx.survey.publicKey()).cookie(session)).andReturn()
			.getResponse();
		assertThat(page.getCookie("SCP-FORM-TOKEN")).isNull();
		Matcher csrf = CSRF.matcher(page.getContentAsString());
		assertThat(csrf.find()).isTrue();
		assertThat(mvc.perform(post("/logout").cookie(session).param("_csrf", csrf.group(1))).andReturn().getResponse()
			.getRedirectedUrl()).isEqualTo("/login?loggedOut");
	}

	private int send(SurveyFixtures fx, Cookie[] cookies, String csrf, String address) {
		List<String> fields = new ArrayList<>(List.of(fx.q(0), "1", fx.q(1), "2", fx.q(1), "3", fx.q(2), "4",
				fx.q(4) + "_1", "2", fx.q(4) + "_2", "1", fx.q(4) + "_3", "3", fx.q(5), "45", fx.q(6), "ทางเท้ากว้างขึ้น",
				fx.q(7), String.valueOf(fx.areas.get(0)), "sector", "CIVIL_SOCIETY", "area",
				String.valueOf(fx.areas.get(1)), "website", ""));
		MockHttpServletRequestBuilder request = post("/survey/" + fx.survey.publicKey())
			.param("_csrf", csrf)
			.param("stamp", guard.formStamp(PublicSurveyController.FORM, Instant.now().minusSeconds(20)))
			.param("submissionKey", UUID.randomUUID().toString())
			.with(r -> {
				r.setRemoteAddr(address);
				return r;
			});
		if (cookies.length > 0) {
			request.cookie(cookies);
		}
		for (int i = 0; i < fields.size(); i += 2) {
			request.param(fields.get(i), fields.get(i + 1));
		}
		try {
			var result = mvc.perform(request).andReturn();
			MockHttpServletResponse response = result.getResponse();
			assertThat(result.getRequest().getSession(false)).isNull();
			assertThat(response.getRedirectedUrl()).as(response.getContentAsString())
				.isEqualTo("/survey/" + fx.survey.publicKey() + "/thanks");
			return response.getStatus();
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
