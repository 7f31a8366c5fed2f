package org.smartcityplanner.reports.internal;

/** Where a generation job is. */
public enum JobState {
	QUEUED, RUNNING, DONE, FAILED, CANCELLED;

	/** Whether the job is still waiting or running. */
	public boolean isActive() {
		return this == QUEUED || this == RUNNING;
	}
}
