package org.smartcityplanner.monitoring.domain.renewal;

import java.math.BigDecimal;

/**
 * One dimension's readiness.
 *
 * @param facts the counts
 * @param kpiShare percentage of KPIs on track (one decimal), or {@code null} without KPIs
 * @param projectShare percentage of projects on schedule (one decimal), or {@code null} without projects
 * @param verdict the verdict
 */
public record DimensionReadiness(DimensionFacts facts, BigDecimal kpiShare, BigDecimal projectShare,
		Verdict verdict) {
}
