package org.smartcityplanner.plan;

/**
 * The kinds of plan item that have their own id, version and edit form (how the plan pages and the API name an
 * item to delete).
 */
public enum ItemKind {
	GOAL, STRATEGY, PROJECT, KPI
}
