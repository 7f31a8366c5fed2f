package org.smartcityplanner.documents;

import java.util.Objects;

/**
 * A stretch of text with one look.
 *
 * @param text   the text
 * @param bold   bold
 * @param italic italic
 * @param sizePt font size in points, or 0 for the paragraph's size
 */
public record Run(String text, boolean bold, boolean italic, int sizePt) {

	public Run {
		text = Objects.requireNonNullElse(text, "");
		if (sizePt < 0 || sizePt > 200) {
			throw new IllegalArgumentException("font size out of range: " + sizePt);
		}
	}

	public static Run plain(String text) {
		return new Run(text, false, false, 0);
	}

	public static Run bold(String text) {
		return new Run(text, true, false, 0);
	}
}
