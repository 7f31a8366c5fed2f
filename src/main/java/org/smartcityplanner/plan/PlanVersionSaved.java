package org.smartcityplanner.plan;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A named version of a province's master plan was saved.
 *
 * @param province the plan's province
 * @param planId the plan's id
 * @param versionId the saved version's id
 * @param name the version's name
 */
public record PlanVersionSaved(ProvinceCode province, long planId, long versionId, String name) {
}
