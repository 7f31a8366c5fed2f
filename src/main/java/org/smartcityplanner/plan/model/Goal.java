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
 * @param titleEn the goal in English for the English book, empty when not translated
 */
public record Goal(ItemId id, String dimension, String title, String description, List<Strategy> strategies,
		Alignment alignment, String titleEn) {

	/** A goal without an English title. */
	public Goal(ItemId id, String dimension, String title, String description, List<Strategy> strategies,
			Alignment alignment) {
		this(id, dimension, title, description, strategies, alignment, "");
	}

	public Goal {
		titleEn = titleEn == null ? "" : titleEn.strip();
		description = description == null ? "" : description;
		strategies = strategies == null ? List.of() : List.copyOf(strategies);
		alignment = alignment == null ? Alignment.NONE : alignment;
	}
}
