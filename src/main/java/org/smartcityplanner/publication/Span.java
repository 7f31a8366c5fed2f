package org.smartcityplanner.publication;

import java.util.Objects;

/**
 * A stretch of text with one look inside a {@link Part.Paragraph}.
 *
 * @param text   the text
 * @param bold   bold
 * @param italic italic
 * @param sizePt font size in points, or 0 for the body size
 */
public record Span(String text, boolean bold, boolean italic, int sizePt) {

	public Span {
		text = Objects.requireNonNullElse(text, "");
		if (sizePt < 0 || sizePt > 200) {
			throw new IllegalArgumentException("font size out of range: " + sizePt);
		}
	}

	public static Span plain(String text) {
		return new Span(text, false, false, 0);
	}

	public static Span bold(String text) {
		return new Span(text, true, false, 0);
	}
}
