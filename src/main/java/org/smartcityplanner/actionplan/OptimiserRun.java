package org.smartcityplanner.actionplan;

import java.time.Instant;

import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;

/**
 * A saved optimiser run.
 *
 * @param id run id
 * @param label its name
 * @param basedOn the run it changed (what-if), or {@code null}
 * @param state where it is
 * @param outcome the optimiser's status once done, else {@code null}
 * @param objective the portfolio's total score once done, else {@code null}
 * @param solverVersion the solver and its version once done
 * @param timeLimitSeconds the solver's time limit
 * @param seed the random seed
 * @param inputs what it was given
 * @param result the optimiser's answer once done, else {@code null}
 * @param greedy the greedy baseline on the same inputs once done, else {@code null}
 * @param failure why it failed (state FAILED), else {@code null}
 * @param createdAt when it was requested
 * @param createdBy who requested it
 */
public record OptimiserRun(long id, String label, Long basedOn, RunState state,
		org.smartcityplanner.actionplan.optimiser.model.RunStatus outcome, java.math.BigDecimal objective,
		String solverVersion, int timeLimitSeconds, long seed, RunInputs inputs,
		PortfolioResult result, PortfolioResult greedy, String failure, Instant createdAt, String createdBy) {

	/** Whether it is still waiting or running. */
	public boolean pending() {
		return state == RunState.QUEUED || state == RunState.RUNNING;
	}
}
