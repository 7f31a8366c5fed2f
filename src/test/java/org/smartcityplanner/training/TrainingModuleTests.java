package org.smartcityplanner.training;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CertificateUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.transaction.annotation.Transactional;

/**
 * Training with only the modules it depends on (identity, reference, audit): a province cohort fills up through
 * public registration and stops being under the programme's minimum at its sixtieth trainee, and the module
 * publishes the events the dashboard counts trainees and certificates by.
 */
@TrainingModuleTest
class TrainingModuleTests {

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;
	@Autowired
	CertificateUseCases certificates;
	@Autowired
	JdbcClient jdbc;

	@Test
	@Transactional
	void aCohortReachesItsMinimumAtTheSixtiethRegisteredTrainee() {
		ProvinceCode province = new ProvinceCode("TH-92");
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(province, "รุ่นทดสอบระดับโมดูล");
		assertThat(cohort.minParticipants()).isEqualTo(Cohort.PROGRAMME_MINIMUM);

		for (int n = 1; n < Cohort.PROGRAMME_MINIMUM; n++) {
			fixtures.register(cohort, n);
		}
		assertThat(current(province, cohort).traineeCount()).isEqualTo(Cohort.PROGRAMME_MINIMUM - 1);
		assertThat(current(province, cohort).underMinimum()).isTrue();

		fixtures.register(cohort, Cohort.PROGRAMME_MINIMUM);
		assertThat(current(province, cohort).underMinimum()).isFalse();
		assertThat(cohorts.traineesOf(province, cohort.id())).hasSize(Cohort.PROGRAMME_MINIMUM);
		assertThat(cohorts.sectorMix(province, cohort.id())).containsEntry(Sector.GOVERNMENT, Cohort.PROGRAMME_MINIMUM);
	}

	private Cohort current(ProvinceCode province, Cohort cohort) {
		return cohorts.cohort(province, cohort.id()).orElseThrow();
	}

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
