package org.smartcityplanner.profile.domain;

import java.util.List;

/**
 * One row of an uploaded CSV or spreadsheet, its cells as text.
 *
 * @param number the row number as a spreadsheet shows it, from 1
 * @param cells the cells from the first column on; missing cells at the end are simply absent
 */
public record SheetRow(int number, List<String> cells) {

	public SheetRow {
		cells = List.copyOf(cells);
	}

	/** The cell at {@code index}, trimmed; empty when the row is shorter. */
	public String cell(int index) {
		return index < cells.size() && cells.get(index) != null ? cells.get(index).strip() : "";
	}

	public boolean isBlank() {
		return cells.stream().allMatch(cell -> cell == null || cell.isBlank());
	}
}
