package org.smartcityplanner.monitoring.internal.renewal;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * One piece of evidence for renewal: an approved KPI value with its source, or a project's latest report.
 *
 * @param kind what it is
 * @param dimension smart dimension code
 * @param title the KPI's or project's name
 * @param period the period it covers, e.g. {@code 2570-Q2}
 * @param value the approved KPI value, or the project's percent complete
 * @param source the KPI value's source; for a project report, its status code
 * @param at when the project report was submitted, or {@code null} for a KPI value
 */
public record Evidence(Kind kind, String dimension, String title, String period, BigDecimal value, String source,
		Instant at) {

	/** The kinds of evidence. */
	public enum Kind {
		KPI_VALUE, PROJECT_REPORT
	}
}
