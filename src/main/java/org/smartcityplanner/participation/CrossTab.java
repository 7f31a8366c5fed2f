package org.smartcityplanner.participation;

import java.util.List;

/**
 * The answers to one question counted by the respondents' sector or target area.
 *
 * @param questionId the question
 * @param by what the columns are
 * @param columns the columns' labels (sectors, or areas; the last one "general public" or "elsewhere")
 * @param rows one per option, with a count per column
 * @param columnTotals respondents per column who answered the question (the base of the column percentages)
 */
public record CrossTab(long questionId, By by, List<String> columns, List<Row> rows, List<Long> columnTotals) {

	/** What the columns of a cross-tab are. */
	public enum By {
		SECTOR, AREA
	}

	public CrossTab {
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
		columnTotals = List.copyOf(columnTotals);
	}

	/**
	 * The share of a column's respondents who gave a row's answer, in percent with no decimals, or {@code null}
	 * when nobody in the column answered.
	 */
	public java.math.BigDecimal columnPercent(int row, int column) {
		long base = columnTotals.get(column);
		return base == 0 ? null : java.math.BigDecimal.valueOf(rows.get(row).counts().get(column) * 100)
			.divide(java.math.BigDecimal.valueOf(base), 0, java.math.RoundingMode.HALF_UP);
	}

	/**
	 * @param label the option
	 * @param counts per column
	 */
	public record Row(String label, List<Long> counts) {

		public Row {
			counts = List.copyOf(counts);
		}
	}
}
