package org.smartcityplanner.monitoring;

/** A KPI's standing against the year's target, by the plan's thresholds (see {@code Thresholds}). */
public enum KpiStatus {
	ON_TRACK, AT_RISK, OFF_TRACK
}
