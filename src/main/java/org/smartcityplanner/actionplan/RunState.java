package org.smartcityplanner.actionplan;

/** Where a saved optimiser run is. */
public enum RunState {
	/** Saved, waiting for a node to pick it up. */
	QUEUED,
	/** A node is solving it. */
	RUNNING,
	/** Solved: the result says how (optimal, feasible, infeasible, time-out, invalid). */
	DONE,
	/** The node could not finish (e.g. it stopped); the run can be started again. */
	FAILED
}
