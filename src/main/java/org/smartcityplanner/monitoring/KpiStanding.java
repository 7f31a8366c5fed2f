package org.smartcityplanner.monitoring;

import java.math.BigDecimal;

import org.smartcityplanner.shared.FiscalYear;

/**
 * A KPI's latest approved value against its target for the same fiscal year.
 *
 * @param kpiId the plan's KPI item id
 * @param year the fiscal year of the latest approved value
 * @param quarter its quarter
 * @param actual the latest approved value
 * @param target the plan's target for that year, or {@code null} when the plan sets none
 * @param status the standing, or {@code null} when there is no target to compare with
 */
public record KpiStanding(String kpiId, FiscalYear year, int quarter, BigDecimal actual, BigDecimal target,
		KpiStatus status) {
}
