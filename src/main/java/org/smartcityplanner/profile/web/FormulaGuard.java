package org.smartcityplanner.profile.web;

/**
 * Protects exported spreadsheets against formula injection (CSV injection): a text that starts like a formula
 * — {@code = + - @}, a tab or a carriage return, or their full-width forms — would be run by Excel or LibreOffice
 * when the file is opened, e.g. a data source typed as {@code =HYPERLINK("http://evil","click")}. Such text is
 * written with a leading apostrophe in CSV and as a quote-prefixed text cell in XLSX, so it shows as typed and
 * never runs. Numbers are written as numbers and need no guard.
 */
final class FormulaGuard {

	private FormulaGuard() {
	}

	/** Whether a spreadsheet could take the text for a formula. */
	static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
			default -> false;
		};
	}

	/** The text as a CSV cell should hold it: with a leading apostrophe when it looks like a formula. */
	static String forCsv(String text) {
		return looksLikeFormula(text) ? "'" + text : text;
	}
}
