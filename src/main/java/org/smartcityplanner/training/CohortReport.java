package org.smartcityplanner.training;

import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

/**
 * The figures of one cohort, as the cohort page and the training report show them.
 *
 * @param cohort the cohort
 * @param sessions sessions in order
 * @param sectorMix trainees per sector
 * @param sessionAttendance per session: trainees present
 * @param trainees one line per trainee
 * @param preAverage average pre-test percentage of those who took it
 * @param postAverage average post-test percentage of those who took it
 * @param cohortGain class-average normalised gain of trainees with both tests
 * @param satisfaction per session the average ratings
 */
public record CohortReport(Cohort cohort, List<TrainingSession> sessions, Map<Sector, Integer> sectorMix,
		Map<Long, Integer> sessionAttendance, List<TraineeLine> trainees, OptionalDouble preAverage,
		OptionalDouble postAverage, OptionalDouble cohortGain, List<SessionSatisfaction> satisfaction) {

	/**
	 * @param trainee the trainee
	 * @param attended sessions attended
	 * @param attendancePercent attended / sessions × 100
	 * @param pre pre-test, {@code null} when not taken
	 * @param post post-test, {@code null} when not taken
	 * @param gain normalised gain, empty without both tests or with a perfect pre-test
	 * @param eligible whether a certificate is due
	 * @param gaps why not, when not
	 * @param certificateCode the code of the issued certificate, {@code null} before issue
	 */
	public record TraineeLine(Trainee trainee, int attended, double attendancePercent, TestResult pre,
			TestResult post, OptionalDouble gain, boolean eligible, List<String> gaps, String certificateCode) {
	}

	/**
	 * @param sessionId session
	 * @param responses surveys returned
	 * @param overall average overall rating
	 * @param usefulness average usefulness
	 * @param trainer average trainer rating
	 * @param comments the comments given
	 */
	public record SessionSatisfaction(long sessionId, int responses, double overall, double usefulness,
			double trainer, List<String> comments) {
	}

	/** Attendance of one session as a share of the cohort's trainees. */
	public double attendancePercent(long sessionId) {
		int present = sessionAttendance.getOrDefault(sessionId, 0);
		return trainees.isEmpty() ? 0 : present * 100.0 / trainees.size();
	}

	public long certifiedCount() {
		return trainees.stream().filter(TraineeLine::eligible).count();
	}
}
