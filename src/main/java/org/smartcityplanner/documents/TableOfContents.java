package org.smartcityplanner.documents;

/**
 * The table of contents, listing headings up to {@code depth} with their page numbers. Page numbers are
 * computed when the PDF is made; Word recomputes them when the DOCX is opened.
 *
 * @param depth deepest heading level listed, 1 to 3
 */
public record TableOfContents(int depth) implements Block {

	public TableOfContents {
		if (depth < 1 || depth > 3) {
			throw new IllegalArgumentException("depth must be 1 to 3");
		}
	}
}
