package org.smartcityplanner.participation;

/** How a participatory-budgeting ballot is filled in. */
public enum BallotKind {
	/** Tick any number of projects. */
	APPROVAL,
	/** Tick at most {@link BallotDraft#maxChoices()} projects. */
	K_APPROVAL,
	/** Tick projects whose costs together stay within the ballot's budget. */
	KNAPSACK
}
