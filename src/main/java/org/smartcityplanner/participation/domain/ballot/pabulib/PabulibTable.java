package org.smartcityplanner.participation.domain.ballot.pabulib;

import java.util.List;
import java.util.Objects;

/**
 * A section of a Pabulib file with a header row: PROJECTS or VOTES.
 *
 * @param columns the header's column names, the id column first
 * @param rows each row's values, as many as there are columns
 */
public record PabulibTable(List<String> columns, List<List<String>> rows) {

	public PabulibTable {
		columns = List.copyOf(columns);
		rows = rows.stream().map(List::copyOf).toList();
		for (List<String> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException("row " + row + " does not have the " + columns.size() + " columns");
			}
		}
	}

	/** @return the position of a column, -1 when absent */
	public int column(String name) {
		Objects.requireNonNull(name, "name");
		return columns.indexOf(name);
	}

	/** @return one row's value in a column */
	public String value(List<String> row, String column) {
		int position = column(column);
		if (position < 0) {
			throw new IllegalArgumentException("no column " + column);
		}
		return row.get(position);
	}
}
