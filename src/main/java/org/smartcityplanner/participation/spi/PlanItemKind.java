package org.smartcityplanner.participation.spi;

/** The kinds of plan item a public idea can become: a goal, a strategy under it or a project under that. */
public enum PlanItemKind {
	GOAL, STRATEGY, PROJECT
}
