package org.smartcityplanner.monitoring.domain.kpi;

import java.util.List;

/**
 * Why one row of an uploaded KPI file was refused. Serializable: the page shows it after a redirect (flash).
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param column the column's header name, e.g. {@code value}
 * @param messageKey the reason as a message key
 * @param arguments its arguments
 */
public record RowError(int row, String column, String messageKey, List<Object> arguments)
		implements java.io.Serializable {

	public RowError {
		arguments = List.copyOf(arguments);
	}
}
