package org.smartcityplanner.plan;

import java.time.Instant;

/**
 * One step of the plan's approval flow.
 *
 * @param from status before
 * @param to status after
 * @param changedAt when
 * @param changedBy who
 */
public record StatusChange(PlanStatus from, PlanStatus to, Instant changedAt, String changedBy) {
}
