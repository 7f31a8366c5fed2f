package org.smartcityplanner.plan.model.alignment;

/**
 * The kinds of plan item that carry an alignment.
 */
public enum ItemKind {
	GOAL, STRATEGY, PROJECT
}
