package org.smartcityplanner.plan.model.alignment;

import java.util.List;

/**
 * One row of the alignment matrix: a catalogue code and the plan items aligned with it.
 *
 * @param list the catalogue list the code belongs to
 * @param code the code, e.g. {@code SDG11}
 * @param items the goals, strategies and projects aligned with it, in document order
 */
public record MatrixRow(CatalogueList list, String code, List<AlignedItem> items) {

	public MatrixRow {
		items = List.copyOf(items);
	}

	/** How many items align with the code. */
	public int count() {
		return items.size();
	}

	/** Whether any item aligns with the code. */
	public boolean isTouched() {
		return !items.isEmpty();
	}
}
