package org.smartcityplanner.engagement.domain.workplan;

import java.util.Map;
import java.util.Set;

/**
 * Where a deliverable stands. A member starts it, asks the team lead to review it; the lead approves it (final) or
 * returns it with a reason, after which the team works on it again and asks for review again.
 */
public enum DeliverableStatus {

	NOT_STARTED, IN_PROGRESS, REVIEW_REQUESTED, RETURNED, APPROVED;

	private static final Map<DeliverableStatus, Set<DeliverableStatus>> NEXT = Map.of(
			NOT_STARTED, Set.of(IN_PROGRESS, REVIEW_REQUESTED),
			IN_PROGRESS, Set.of(REVIEW_REQUESTED),
			REVIEW_REQUESTED, Set.of(APPROVED, RETURNED),
			RETURNED, Set.of(IN_PROGRESS, REVIEW_REQUESTED),
			APPROVED, Set.of());

	/** Whether the deliverable may move from this status to the other. */
	public boolean canMoveTo(DeliverableStatus next) {
		return NEXT.get(this).contains(next);
	}

	/** An approved deliverable is final: nothing changes it any more, not even a new file. */
	public boolean isFinal() {
		return this == APPROVED;
	}

	/** The statuses reachable from this one. */
	public Set<DeliverableStatus> next() {
		return NEXT.get(this);
	}
}
