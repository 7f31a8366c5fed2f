package org.smartcityplanner.monitoring.internal.kpi;

import java.math.BigDecimal;

import org.smartcityplanner.monitoring.KpiStatus;
import org.smartcityplanner.monitoring.internal.period.ReportingPeriod;

/**
 * One period of a KPI's history: its target and the value reported, approved or not.
 *
 * @param period the period
 * @param target the year's target, or {@code null}
 * @param value the value, or {@code null}
 * @param status the approved value's standing, or {@code null} unless approved
 */
public record HistoryPoint(ReportingPeriod period, BigDecimal target, KpiValue value, KpiStatus status) {
}
