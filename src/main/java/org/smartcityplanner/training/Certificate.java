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
 * @param issuedAt when the certificate was issued (first downloaded); not the date printed on it
 * @param signer who issues and signs the cohort's certificates, as set now
 */
public record Certificate(String code, String traineeName, String courseTitle, String cohortName,
		ProvinceCode province, LocalDate startDate, LocalDate endDate, Instant issuedAt, CertificateSigner signer) {

	/** The date the certificate is given: the day the course was completed, the cohort's last day. */
	public LocalDate completedOn() {
		return endDate;
	}
}
