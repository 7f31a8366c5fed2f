package org.smartcityplanner.actionplan.optimiser.model;

import java.time.Duration;

/**
 * How to run the solver.
 *
 * @param solver engine choice
 * @param timeLimit wall-clock limit of the main solve
 * @param seed random seed, stored with the run so it can be repeated
 * @param threads CP-SAT worker threads, {@code 0} for its default (all cores); SCIP always runs on one thread
 * @param relativeGapLimit stop when (bound - objective) / objective is at most this (0 = prove optimality)
 */
public record SolverOptions(SolverChoice solver, Duration timeLimit, long seed, int threads,
		double relativeGapLimit) {

	/** Default time limit of a run. */
	public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

	public SolverOptions {
		solver = solver == null ? SolverChoice.AUTO : solver;
		timeLimit = timeLimit == null ? DEFAULT_TIME_LIMIT : timeLimit;
	}

	/** AUTO solver, 10 s, seed 0, default threads, prove optimality. */
	public static SolverOptions defaults() {
		return new SolverOptions(SolverChoice.AUTO, DEFAULT_TIME_LIMIT, 0, 0, 0.0);
	}

	public static SolverOptions of(SolverChoice solver, Duration timeLimit, long seed) {
		return new SolverOptions(solver, timeLimit, seed, 0, 0.0);
	}

	public SolverOptions withSolver(SolverChoice value) {
		return new SolverOptions(value, timeLimit, seed, threads, relativeGapLimit);
	}

	public SolverOptions withTimeLimit(Duration value) {
		return new SolverOptions(solver, value, seed, threads, relativeGapLimit);
	}
}
