package org.smartcityplanner.engagement.internal.workplan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * An engagement's progress at a glance, for its own page and others (the portfolio, the province's page).
 *
 * @param daysElapsed days of the work period gone by, today included (0 before it starts, never above totalDays)
 * @param totalDays days of the work period (180 by default)
 * @param deliverablesDone deliverables approved
 * @param deliverablesTotal deliverables in the plan
 * @param late milestones and deliverables not done whose due date has passed
 * @param dueSoon milestones and deliverables not done due within seven days
 */
public record WorkPlanProgress(long daysElapsed, long totalDays, long deliverablesDone, long deliverablesTotal,
		long late, long dueSoon) {

	/** The progress of a plan as of a day. */
	public static WorkPlanProgress of(WorkPlan plan, LocalDate today) {
		PlannedEngagement engagement = plan.engagement();
		long total = engagement.totalDays();
		long elapsed = Math.max(0, Math.min(total, ChronoUnit.DAYS.between(engagement.startDate(), today) + 1));
		long done = plan.items().stream().filter(i -> i.isDeliverable() && i.done()).count();
		long deliverables = plan.items().stream().filter(WorkItem::isDeliverable).count();
		long late = plan.items().stream().filter(i -> i.lateOn(today)).count();
		long soon = plan.items().stream().filter(i -> i.dueSoonOn(today)).count();
		return new WorkPlanProgress(elapsed, total, done, deliverables, late, soon);
	}

	/** Share of the work period gone by, 0–100. */
	public int elapsedPercent() {
		return totalDays == 0 ? 0 : (int) (daysElapsed * 100 / totalDays);
	}
}
