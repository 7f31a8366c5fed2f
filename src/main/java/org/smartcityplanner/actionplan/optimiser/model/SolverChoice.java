package org.smartcityplanner.actionplan.optimiser.model;

/** Which solver engine to use. */
public enum SolverChoice {
	/** The engine measured best on this formulation (see the optimiser benchmark). */
	AUTO,
	/** Google OR-Tools CP-SAT. */
	CP_SAT,
	/** SCIP through the OR-Tools MIP interface. */
	SCIP
}
