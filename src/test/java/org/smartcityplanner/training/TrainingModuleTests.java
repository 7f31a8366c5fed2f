package org.smartcityplanner.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * Training with only the modules it depends on, publishing the events the dashboard counts trainees and
 * certificates by.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = "scp.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class TrainingModuleTests {

	@Autowired
	CohortApi cohorts;
	@Autowired
	RegistrationApi registrations;
	@Autowired
	AttendanceApi attendance;
	@Autowired
	CertificateApi certificates;
	@Autowired
	JdbcClient jdbc;

	@Test
	void registeringATraineePublishesTraineeRegistered(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-93");
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(province, "รุ่นทดสอบเหตุการณ์");

		scenario.stimulate(() -> registrations.register(cohort.registrationKey(), TrainingFixtures.person(1), true))
			.andWaitForEventOfType(TraineeRegistered.class)
			.matching(event -> event.province().equals(province))
			.toArriveAndVerify((event, registration) -> {
				assertThat(event.cohortId()).isEqualTo(cohort.id());
				assertThat(event.traineeId()).isEqualTo(registration.trainee().id());
			});
	}

	@Test
	void issuingACertificatePublishesCertificateIssued(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-94");
		Eligible trainee = eligibleTrainee(province, 2);

		scenario.stimulate(() -> certificates.certificateFor(trainee.token()))
			.andWaitForEventOfType(CertificateIssued.class)
			.matching(event -> event.traineeId() == trainee.id())
			.toArriveAndVerify(event -> assertThat(event)
				.isEqualTo(new CertificateIssued(province, trainee.cohortId(), trainee.id())));
	}

	@Test
	void aCertificateAskedForAgainIsNotIssuedAgain(PublishedEvents events) {
		Eligible trainee = eligibleTrainee(new ProvinceCode("TH-95"), 3);

		String first = certificates.certificateFor(trainee.token()).code();
		String second = certificates.certificateFor(trainee.token()).code();

		assertThat(second).isEqualTo(first);
		assertThat(events.ofType(CertificateIssued.class).matching(event -> event.traineeId() == trainee.id()))
			.hasSize(1);
	}

	record Eligible(String token, long id, long cohortId) {
	}

	/** A trainee present at the cohort's only session who passed the post-test. */
	private Eligible eligibleTrainee(ProvinceCode province, int person) {
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(province, "รุ่นทดสอบวุฒิบัตร " + person);
		long session = fixtures.openSession(cohort);
		String token = fixtures.register(cohort, person);
		long traineeId = registrations.traineeByToken(token).orElseThrow().id();
		attendance.setPresent(province, session, traineeId, true);
		jdbc.sql("""
				insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at)
				values (?, ?, 'POST', 12, 12, '', current_timestamp)""").params(cohort.id(), traineeId).update();
		return new Eligible(token, traineeId, cohort.id());
	}
}
