package org.smartcityplanner.monitoring.domain.kpi;

/** Where a reporting period is: not yet open, open for owners to report, or locked for good. */
public enum PeriodState {
	/** Generated, owners cannot report yet. */
	PLANNED,
	/** Owners report and the coordinator approves. */
	OPEN,
	/** Closed: its values stay as they were. */
	LOCKED
}
