package org.smartcityplanner.actionplan;

/** Where a project of the fiscal-year action plan stands. */
public enum ActionItemStatus {
	PLANNED, PROPOSED, APPROVED, IN_PROGRESS, DONE, DEFERRED, CANCELLED
}
