package org.smartcityplanner.plan.internal;

import java.util.Map;

import org.smartcityplanner.plan.ItemKind;

/** Which table holds items of each kind: a storage detail, so it stays out of the public {@link ItemKind}. */
final class ItemTables {

	private static final Map<ItemKind, String> TABLES = Map.of(ItemKind.GOAL, "pln_goal", ItemKind.STRATEGY,
			"pln_strategy", ItemKind.PROJECT, "pln_project", ItemKind.KPI, "pln_kpi");

	private ItemTables() {
	}

	/** The table of {@code kind}; never user input, so it is safe to put into SQL. */
	static String of(ItemKind kind) {
		return TABLES.get(kind);
	}
}
