package org.smartcityplanner.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * Comma-separated text as RFC 4180 writes it: fields may be quoted, a quote inside a quoted field is doubled,
 * quoted fields may span lines. Records come in file order, so record {@code i} (0-based) is row {@code i + 1}
 * as a spreadsheet opening the file numbers it. Every module that imports CSV reads it through this one parser.
 */
public final class CsvRecords {

	private CsvRecords() {
	}

	/**
	 * The records of {@code text}, each as its list of cells.
	 *
	 * @param unclosedQuoteKey message key of the error when a quoted field is never closed; its one argument is
	 * the row where the file ends
	 * @throws InvalidInputException when a quoted field is not closed
	 */
	public static List<List<String>> parse(String text, String unclosedQuoteKey) {
		List<List<String>> records = new ArrayList<>();
		List<String> cells = new ArrayList<>();
		StringBuilder cell = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
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
				records.add(cells);
				cells = new ArrayList<>();
			}
			else {
				cell.append(c);
			}
		}
		if (quoted) {
			throw new InvalidInputException(unclosedQuoteKey, String.valueOf(records.size() + 1));
		}
		if (!cell.isEmpty() || !cells.isEmpty()) {
			cells.add(cell.toString());
			records.add(cells);
		}
		return records;
	}
}
