package org.smartcityplanner.training;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A trainee received a certificate of completion (once per trainee).
 *
 * @param province the cohort's province
 * @param cohortId the cohort
 * @param traineeId the certified trainee
 */
public record CertificateIssued(ProvinceCode province, long cohortId, long traineeId) {
}
