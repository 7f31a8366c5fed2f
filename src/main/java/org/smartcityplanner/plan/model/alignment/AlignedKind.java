package org.smartcityplanner.plan.model.alignment;

/**
 * The kinds of plan item that carry an alignment (the plan's editable item kinds are {@code plan.ItemKind}, which also has KPIs).
 */
public enum AlignedKind {
	GOAL, STRATEGY, PROJECT
}
