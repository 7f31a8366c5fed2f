package org.smartcityplanner.monitoring.domain.kpi;

import java.util.List;

/**
 * The columns of the KPI update template, in order. {@code kpi_name}, {@code unit} and {@code target} are there
 * for the reader and are not read back; the period and KPI are read from {@code period} ("2570-Q1") and
 * {@code kpi_id}.
 */
public final class ImportColumns {

	public static final String PERIOD = "period";
	public static final String KPI_ID = "kpi_id";
	public static final String VALUE = "value";
	public static final String SOURCE = "source";
	public static final String NOTE = "note";
	public static final List<String> ALL = List.of(PERIOD, KPI_ID, "kpi_name", "unit", "target", VALUE, SOURCE, NOTE);

	private ImportColumns() {
	}

	/** The period's text in the template, e.g. {@code 2570-Q1}. */
	public static String periodLabel(Quarter quarter) {
		return quarter.year().buddhistYear() + "-Q" + quarter.number();
	}
}
