package org.smartcityplanner.engagement;

/**
 * Whether an engagement is running. A closed engagement keeps its data but takes no edits, no reminders, and no
 * longer blocks a new engagement of its province.
 */
public enum EngagementStatus {
	/** Running (the default from the day it is opened). */
	OPEN,
	/** Closed by an admin on a given date. */
	CLOSED
}
