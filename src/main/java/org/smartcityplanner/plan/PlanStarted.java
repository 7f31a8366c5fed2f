package org.smartcityplanner.plan;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A province started its master plan (a draft, empty or imported): from now on the province has a plan.
 *
 * @param province the plan's province
 * @param planId the plan's id
 * @param actor the sign-in name of who started it
 */
public record PlanStarted(ProvinceCode province, long planId, String actor) {
}
