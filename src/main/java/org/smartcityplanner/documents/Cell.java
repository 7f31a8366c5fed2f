package org.smartcityplanner.documents;

import java.math.BigDecimal;

/**
 * One cell of a {@link Table}. A cell may span columns and (mainly in header rows) rows; the cells it covers
 * are simply left out of the following rows.
 *
 * @param value   what it holds
 * @param colSpan columns it spans, at least 1
 * @param rowSpan rows it spans, at least 1
 * @param bold    bold text
 * @param align   alignment, or null for the column's
 */
public record Cell(CellValue value, int colSpan, int rowSpan, boolean bold, Align align) {

	public Cell {
		value = value == null ? new CellValue.Empty() : value;
		if (colSpan < 1 || rowSpan < 1) {
			throw new IllegalArgumentException("spans must be at least 1");
		}
	}

	public static Cell text(String text) {
		return new Cell(new CellValue.Text(text), 1, 1, false, null);
	}

	public static Cell bold(String text) {
		return new Cell(new CellValue.Text(text), 1, 1, true, null);
	}

	public static Cell number(long value) {
		return new Cell(new CellValue.Number(BigDecimal.valueOf(value), NumberStyle.INTEGER), 1, 1, false, null);
	}

	public static Cell number(BigDecimal value, NumberStyle style) {
		return value == null ? empty() : new Cell(new CellValue.Number(value, style), 1, 1, false, null);
	}

	public static Cell formula(String expression, NumberStyle style, BigDecimal shown) {
		return new Cell(new CellValue.Formula(expression, style, shown), 1, 1, false, null);
	}

	public static Cell empty() {
		return new Cell(new CellValue.Empty(), 1, 1, false, null);
	}

	/** A header cell spanning {@code colSpan} columns and {@code rowSpan} rows. */
	public static Cell header(String text, int colSpan, int rowSpan) {
		return new Cell(new CellValue.Text(text), colSpan, rowSpan, true, Align.CENTER);
	}

	public Cell withColSpan(int span) {
		return new Cell(value, span, rowSpan, bold, align);
	}

	public Cell withBold() {
		return new Cell(value, colSpan, rowSpan, true, align);
	}

	public Cell withAlign(Align newAlign) {
		return new Cell(value, colSpan, rowSpan, bold, newAlign);
	}
}
