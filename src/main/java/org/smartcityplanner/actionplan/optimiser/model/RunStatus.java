package org.smartcityplanner.actionplan.optimiser.model;

/** Outcome of an optimiser run. */
public enum RunStatus {
	/** A portfolio proven best. */
	OPTIMAL,
	/** A valid portfolio; the solver stopped (time limit or gap limit) before proving it best: see the gap. */
	FEASIBLE,
	/** No portfolio satisfies all rules; {@link PortfolioResult#conflict()} says which rules clash. */
	INFEASIBLE,
	/** The time limit passed before any valid portfolio was found (the problem may still be feasible). */
	TIMEOUT,
	/** The input breaks a basic rule; {@link PortfolioResult#inputProblems()} names each. Nothing was solved. */
	INVALID,
	/** The solver engine failed (e.g. native library missing); {@link PortfolioResult#inputProblems()} says so. */
	SOLVER_FAILED;

	/** Whether the run produced a portfolio. */
	public boolean hasPortfolio() {
		return this == OPTIMAL || this == FEASIBLE;
	}
}
