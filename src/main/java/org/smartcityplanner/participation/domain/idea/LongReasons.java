package org.smartcityplanner.participation.domain.idea;

/**
 * Whether a decline reason is too long for its row in the book's ideas table. The documents engine keeps a row on
 * one page unless it is taller than 15 % of the page (about four lines); a taller row splits wherever the page ends,
 * leaving the idea on one page and the end of its reason on the next, and a reason of a few hundred words does not
 * fit a page's row at all. Such a reason is printed as a note under the table instead, as body text that flows
 * over pages line by line. Estimated, not measured (the participation module does not reach the engine's
 * measures): the outcome column holds about {@value #CHARACTERS_PER_LINE} characters of Thai a line.
 */
public final class LongReasons {

	/** Characters of a line in the outcome column of the book's ideas table (A4 portrait, 4.5 of 11.3 parts). */
	public static final int CHARACTERS_PER_LINE = 34;
	/** Most lines a reason may take in its row and still leave the row short enough to keep whole. */
	public static final int MAX_LINES_IN_ROW = 3;

	private LongReasons() {
	}

	public static boolean isLong(String reason) {
		if (reason == null) {
			return false;
		}
		int lines = 0;
		for (String line : reason.split("\\R", -1)) {
			lines += Math.max(1, (line.length() + CHARACTERS_PER_LINE - 1) / CHARACTERS_PER_LINE);
		}
		return lines > MAX_LINES_IN_ROW;
	}
}
