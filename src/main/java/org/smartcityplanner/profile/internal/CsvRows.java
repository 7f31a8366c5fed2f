package org.smartcityplanner.profile.internal;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.profile.domain.SheetRow;
import org.smartcityplanner.shared.CsvRecords;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * A baseline CSV file as numbered sheet rows (see {@link CsvRecords} for the format), numbered by record as a
 * spreadsheet opening the file numbers them.
 */
final class CsvRows {

	private CsvRows() {
	}

	/**
	 * @throws InvalidInputException when a quoted field is not closed
	 */
	static List<SheetRow> parse(String text) {
		List<List<String>> records = CsvRecords.parse(text, "baselines.import.file.openQuote");
		List<SheetRow> rows = new ArrayList<>(records.size());
		for (List<String> cells : records) {
			rows.add(new SheetRow(rows.size() + 1, cells));
		}
		return rows;
	}
}
