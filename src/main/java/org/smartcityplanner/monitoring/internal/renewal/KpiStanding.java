package org.smartcityplanner.monitoring.internal.renewal;

import java.math.BigDecimal;
import java.util.Map;

import org.smartcityplanner.shared.FiscalYear;

/**
 * A KPI of the plan with its latest APPROVED value and its status against the year's target.
 *
 * @param kpiId the plan item id of the KPI
 * @param dimension smart dimension code of the goal it measures (directly or through its project)
 * @param name what is measured
 * @param nameEn in English, empty when not translated
 * @param unit its unit
 * @param targets target per fiscal year
 * @param approvedValue the latest approved value, or {@code null} while none is approved
 * @param approvedPeriod the period of that value (e.g. {@code 2570-Q2}), or {@code null}
 * @param source where the value comes from, as the owner named it, or {@code null}
 * @param state the status
 */
public record KpiStanding(String kpiId, String dimension, String name, String nameEn, String unit,
		Map<FiscalYear, BigDecimal> targets, BigDecimal approvedValue, String approvedPeriod, String source,
		KpiState state) {

	public KpiStanding {
		targets = Map.copyOf(targets);
	}

	/** Where a KPI stands against the year's target. */
	public enum KpiState {
		ON_TRACK, AT_RISK, OFF_TRACK, NOT_REPORTED
	}
}
