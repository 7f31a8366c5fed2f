package org.smartcityplanner.actionplan;

import java.math.BigDecimal;
import java.util.Map;

import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.rules.Criterion;

/**
 * Everything a run was given, saved with it so it can be re-run and changed (what-if) later.
 *
 * @param problem the optimiser's problem
 * @param criterionScores each project's scores per criterion, so a weight change can re-score
 * @param weights the normalised weights the scores in the problem were computed with
 */
public record RunInputs(PortfolioProblem problem, Map<String, Map<Criterion, BigDecimal>> criterionScores,
		Map<Criterion, BigDecimal> weights) {
}
