package org.smartcityplanner.participation.spi;

import java.util.Objects;

import org.smartcityplanner.shared.ResourceRef;

/**
 * One plan item a public idea can become, as the plan describes it to participation.
 *
 * @param ref the item's reference, {@code plan.item:<item id>} (the id the plan's links to participation use)
 * @param title the item's title (a project's name)
 * @param dimensionCode the smart dimension of the goal the item sits under, e.g. {@code ENV}
 * @param kind goal, strategy or project
 */
public record PlanItemChoice(ResourceRef ref, String title, String dimensionCode, PlanItemKind kind) {

	/** The reference type of plan items. */
	public static final String TYPE = "plan.item";

	public PlanItemChoice {
		Objects.requireNonNull(ref, "ref");
		Objects.requireNonNull(title, "title");
		Objects.requireNonNull(kind, "kind");
		if (!TYPE.equals(ref.type())) {
			throw new IllegalArgumentException("Not a plan item reference: " + ref);
		}
	}
}
