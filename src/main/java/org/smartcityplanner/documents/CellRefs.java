package org.smartcityplanner.documents;

/**
 * Spreadsheet references for formulas in a {@link WorkbookModel}: columns count from 0, rows from 1 as the
 * spreadsheet shows them.
 */
public final class CellRefs {

	private CellRefs() {
	}

	/** Column letters: 0 = A, 25 = Z, 26 = AA. */
	public static String column(int index) {
		if (index < 0) {
			throw new IllegalArgumentException("column index must not be negative");
		}
		StringBuilder out = new StringBuilder();
		int n = index + 1;
		while (n > 0) {
			int rem = (n - 1) % 26;
			out.insert(0, (char) ('A' + rem));
			n = (n - 1) / 26;
		}
		return out.toString();
	}

	/** "C12". */
	public static String cell(int column, int row) {
		return column(column) + row;
	}

	/** "C4:C20". */
	public static String range(int column, int firstRow, int lastRow) {
		return cell(column, firstRow) + ":" + cell(column, lastRow);
	}

	/** A reference on another sheet: {@code 'ปี 2569'!C12}. */
	public static String onSheet(String sheet, String reference) {
		return "'" + sheet.replace("'", "''") + "'!" + reference;
	}
}
