package org.smartcityplanner.plan;

import java.util.Map;
import java.util.Set;

/**
 * Where a plan is in its approval flow: draft → in review → submitted → approved. Review can send it back to
 * draft; nothing leaves "approved" except a new draft for the next revision. A submitted or approved plan is
 * read-only: the committee reviews, and the book is printed from, exactly what was sent.
 */
public enum PlanStatus {
	DRAFT, IN_REVIEW, SUBMITTED, APPROVED;

	private static final Map<PlanStatus, Set<PlanStatus>> NEXT = Map.of(
			DRAFT, Set.of(IN_REVIEW),
			IN_REVIEW, Set.of(DRAFT, SUBMITTED),
			SUBMITTED, Set.of(IN_REVIEW, APPROVED),
			APPROVED, Set.of(DRAFT));

	/** The statuses this one may move to. */
	public Set<PlanStatus> next() {
		return NEXT.get(this);
	}

	public boolean canMoveTo(PlanStatus target) {
		return next().contains(target);
	}

	/** Whether the plan's content (overview, chapters, items) may be changed in this status. */
	public boolean allowsEdits() {
		return this == DRAFT || this == IN_REVIEW;
	}
}
