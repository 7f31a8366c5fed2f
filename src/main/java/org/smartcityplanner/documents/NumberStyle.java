package org.smartcityplanner.documents;

/**
 * How a number is shown: in DOCX/PDF as formatted text, in XLSX as a cell number format (with Thai digits
 * when the workbook asks for them).
 */
public enum NumberStyle {
	/** 1,234 */
	INTEGER("#,##0", 0, true),
	/** 90.8: a share rounded to one decimal, printed with the precision it was rounded to */
	ONE_DECIMAL("#,##0.0", 1, true),
	/** 1,234.50 */
	DECIMAL("#,##0.00", 2, true),
	/** 1,234.50 (baht; the unit is in the column title) */
	BAHT("#,##0.00", 2, true),
	/** 12.5% (the value is the fraction 0.125) */
	PERCENT("0.0%", 1, false),
	/** 2569 (years and codes: no separator) */
	PLAIN("0", 0, false),
	/** 1,850 or 0.35: measured values, up to two decimals, no trailing zeros (spreadsheet format "General") */
	GENERAL("General", 2, true);

	private final String excelFormat;
	private final int decimals;
	private final boolean grouped;

	NumberStyle(String excelFormat, int decimals, boolean grouped) {
		this.excelFormat = excelFormat;
		this.decimals = decimals;
		this.grouped = grouped;
	}

	/** The spreadsheet number format code (Western digits). */
	public String excelFormat() {
		return excelFormat;
	}

	/** Digits after the decimal point when shown as text (at most, for {@link #GENERAL}). */
	public int decimals() {
		return decimals;
	}

	/** Whether thousands are separated by commas. */
	public boolean grouped() {
		return grouped;
	}
}
