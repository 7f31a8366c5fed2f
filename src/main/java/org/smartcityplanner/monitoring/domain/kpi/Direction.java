package org.smartcityplanner.monitoring.domain.kpi;

import java.math.BigDecimal;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.smartcityplanner.shared.FiscalYear;

/**
 * Which way a KPI improves. The plan does not store it, so it is read from the targets: when the last year's
 * target is below the starting point (the baseline, or the first year's target when there is no baseline) the
 * plan means to bring the figure down (PM2.5, accidents, waiting time) and lower is better; otherwise higher is
 * better. A flat series counts as higher is better (keep at least the level).
 */
public enum Direction {
	HIGHER_IS_BETTER, LOWER_IS_BETTER;

	/**
	 * @param baseline the baseline value, or {@code null}
	 * @param targets the yearly targets
	 */
	public static Direction of(BigDecimal baseline, Map<FiscalYear, BigDecimal> targets) {
		SortedMap<FiscalYear, BigDecimal> sorted = new TreeMap<>(targets);
		if (sorted.isEmpty()) {
			return HIGHER_IS_BETTER;
		}
		BigDecimal start = baseline != null ? baseline : sorted.get(sorted.firstKey());
		BigDecimal end = sorted.get(sorted.lastKey());
		return end.compareTo(start) < 0 ? LOWER_IS_BETTER : HIGHER_IS_BETTER;
	}
}
