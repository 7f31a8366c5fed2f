package org.smartcityplanner.participation;

/** Where a follow-up action of a resolution stands. Messages: {@code participation.action.status.*}. */
public enum ActionStatus {
	/** Agreed, not started. */
	OPEN,
	/** Being worked on. */
	IN_PROGRESS,
	/** Done. */
	DONE,
	/** Dropped by a later decision. */
	CANCELLED;

	/** Whether the action still needs work (counts towards "overdue" once its due date has passed). */
	public boolean isPending() {
		return this == OPEN || this == IN_PROGRESS;
	}
}
