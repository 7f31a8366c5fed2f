package org.smartcityplanner.plan;

import java.time.Instant;

/**
 * A saved, read-only version of a plan.
 *
 * @param id version id
 * @param name e.g. "draft 1", "after workshop 2", "submitted"
 * @param createdAt when it was saved
 * @param createdBy who saved it
 */
public record PlanVersionSummary(long id, String name, Instant createdAt, String createdBy) {
}
