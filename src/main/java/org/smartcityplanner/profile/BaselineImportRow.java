package org.smartcityplanner.profile;

import java.util.List;

/**
 * One data row of an imported baseline file, as the preview reports it.
 *
 * @param row the row number as a spreadsheet shows it (the header is row 1)
 * @param status what confirming the import would do with the row
 * @param cells the row's cells as read from the file, for showing
 * @param draft the baseline the row becomes; {@code null} when the row has errors
 * @param messages the errors of the row, or for a row that replaces a saved baseline what it replaces
 */
public record BaselineImportRow(int row, Status status, Cells cells, BaselineDraft draft,
		List<BaselineProblem> messages) {

	public BaselineImportRow {
		messages = messages == null ? List.of() : List.copyOf(messages);
	}

	public boolean saveable() {
		return status != Status.ERROR;
	}

	/** What happens to a row on confirmation. */
	public enum Status {

		/** A new baseline is saved. */
		OK,
		/** The saved baseline with the same indicator, area and year gets the row's value and source. */
		UPDATE,
		/** Not saved: the row is wrong. */
		ERROR
	}

	/**
	 * The cells as they were in the file, trimmed.
	 *
	 * @param indicatorCode as typed
	 * @param area area name or id as typed; empty for the whole province
	 * @param year as typed
	 * @param value as typed
	 * @param source as typed
	 * @param note as typed, empty when the file has no note column
	 */
	public record Cells(String indicatorCode, String area, String year, String value, String source, String note) {
	}
}
