package org.smartcityplanner.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.Races;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TestKind;
import org.smartcityplanner.training.TrainingFixtures;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the database guarantees when requests race (as they do on several nodes, or with a double tap on a phone):
 * one attendance row per trainee and session, one result per test, and never more trainees than the capacity.
 * Runs on H2 and again on PostgreSQL.
 */
@DatabaseTest
class TrainingConcurrencyTests {

	static final int THREADS = 8;

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;
	@Autowired
	AssessmentUseCases assessment;
	@Autowired
	JdbcClient jdbc;

	@Test
	void simultaneousScansOfOneTraineeRecordOneAttendance() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-70");
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(province, "รุ่นแข่งสแกน " + System.nanoTime());
		long session = fixtures.openSession(cohort);
		String token = fixtures.register(cohort, 1);
		String path = attendance.checkInPath(province, session);
		long until = Long.parseLong(path.replaceAll(".*until=(\\d+).*", "$1"));
		String sig = path.replaceAll(".*sig=", "");

		List<Boolean> already = race(() -> attendance.checkIn(session, until, sig, token).alreadyCheckedIn());

		assertThat(already).filteredOn(a -> !a).hasSize(1);
		assertThat(attendance.attendanceOf(province, cohort.id())).hasSize(1);
	}

	@Test
	void aTestSentTwiceAtOnceIsScoredOnce() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-71");
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(province, "รุ่นแข่งส่งข้อสอบ " + System.nanoTime());
		String token = fixtures.register(cohort, 2);

		List<Boolean> stored = race(() -> {
			try {
				assessment.submitTest(token, TestKind.PRE, java.util.Map.of());
				return true;
			}
			catch (InvalidInputException e) {
				assertThat(e.messageKey()).isEqualTo("training.test.alreadySubmitted");
				return false;
			}
		});

		assertThat(stored).filteredOn(s -> s).hasSize(1);
		assertThat(jdbc.sql("select count(*) from trn_test_attempt where cohort_id = ?").param(cohort.id())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void simultaneousRegistrationsNeverExceedTheCapacity() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-72");
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(province, "รุ่นแข่งลงทะเบียน " + System.nanoTime());
		jdbc.sql("update trn_cohort set capacity = 3 where id = ?").param(cohort.id()).update();
		java.util.concurrent.atomic.AtomicInteger next = new java.util.concurrent.atomic.AtomicInteger();

		List<Boolean> registered = race(() -> {
			try {
				fixtures.register(cohort, next.incrementAndGet());
				return true;
			}
			catch (InvalidInputException e) {
				assertThat(e.messageKey()).isEqualTo("training.register.full");
				return false;
			}
		});

		assertThat(registered).filteredOn(r -> r).hasSize(3);
		assertThat(cohorts.traineesOf(province, cohort.id())).hasSize(3);
	}

	private static <T> List<T> race(Callable<T> call) throws Exception {
		return Races.race(THREADS, call);
	}
}
