package org.smartcityplanner.documents;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One worksheet: title lines, then a {@link Table} whose header rows are frozen and printed on every page.
 * Body rows start at {@link #firstBodyRow()}, so formulas can refer to them.
 *
 * @param name        the sheet's tab name (at most 31 characters, none of {@code []:*?/\})
 * @param titleLines  lines above the table (title, province, date), may be empty
 * @param table       the table
 * @param orientation how the sheet prints
 */
public record SheetModel(String name, List<String> titleLines, Table table, Orientation orientation) {

	private static final Pattern FORBIDDEN = Pattern.compile("[\\[\\]:*?/\\\\]");

	public SheetModel {
		Objects.requireNonNull(table, "table");
		if (name == null || name.isBlank() || name.length() > 31 || FORBIDDEN.matcher(name).find()
				|| name.startsWith("'") || name.endsWith("'")) {
			throw new IllegalArgumentException("invalid sheet name: " + name);
		}
		titleLines = List.copyOf(titleLines);
		orientation = orientation == null ? Orientation.LANDSCAPE : orientation;
	}

	/** {@code raw} made into a valid sheet name: forbidden characters replaced, cut to 31 characters. */
	public static String safeName(String raw) {
		String cleaned = FORBIDDEN.matcher(raw == null ? "" : raw.strip()).replaceAll("-").replace("'", "");
		if (cleaned.isBlank()) {
			cleaned = "Sheet";
		}
		return cleaned.length() > 31 ? cleaned.substring(0, 31) : cleaned;
	}

	/** The spreadsheet row (from 1) of the first header row: the title lines and one blank row come first. */
	public int firstHeaderRow() {
		return titleLines.isEmpty() ? 1 : titleLines.size() + 2;
	}

	/** The spreadsheet row (from 1) of the first body row. */
	public int firstBodyRow() {
		return firstHeaderRow() + table.headerRows().size();
	}

	/** The spreadsheet row (from 1) of the last body row (the totals row, if the table has one). */
	public int lastBodyRow() {
		return firstBodyRow() + Math.max(1, table.rows().size()) - 1;
	}
}
