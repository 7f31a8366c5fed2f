package org.smartcityplanner.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.annotation.Transactional;

/**
 * The training module bootstrapped with only identity, reference, audit and documents: a province cohort fills
 * up through public registration and stops being under the programme's minimum at its sixtieth trainee.
 */
// "system" holds the cross-cutting JDBC naming and JSON set-up every module relies on at runtime
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = "scp.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@Transactional
class TrainingModuleTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-49");

	@Autowired
	CohortApi cohorts;
	@Autowired
	RegistrationApi registrations;
	@Autowired
	JdbcClient jdbc;

	@Test
	void aCohortReachesItsMinimumAtTheSixtiethRegisteredTrainee() {
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(PROVINCE, "รุ่นทดสอบระดับโมดูล");
		assertThat(cohort.minParticipants()).isEqualTo(Cohort.PROGRAMME_MINIMUM);

		for (int n = 1; n < Cohort.PROGRAMME_MINIMUM; n++) {
			fixtures.register(cohort, n);
		}
		assertThat(current(cohort).traineeCount()).isEqualTo(Cohort.PROGRAMME_MINIMUM - 1);
		assertThat(current(cohort).underMinimum()).isTrue();

		fixtures.register(cohort, Cohort.PROGRAMME_MINIMUM);
		assertThat(current(cohort).underMinimum()).isFalse();
		assertThat(cohorts.traineesOf(PROVINCE, cohort.id())).hasSize(Cohort.PROGRAMME_MINIMUM);
		assertThat(cohorts.sectorMix(PROVINCE, cohort.id())).containsEntry(Sector.GOVERNMENT, Cohort.PROGRAMME_MINIMUM);
	}

	private Cohort current(Cohort cohort) {
		return cohorts.cohort(PROVINCE, cohort.id()).orElseThrow();
	}
}
