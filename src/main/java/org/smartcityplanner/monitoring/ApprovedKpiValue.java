package org.smartcityplanner.monitoring;

import java.math.BigDecimal;
import java.time.Instant;

import org.smartcityplanner.shared.FiscalYear;

/**
 * A KPI value the coordinator approved: the only kind that counts on public pages and national views.
 *
 * @param kpiId the plan's KPI item id
 * @param year the fiscal year of the reporting period
 * @param quarter the quarter of that year, 1 (October–December) to 4
 * @param value the actual value, in the KPI's unit
 * @param source where the figure comes from
 * @param approvedAt when it was approved
 */
public record ApprovedKpiValue(String kpiId, FiscalYear year, int quarter, BigDecimal value, String source,
		Instant approvedAt) {
}
