package org.smartcityplanner.actionplan;

import java.time.Instant;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A province adopted an optimiser run as its action plan, replacing the action plan of every fiscal year of the
 * run.
 *
 * @param province the province
 * @param runId the adopted run
 * @param projects how many plan projects the adopted action plan funds (projects deleted from the plan since the
 *        run are not counted: they are not adopted)
 * @param items how many action items (one per project and fiscal year) it holds
 * @param adoptedAt when it was adopted
 */
public record ActionPlanAdopted(ProvinceCode province, long runId, int projects, int items, Instant adoptedAt) {
}
