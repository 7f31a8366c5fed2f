package org.smartcityplanner.plan;

import java.util.Map;

import org.smartcityplanner.plan.model.PlanDocument;

/**
 * A plan as loaded for viewing or editing: its fields, the whole document and each item's version (edit forms
 * send the version back so a save over someone else's change is refused, not lost).
 *
 * @param header the plan's own fields
 * @param document the whole plan
 * @param versions item id to version
 */
public record LoadedPlan(PlanHeader header, PlanDocument document, Map<String, Integer> versions) {

	public int versionOf(String itemId) {
		return versions.getOrDefault(itemId, 0);
	}
}
