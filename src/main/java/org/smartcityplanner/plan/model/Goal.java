package org.smartcityplanner.plan.model;

import java.util.List;

/**
 * A goal of one smart dimension.
 *
 * @param id stable item id
 * @param dimension the smart dimension code, e.g. {@code ENV}
 * @param title the goal
 * @param description what it means
 * @param strategies its strategies
 * @param alignment what it is aligned with
 */
public record Goal(ItemId id, String dimension, String title, String description, List<Strategy> strategies,
		Alignment alignment) {

	public Goal {
		description = description == null ? "" : description;
		strategies = strategies == null ? List.of() : List.copyOf(strategies);
		alignment = alignment == null ? Alignment.NONE : alignment;
	}
}
