package org.smartcityplanner.actionplan.optimiser.model;

/** Kinds of constraint a user can act on (relax, raise, lower or remove). */
public enum ConstraintKind {
	/** A project marked mandatory ({@link ConstraintRef#projectId()}). */
	MANDATORY_PROJECT,
	/** A source's envelope in a fiscal year ({@link ConstraintRef#sourceCode()}, {@link ConstraintRef#fiscalYear()}). */
	SOURCE_ENVELOPE,
	/** A minimum count or budget share for a smart dimension ({@link ConstraintRef#code()}). */
	DIMENSION_MINIMUM,
	/** A minimum count or budget share for a target area ({@link ConstraintRef#code()}). */
	AREA_MINIMUM,
	/** A dependency ({@link ConstraintRef#projectId()} needs {@link ConstraintRef#otherProjectId()}). */
	DEPENDENCY,
	/** An exclusive group ({@link ConstraintRef#code()} is the group id). */
	EXCLUSIVE_GROUP,
	/**
	 * The funding rules of one project: its eligible sources, caps, shares and fixed split
	 * ({@link ConstraintRef#projectId()}).
	 */
	FUNDING_RULES,
	/** The allowed start years of one project ({@link ConstraintRef#projectId()}). */
	START_WINDOW
}
