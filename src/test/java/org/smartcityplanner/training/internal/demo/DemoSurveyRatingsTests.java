package org.smartcityplanner.training.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo cohort's satisfaction figures: the report's trainer and usefulness averages are the database's own
 * averages of the stored answers (no column mix-up), and the demo's answers no longer make the trainer score
 * exactly the usefulness score + 1.00 in every session, as they did when one rating was derived from the other.
 */
// Each test runs in a transaction that is rolled back, so the demo province stays unseeded for the other tests.
@DatabaseTest
@Transactional
class DemoSurveyRatingsTests {

	private static final ProvinceCode DEMO = new ProvinceCode("TH-65");

	@Autowired
	List<DemoSeed> seeds;
	@Autowired
	CohortUseCases cohorts;
	@Autowired
	AssessmentUseCases assessment;
	@Autowired
	JdbcClient jdbc;

	@Test
	void reportAveragesEqualTheStoredAnswersAndTrainerIsNotUsefulnessPlusOneEverywhere() {
		// the training seed needs the demo's consultants as trainers, so every seed runs in its order
		seeds.stream().sorted(Comparator.comparingInt(DemoSeed::order)).filter(seed -> !seed.isSeeded(DEMO))
			.forEach(seed -> seed.seed(DEMO));
		Cohort cohort = cohorts.cohortsOf(DEMO).get(0);
		CohortReport report = assessment.report(DEMO, cohort.id());
		assertThat(report.satisfaction()).hasSize(6);

		int trainerIsUsefulnessPlusOne = 0;
		for (CohortReport.SessionSatisfaction session : report.satisfaction()) {
			List<BigDecimal> stored = jdbc.sql("select avg(usefulness * 1.0), avg(trainer * 1.0) "
					+ "from trn_survey_response where session_id = ?").param(session.sessionId())
				.query((rs, n) -> List.of(rs.getBigDecimal(1), rs.getBigDecimal(2))).single();
			BigDecimal usefulness = round(stored.get(0));
			BigDecimal trainer = round(stored.get(1));
			assertThat(round(BigDecimal.valueOf(session.usefulness()))).isEqualByComparingTo(usefulness);
			assertThat(round(BigDecimal.valueOf(session.trainer()))).isEqualByComparingTo(trainer);
			if (trainer.subtract(usefulness).compareTo(BigDecimal.ONE) == 0) {
				trainerIsUsefulnessPlusOne++;
			}
		}
		assertThat(trainerIsUsefulnessPlusOne).as("sessions where trainer = usefulness + 1.00").isLessThan(6);
	}

	private static BigDecimal round(BigDecimal value) {
		return value.setScale(2, RoundingMode.HALF_UP);
	}
}
