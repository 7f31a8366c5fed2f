package org.smartcityplanner.actionplan.internal;

import org.smartcityplanner.actionplan.optimiser.model.GreedyPortfolio;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.springframework.stereotype.Component;

/** The simple greedy selection by score per baht, shown next to the optimiser's answer. */
@Component
class GreedyBaseline {

	/** The greedy portfolio on the same problem. */
	PortfolioResult solve(PortfolioProblem problem) {
		return GreedyPortfolio.select(problem);
	}
}
