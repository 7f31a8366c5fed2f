package org.smartcityplanner.documents;

import java.util.List;

/**
 * A run of pages with one orientation; every section starts on a new page. Wide tables go in a landscape
 * section.
 *
 * @param orientation the page orientation
 * @param blocks      the content
 */
public record Section(Orientation orientation, List<Block> blocks) {

	public Section {
		orientation = orientation == null ? Orientation.PORTRAIT : orientation;
		blocks = List.copyOf(blocks);
	}
}
