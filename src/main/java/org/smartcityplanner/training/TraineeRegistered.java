package org.smartcityplanner.training;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A trainee joined a cohort: by the public registration link, by a file import or as demo data.
 *
 * @param province the cohort's province
 * @param cohortId the cohort
 * @param traineeId the new trainee
 */
public record TraineeRegistered(ProvinceCode province, long cohortId, long traineeId) {
}
