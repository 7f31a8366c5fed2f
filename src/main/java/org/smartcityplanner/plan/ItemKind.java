package org.smartcityplanner.plan;

/**
 * The kinds of plan item that have their own id, version and edit form.
 */
public enum ItemKind {
	GOAL("pln_goal"), STRATEGY("pln_strategy"), PROJECT("pln_project"), KPI("pln_kpi");

	private final String table;

	ItemKind(String table) {
		this.table = table;
	}

	/** The table holding items of this kind (internal use). */
	public String table() {
		return table;
	}
}
