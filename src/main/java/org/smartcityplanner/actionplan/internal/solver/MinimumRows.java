package org.smartcityplanner.actionplan.internal.solver;

import java.util.ArrayList;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;

/**
 * The minimums as linear rows over the selection: at least n funded projects of a dimension or area, and at least
 * a share of the funded projects' total cost going to it. A relaxed minimum has no rows.
 */
final class MinimumRows {

	private MinimumRows() {
	}

	static void add(PortfolioProblem problem, Set<ConstraintRef> relaxed, PortfolioVariables variables,
			LinearModel model, long unit) {
		for (Minimum m : problem.minimums()) {
			if (relaxed.contains(m.ref())) {
				continue;
			}
			if (m.minCount() > 0) {
				var vars = new ArrayList<Integer>();
				var coefs = new ArrayList<Long>();
				for (int p = 0; p < variables.candidateCount(); p++) {
					if (m.covers(problem.candidates().get(p))) {
						for (int v : variables.startVars(p)) {
							vars.add(v);
							coefs.add(1L);
						}
					}
				}
				model.addRow(vars, coefs, m.minCount(), LinearModel.NONE);
			}
			if (m.minBudgetShareBasisPoints() > 0) {
				addMinimumShare(problem, variables, model, unit, m);
			}
		}
	}

	/** covered cost * 10,000 >= share * total cost, over funded projects. */
	private static void addMinimumShare(PortfolioProblem problem, PortfolioVariables variables, LinearModel model,
			long unit, Minimum m) {
		long share = m.minBudgetShareBasisPoints();
		var vars = new ArrayList<Integer>();
		var coefs = new ArrayList<Long>();
		for (int p = 0; p < variables.candidateCount(); p++) {
			Candidate c = problem.candidates().get(p);
			long cost = c.totalCost() / unit;
			long coefficient = m.covers(c) ? (FundingRule.ALL - share) * cost : -share * cost;
			if (coefficient != 0) {
				for (int v : variables.startVars(p)) {
					vars.add(v);
					coefs.add(coefficient);
				}
			}
		}
		model.addRow(vars, coefs, 0, LinearModel.NONE, LinearModel.Measure.MONEY_SHARE);
	}
}
