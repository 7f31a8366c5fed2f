package org.smartcityplanner.actionplan.optimiser.model;

/** Why an input is invalid (or, for {@link #SOLVER_FAILURE}, why the run failed). */
public enum ProblemCode {
	/** Last year before first year, or a period longer than the optimiser supports. */
	INVALID_PERIOD,
	/** Two candidates (or two sources) with the same id. */
	DUPLICATE_ID,
	/** A project id or source code that is blank. */
	MISSING_ID,
	/** A cost below zero ({@code projectId}, {@code fiscalYear} is the project year index). */
	NEGATIVE_COST,
	/** A project without any cost year. */
	EMPTY_COST_PROFILE,
	/** An envelope below zero. */
	NEGATIVE_ENVELOPE,
	/** An amount above the supported maximum (฿10 billion per figure). */
	AMOUNT_TOO_LARGE,
	/** A score below zero, missing, or with more than three decimal places. */
	INVALID_SCORE,
	/** A start window that is empty or lets the project run outside the plan period. */
	START_WINDOW_OUTSIDE_PERIOD,
	/** A funding rule, fixed funding, dependency, group or minimum naming an unknown source or project. */
	UNKNOWN_REFERENCE,
	/** A cap below zero, or shares outside 0–100 % or with minimum above maximum. */
	INVALID_FUNDING_RULE,
	/** Fixed funding per project year does not add up to that year's cost. */
	FUNDING_SPLIT_MISMATCH,
	/** Dependencies form a cycle ({@code relatedIds} lists it in order). */
	DEPENDENCY_CYCLE,
	/** A minimum with a negative count or a share outside 0–100 %. */
	INVALID_MINIMUM,
	/** A time limit that is missing, not positive or longer than the supported maximum. */
	INVALID_TIME_LIMIT,
	/** The solver engine failed; {@code detail} has the technical message for the log. */
	SOLVER_FAILURE
}
