package org.smartcityplanner.plan;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A province's master plan moved along its approval flow (including a reopen of an approved plan).
 *
 * @param province the plan's province
 * @param planId the plan's id
 * @param from the status before
 * @param to the status now
 * @param actor the sign-in name of who changed it
 */
public record PlanStatusChanged(ProvinceCode province, long planId, PlanStatus from, PlanStatus to, String actor) {
}
