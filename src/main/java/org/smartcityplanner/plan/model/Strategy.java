package org.smartcityplanner.plan.model;

import java.util.List;

/**
 * A strategy under a goal.
 *
 * @param id stable item id
 * @param title the strategy
 * @param description what it means
 * @param projects its projects
 * @param alignment what it is aligned with
 * @param titleEn the strategy in English for the English book, empty when not translated
 */
public record Strategy(ItemId id, String title, String description, List<Project> projects, Alignment alignment,
		String titleEn) {

	/** A strategy without an English title. */
	public Strategy(ItemId id, String title, String description, List<Project> projects, Alignment alignment) {
		this(id, title, description, projects, alignment, "");
	}

	public Strategy {
		titleEn = titleEn == null ? "" : titleEn.strip();
		description = description == null ? "" : description;
		projects = projects == null ? List.of() : List.copyOf(projects);
		alignment = alignment == null ? Alignment.NONE : alignment;
	}
}
