package org.smartcityplanner.plan.model.alignment;

/**
 * How much of one catalogue list the plan touches.
 *
 * @param list the catalogue list
 * @param covered how many of its codes at least one item aligns with
 * @param total how many codes it has
 */
public record Coverage(CatalogueList list, int covered, int total) {

	/** The covered share from 0 to 100, rounded half up; 0 for an empty list. */
	public int percent() {
		return total == 0 ? 0 : (int) ((covered * 200L + total) / (2L * total));
	}
}
