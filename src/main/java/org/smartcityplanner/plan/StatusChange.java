package org.smartcityplanner.plan;

import java.time.Instant;

/**
 * One step of the plan's approval flow.
 *
 * @param from status before
 * @param to status after
 * @param changedAt when
 * @param changedBy who
 * @param versionId the version saved with an approval (what exactly was approved); {@code null} for other steps
 */
public record StatusChange(PlanStatus from, PlanStatus to, Instant changedAt, String changedBy, Long versionId) {
}
