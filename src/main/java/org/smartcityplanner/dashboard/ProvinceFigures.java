package org.smartcityplanner.dashboard;

import java.time.Instant;

import org.smartcityplanner.plan.PlanStatus;

/**
 * A province's progress as the dashboard's read model knows it: kept up to date by the plan's and the action
 * plan's events, so the dashboard does not ask those modules on every request.
 *
 * @param planStatus the master plan's status, or {@code null} when the province has no plan yet
 * @param projects how many projects the master plan has
 * @param lastVersion the name of the newest saved version of the plan, or {@code null}
 * @param adoptedProjects how many projects the adopted action plan funds, or {@code null} when none was adopted
 * @param adoptedAt when the action plan was adopted, or {@code null} (also for one adopted before the read model)
 * @param trainees trainees registered in the province's cohorts
 * @param certified how many of them received a certificate
 */
public record ProvinceFigures(PlanStatus planStatus, int projects, String lastVersion, Integer adoptedProjects,
		Instant adoptedAt, int trainees, int certified) {

	/** A province the read model knows nothing of. */
	public static final ProvinceFigures NONE = new ProvinceFigures(null, 0, null, null, null, 0, 0);

	public boolean hasPlan() {
		return planStatus != null;
	}

	public boolean hasAdoptedActionPlan() {
		return adoptedProjects != null;
	}
}
