package org.smartcityplanner.training;

import java.time.Instant;
import java.time.LocalDate;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A certificate of completion.
 *
 * @param code unique verification code, e.g. {@code SCP-7K2M-Q9XD}
 * @param traineeName the holder's name (empty once their data was erased)
 * @param courseTitle the course
 * @param cohortName the cohort
 * @param province where it was taught
 * @param startDate first day of the cohort
 * @param endDate last day of the cohort
 * @param issuedAt when the certificate was issued
 */
public record Certificate(String code, String traineeName, String courseTitle, String cohortName,
		ProvinceCode province, LocalDate startDate, LocalDate endDate, Instant issuedAt) {
}
