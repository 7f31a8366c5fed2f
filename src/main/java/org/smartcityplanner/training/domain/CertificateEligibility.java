package org.smartcityplanner.training.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Who earns a certificate: a trainee who attended at least the cohort's share of sessions and scored at least
 * the pass mark in the post-test. Anonymised trainees (erased on request or past retention) get none.
 */
public final class CertificateEligibility {

	/** Why a trainee is not eligible; empty when they are. */
	public enum Gap {
		ATTENDANCE_TOO_LOW, NO_POST_TEST, POST_TEST_BELOW_PASS, NO_SESSIONS, PERSONAL_DATA_ERASED
	}

	/**
	 * @param minAttendancePercent e.g. 80
	 * @param passPercent e.g. 60
	 */
	public record Rules(int minAttendancePercent, int passPercent) {
		public Rules {
			if (minAttendancePercent < 0 || minAttendancePercent > 100 || passPercent < 0 || passPercent > 100) {
				throw new IllegalArgumentException("Percentages out of range");
			}
		}
	}

	/**
	 * One trainee's record.
	 *
	 * @param attended sessions attended
	 * @param sessions sessions the cohort held
	 * @param postScore post-test score, {@code null} when not taken
	 * @param postMax the post-test's maximum score
	 * @param anonymised whether the personal data was erased
	 */
	public record Record(int attended, int sessions, Integer postScore, int postMax, boolean anonymised) {
	}

	private CertificateEligibility() {
	}

	/** Every reason the trainee is not eligible, empty when a certificate is due. */
	public static List<Gap> gaps(Rules rules, Record record) {
		List<Gap> gaps = new ArrayList<>();
		if (record.anonymised()) {
			gaps.add(Gap.PERSONAL_DATA_ERASED);
		}
		if (record.sessions() == 0) {
			gaps.add(Gap.NO_SESSIONS);
		}
		// attended * 100 >= min * sessions keeps the comparison exact (no rounding of a percentage)
		else if ((long) record.attended() * 100 < (long) rules.minAttendancePercent() * record.sessions()) {
			gaps.add(Gap.ATTENDANCE_TOO_LOW);
		}
		if (record.postScore() == null || record.postMax() <= 0) {
			gaps.add(Gap.NO_POST_TEST);
		}
		else if ((long) record.postScore() * 100 < (long) rules.passPercent() * record.postMax()) {
			gaps.add(Gap.POST_TEST_BELOW_PASS);
		}
		return gaps;
	}

	public static boolean eligible(Rules rules, Record record) {
		return gaps(rules, record).isEmpty();
	}
}
