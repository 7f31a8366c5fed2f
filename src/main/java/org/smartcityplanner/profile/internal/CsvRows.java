package org.smartcityplanner.profile.internal;

import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.profile.domain.SheetRow;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * Comma-separated text as RFC 4180 writes it: fields may be quoted, a quote inside a quoted field is doubled,
 * quoted fields may span lines. Rows are numbered by record, as a spreadsheet opening the file numbers them.
 */
final class CsvRows {

	private CsvRows() {
	}

	/**
	 * @throws InvalidInputException when a quoted field is not closed
	 */
	static List<SheetRow> parse(String text) {
		List<SheetRow> rows = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		int i = 0;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
					cell.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					cell.append(c);
				}
			}
			else if (c == '"' && cell.isEmpty()) {
				quoted = true;
			}
			else if (c == ',') {
				cells.add(cell.toString());
				cell.setLength(0);
			}
			else if (c == '\r' || c == '\n') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				cells.add(cell.toString());
				cell.setLength(0);
				rows.add(new SheetRow(rows.size() + 1, cells));
				cells = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
			i++;
		}
		if (quoted) {
			throw new InvalidInputException("baselines.import.file.openQuote", String.valueOf(rows.size() + 1));
		}
		if (!cell.isEmpty() || !cells.isEmpty()) {
			cells.add(cell.toString());
			rows.add(new SheetRow(rows.size() + 1, cells));
		}
		return rows;
	}
}
