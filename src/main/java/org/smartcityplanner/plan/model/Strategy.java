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
 */
public record Strategy(ItemId id, String title, String description, List<Project> projects, Alignment alignment) {

	public Strategy {
		description = description == null ? "" : description;
		projects = projects == null ? List.of() : List.copyOf(projects);
		alignment = alignment == null ? Alignment.NONE : alignment;
	}
}
