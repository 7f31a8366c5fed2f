package org.smartcityplanner.training;

/**
 * A cohort as typed in the form; numbers and dates as text so the rules can say what is wrong with each.
 *
 * @param name cohort name
 * @param capacity most trainees
 * @param startDate ISO date
 * @param endDate ISO date
 * @param retentionDays days personal data is kept after the end
 * @param passPercent post-test pass mark
 * @param minAttendancePercent attendance needed for a certificate
 */
public record CohortDraft(String name, String capacity, String startDate, String endDate, String retentionDays,
		String passPercent, String minAttendancePercent) {
}
