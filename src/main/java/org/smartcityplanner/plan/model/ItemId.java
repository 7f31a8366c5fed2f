package org.smartcityplanner.plan.model;

import java.util.UUID;

/**
 * The stable id of a plan item (goal, strategy, project, KPI). It is assigned once and survives versions,
 * exports and imports, so a diff can tell "changed" from "removed and added".
 *
 * @param value a UUID in text form
 */
public record ItemId(String value) {

	public ItemId {
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("An item id is required");
		}
	}

	public static ItemId random() {
		return new ItemId(UUID.randomUUID().toString());
	}

	@Override
	public String toString() {
		return value;
	}
}
