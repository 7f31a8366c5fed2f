package org.smartcityplanner.monitoring.domain.project;

/** Where a project of the adopted action plan stands, as its reporter says in a quarterly report. */
public enum ProjectStatus {
	NOT_STARTED, ON_SCHEDULE, DELAYED, COMPLETED, CANCELLED;

	/** Whether the project counts as on schedule for renewal readiness (completed projects do). */
	public boolean onSchedule() {
		return this == ON_SCHEDULE || this == COMPLETED;
	}
}
