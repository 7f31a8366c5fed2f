package org.smartcityplanner.publication;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Raw figures a module publishes as a spreadsheet, numbers kept as numbers; {@link Publisher} renders it as XLSX.
 *
 * @param title    the title written into the file
 * @param language its language
 * @param madeAt   when it was made
 * @param sheets   the sheets, in tab order, at least one
 */
public record Workbook(String title, Locale language, Instant madeAt, List<Sheet> sheets) {

	/**
	 * One sheet: title lines, then a table whose header row is frozen.
	 *
	 * @param name       the tab name (at most 31 characters, none of {@code []:*?/\})
	 * @param titleLines lines above the table, may be empty
	 * @param table      the figures
	 * @param landscape  whether it prints landscape
	 */
	public record Sheet(String name, List<String> titleLines, Part.Table table, boolean landscape) {

		public Sheet {
			Objects.requireNonNull(table, "table");
			titleLines = List.copyOf(titleLines);
		}
	}

	public Workbook {
		title = Objects.requireNonNullElse(title, "");
		language = language == null ? Publication.THAI : language;
		sheets = List.copyOf(sheets);
		if (sheets.isEmpty()) {
			throw new IllegalArgumentException("a workbook needs a sheet");
		}
	}
}
