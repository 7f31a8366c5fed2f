package org.smartcityplanner.documents;

import java.util.List;

/**
 * A paragraph of one or more runs.
 *
 * @param runs        the text, in order
 * @param align       alignment
 * @param indentFirst whether the first line is indented (the usual Thai body paragraph)
 * @param spaceBefore extra space before the paragraph in points
 */
public record Paragraph(List<Run> runs, Align align, boolean indentFirst, int spaceBefore) implements Block {

	public Paragraph {
		runs = List.copyOf(runs);
		align = align == null ? Align.LEFT : align;
	}

	/** A body paragraph: distributed, first line indented. */
	public static Paragraph of(String text) {
		return new Paragraph(List.of(Run.plain(text)), Align.DISTRIBUTED, true, 0);
	}

	/** A paragraph without first-line indent. */
	public static Paragraph plain(String text, Align align) {
		return new Paragraph(List.of(Run.plain(text)), align, false, 0);
	}

	public static Paragraph of(Align align, Run... runs) {
		return new Paragraph(List.of(runs), align, false, 0);
	}

	/** The paragraph's text without formatting. */
	public String text() {
		StringBuilder out = new StringBuilder();
		runs.forEach(run -> out.append(run.text()));
		return out.toString();
	}
}
