package org.smartcityplanner.documents;

import java.util.Objects;

/**
 * A heading of level 1 (chapter) to 3. Numbered headings get their number ("2.1") from
 * {@link HeadingNumbers} when the document is rendered, so numbers always follow the document order; an
 * unnumbered heading (a preface, an appendix title) still appears in the table of contents.
 *
 * @param level    1 to 3
 * @param text     the heading text
 * @param numbered whether it takes part in the numbering
 */
public record Heading(int level, String text, boolean numbered) implements Block {

	public Heading {
		if (level < 1 || level > 3) {
			throw new IllegalArgumentException("heading level must be 1 to 3: " + level);
		}
		text = Objects.requireNonNullElse(text, "");
	}

	/** A numbered heading. */
	public static Heading of(int level, String text) {
		return new Heading(level, text, true);
	}

	/** A heading without a number. */
	public static Heading unnumbered(int level, String text) {
		return new Heading(level, text, false);
	}
}
