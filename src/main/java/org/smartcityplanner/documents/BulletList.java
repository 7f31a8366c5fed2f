package org.smartcityplanner.documents;

import java.util.List;

/**
 * A list of items, with bullets or numbered (1) 2) 3)...). An empty list renders the placeholder.
 *
 * @param items    the items' text
 * @param numbered numbers instead of bullets
 */
public record BulletList(List<String> items, boolean numbered) implements Block {

	public BulletList {
		items = List.copyOf(items);
	}

	public static BulletList of(List<String> items) {
		return new BulletList(items, false);
	}
}
