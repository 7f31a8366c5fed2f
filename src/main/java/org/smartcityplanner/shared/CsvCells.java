package org.smartcityplanner.shared;

import java.util.List;

/**
 * CSV lines that are safe to open in a spreadsheet: fields quoted when they hold a comma, quote or line break,
 * and text a spreadsheet would run as a formula — starting with {@code = + - @}, a tab or a carriage return, or
 * their full-width forms — written with a leading apostrophe so it shows as typed and never runs.
 */
public final class CsvCells {

	private CsvCells() {
	}

	/** Whether a spreadsheet could take the text for a formula. */
	public static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
			default -> false;
		};
	}

	/** One text field, guarded and quoted as needed. */
	public static String text(String value) {
		String guarded = looksLikeFormula(value) ? "'" + value : (value == null ? "" : value);
		if (guarded.contains(",") || guarded.contains("\"") || guarded.contains("\n") || guarded.contains("\r")) {
			return "\"" + guarded.replace("\"", "\"\"") + "\"";
		}
		return guarded;
	}

	/** One line of text fields, ending in CRLF (RFC 4180). */
	public static String line(List<String> values) {
		return String.join(",", values.stream().map(CsvCells::text).toList()) + "\r\n";
	}
}
