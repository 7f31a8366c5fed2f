package org.smartcityplanner.plan;

import java.time.Instant;

/**
 * A saved, read-only version of a plan.
 *
 * @param id version id
 * @param name e.g. "draft 1", "after workshop 2", "submitted"
 * @param createdAt when it was saved
 * @param createdBy who saved it (sign-in name)
 * @param planStatus the plan's status when it was saved; {@code null} for versions saved before it was recorded
 */
public record PlanVersionSummary(long id, String name, Instant createdAt, String createdBy, PlanStatus planStatus) {

	/** A version whose plan status is not known. */
	public PlanVersionSummary(long id, String name, Instant createdAt, String createdBy) {
		this(id, name, createdAt, createdBy, null);
	}

	/** Whether the version is the final (approved) edition of the plan rather than a draft. */
	public boolean finalEdition() {
		return planStatus == PlanStatus.APPROVED;
	}
}
