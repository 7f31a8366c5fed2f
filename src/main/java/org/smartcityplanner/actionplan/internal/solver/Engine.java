package org.smartcityplanner.actionplan.internal.solver;

import java.time.Duration;

/** A solver engine that solves a {@link LinearModel}. */
interface Engine {

	/** What came out of one solve. */
	record Outcome(Kind kind, long[] values, double bound, String message) {

		enum Kind {
			OPTIMAL, FEASIBLE, INFEASIBLE, UNKNOWN, FAILED
		}

		static Outcome failed(String message) {
			return new Outcome(Kind.FAILED, null, Double.NaN, message);
		}
	}

	String name();

	String version();

	/**
	 * Solves the model within the time limit, which covers building the engine's own model too.
	 *
	 * @param hint a starting solution (may be infeasible), or {@code null}
	 * @param relativeGapLimit stop once the relative gap is at most this
	 */
	Outcome solve(LinearModel model, long[] hint, Duration timeLimit, long seed, int threads, double relativeGapLimit);
}
