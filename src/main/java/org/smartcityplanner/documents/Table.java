package org.smartcityplanner.documents;

import java.util.List;
import java.util.Objects;

/**
 * A table with header rows (which may merge cells and repeat on every page) and body rows. A table without
 * body rows renders one row with the document's "no data yet" placeholder.
 *
 * @param caption      caption above the table ("ตารางที่ 3 ..."), may be empty
 * @param columns      the columns
 * @param headerRows   header rows, repeated at the top of every page the table runs over
 * @param rows         body rows
 * @param totalsRow    whether the last body row is a totals row (bold, kept with the table)
 */
public record Table(String caption, List<Column> columns, List<List<Cell>> headerRows, List<List<Cell>> rows,
		boolean totalsRow) implements Block {

	public Table {
		caption = Objects.requireNonNullElse(caption, "");
		columns = List.copyOf(columns);
		headerRows = headerRows.stream().map(List::copyOf).toList();
		rows = rows.stream().map(List::copyOf).toList();
		if (columns.isEmpty()) {
			throw new IllegalArgumentException("a table needs columns");
		}
		TableGrid.check(columns.size(), headerRows, "header");
		TableGrid.check(columns.size(), rows, "body");
	}

	/** A table with one header row of plain titles. */
	public static Table simple(String caption, List<Column> columns, List<String> titles, List<List<Cell>> rows) {
		return new Table(caption, columns, List.of(titles.stream().map(t -> Cell.header(t, 1, 1)).toList()), rows,
				false);
	}

	public boolean isEmpty() {
		return rows.isEmpty();
	}
}
