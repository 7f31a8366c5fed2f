package org.smartcityplanner.monitoring.internal.kpi;

import java.math.BigDecimal;

import org.smartcityplanner.monitoring.internal.period.ReportingPeriod;

/**
 * One KPI an owner reports in one open period.
 *
 * @param period the open period
 * @param kpi the KPI
 * @param owner its owner
 * @param target the year's target, or {@code null}
 * @param value what was reported so far, or {@code null}
 */
public record DueUpdate(ReportingPeriod period, PlanKpi kpi, KpiOwner owner, BigDecimal target, KpiValue value) {

	/** Whether the owner still has to act: nothing reported yet, or the coordinator returned it. */
	public boolean pending() {
		return value == null || value.status() == org.smartcityplanner.monitoring.domain.kpi.ValueStatus.RETURNED;
	}
}
