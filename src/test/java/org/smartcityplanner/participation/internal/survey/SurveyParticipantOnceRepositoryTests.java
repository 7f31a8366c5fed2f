package org.smartcityplanner.participation.internal.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.SurveyFixtures;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.internal.survey.Submission.Outcome;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One survey answer per participant where the process tells people apart, on H2 and PostgreSQL: a code's or an
 * account's second answer is refused (the first stays as it was), the same submission again is still its thanks,
 * anonymous and paper answers keep no key and are never refused as repeats, the database itself refuses a second row
 * of a participant, and of eight requests of one participant racing with their own submissions exactly one is
 * stored. Province TH-92 (Trang; the
 * assigned TH-87 is not in the reference data, which public surveys need).
 */
@DatabaseTest
class SurveyParticipantOnceRepositoryTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-92");

	@Autowired
	SurveyUseCases surveys;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aCodeOrAnAccountAnswersOnceAndAnonymousAnswersAreNotKeyed() {
		SurveyFixtures fx = published();
		PublicSurvey survey = surveys.publicSurvey(fx.survey.publicKey()).orElseThrow();
		String first = UUID.randomUUID().toString();
		assertThat(surveys.answeredBy(survey, "code:41")).isFalse();
		assertThat(surveys.submitOnline(survey, first, answer(fx, "1"), "code:41").outcome()).isEqualTo(Outcome.STORED);
		assertThat(surveys.answeredBy(survey, "code:41")).isTrue();
		assertThat(surveys.submitOnline(survey, first, answer(fx, "1"), "code:41").outcome())
			.as("a double tap of the same form").isEqualTo(Outcome.ALREADY_STORED);
		Submission second = surveys.submitOnline(survey, UUID.randomUUID().toString(), answer(fx, "2"), "code:41");
		assertThat(second.outcome()).isEqualTo(Outcome.ANSWERED_BEFORE);
		assertThat(second.accepted()).isFalse();
		assertThat(surveys.submitOnline(survey, UUID.randomUUID().toString(), answer(fx, "2"), "account:7").outcome())
			.isEqualTo(Outcome.STORED);
		for (int i = 0; i < 3; i++) {
			assertThat(surveys.submitOnline(survey, UUID.randomUUID().toString(), answer(fx, "3"), null).outcome())
				.as("anyone may answer again (only rate-limited)").isEqualTo(Outcome.STORED);
			assertThat(surveys.submitPaper(PROVINCE, fx.survey.id(), UUID.randomUUID().toString(), answer(fx, "3"))
				.outcome()).isEqualTo(Outcome.STORED);
		}
		assertThat(surveys.answeredBy(survey, null)).isFalse();
		assertThat(keys(fx)).containsExactlyInAnyOrder("code:41", "account:7");
		assertThat(jdbc.sql("select count(*) from par_survey_response where survey_id = ?").param(fx.survey.id())
			.query(Integer.class).single()).isEqualTo(8);
		// the first answer was kept as it was: option index 0 of the first question (the form's "1")
		assertThat(jdbc.sql("""
				select a.option_index from par_survey_answer a join par_survey_response r on r.id = a.response_id
				where r.survey_id = ? and r.participant_key = 'code:41' and a.question_id = ?""")
			.params(fx.survey.id(), fx.questions.get(0)).query(Integer.class).single()).isZero();
	}

	@Test
	void theDatabaseRefusesASecondRowOfAParticipant() {
		SurveyFixtures fx = published();
		insert(fx, "code:5");
		insert(fx, null);
		insert(fx, null);
		assertThatThrownBy(() -> insert(fx, "code:5")).isInstanceOf(DataIntegrityViolationException.class);
	}

	@Test
	void ofEightRequestsOfOneParticipantRacingExactlyOneIsStored() throws Exception {
		SurveyFixtures fx = published();
		PublicSurvey survey = surveys.publicSurvey(fx.survey.publicKey()).orElseThrow();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<Outcome>> tries = new ArrayList<>();
			for (int t = 0; t < 8; t++) {
				tries.add(pool.submit(() -> {
					start.await();
					return surveys.submitOnline(survey, UUID.randomUUID().toString(), answer(fx, "1"), "code:99")
						.outcome();
				}));
			}
			start.countDown();
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<Outcome> f : tries) {
				outcomes.add(f.get(60, TimeUnit.SECONDS));
			}
			assertThat(outcomes).filteredOn(o -> o == Outcome.STORED).hasSize(1);
			assertThat(outcomes).filteredOn(o -> o == Outcome.ANSWERED_BEFORE).hasSize(7);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(keys(fx)).containsExactly("code:99");
	}

	private SurveyFixtures published() {
		return SurveyFixtures.published(surveys, profile, PROVINCE, "ตอบครั้งเดียว " + UUID.randomUUID(), false);
	}

	private static AnswerSheet.Raw answer(SurveyFixtures fx, String firstOption) {
		return new AnswerSheet.Raw(Map.of(fx.q(0), List.of(firstOption)));
	}

	private List<String> keys(SurveyFixtures fx) {
		return jdbc.sql("select participant_key from par_survey_response where survey_id = ? and participant_key is not null")
			.param(fx.survey.id()).query(String.class).list();
	}

	private void insert(SurveyFixtures fx, String participantKey) {
		jdbc.sql("""
				insert into par_survey_response (survey_id, submission_key, participant_key, channel, submitted_at, counted)
				values (?, ?, ?, 'ONLINE', ?, true)""")
			.params(fx.survey.id(), UUID.randomUUID().toString(), participantKey, OffsetDateTime.now()).update();
	}
}
