package org.smartcityplanner.documents;

import java.util.List;

/**
 * A run of pages with one orientation; every section starts on a new page. Wide tables go in a landscape
 * section.
 *
 * @param orientation the page orientation
 * @param blocks      the content
 * @param frontMatter whether it is front matter (contents, preface): its pages are numbered in a series of their
 *                    own (ก ข ค in Thai, i ii iii in English) and the body starts again at 1
 */
public record Section(Orientation orientation, List<Block> blocks, boolean frontMatter) {

	public Section {
		orientation = orientation == null ? Orientation.PORTRAIT : orientation;
		blocks = List.copyOf(blocks);
	}

	public Section(Orientation orientation, List<Block> blocks) {
		this(orientation, blocks, false);
	}
}
