package org.smartcityplanner.actionplan.internal.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.FixedFunding;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;

/**
 * One row per budget source and year of the period: what the source pays every candidate in that year stays within
 * its envelope. A relaxed envelope has no row.
 */
final class EnvelopeRows {

	private EnvelopeRows() {
	}

	static void add(PortfolioProblem problem, Set<ConstraintRef> relaxed, PortfolioVariables variables,
			LinearModel model, long unit) {
		for (BudgetSource source : problem.sources()) {
			for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
				if (relaxed.contains(ConstraintRef.envelope(source.code(), year))) {
					continue;
				}
				var vars = new ArrayList<Integer>();
				var coefs = new ArrayList<Long>();
				for (int p = 0; p < variables.candidateCount(); p++) {
					addFundingTerms(problem, variables, unit, p, source.code(), year, vars, coefs);
				}
				if (!vars.isEmpty()) {
					model.addRow(vars, coefs, LinearModel.NONE, source.envelope(year) / unit, LinearModel.Measure.MONEY);
				}
			}
		}
	}

	/** What the source pays candidate p in the year, as terms over the model's variables. */
	private static void addFundingTerms(PortfolioProblem problem, PortfolioVariables variables, long unit, int p,
			String sourceCode, int year, List<Integer> vars, List<Long> coefs) {
		Candidate c = problem.candidates().get(p);
		int[] startYears = variables.startYears(p);
		int[] startVars = variables.startVars(p);
		switch (variables.mode(p)) {
			case SINGLE -> {
				if (variables.rules(p).get(0).sourceCode().equals(sourceCode)) {
					for (int k = 0; k < startYears.length; k++) {
						long cost = c.costIn(year, startYears[k]) / unit;
						if (cost > 0) {
							vars.add(startVars[k]);
							coefs.add(cost);
						}
					}
				}
			}
			case FIXED -> {
				for (int k = 0; k < startYears.length; k++) {
					long amount = 0;
					for (FixedFunding part : c.fixedFunding()) {
						if (part.sourceCode().equals(sourceCode) && startYears[k] + part.yearIndex() == year) {
							amount += part.satang();
						}
					}
					if (amount > 0) {
						vars.add(startVars[k]);
						coefs.add(amount / unit);
					}
				}
			}
			case MULTI -> {
				for (int r = 0; r < variables.rules(p).size(); r++) {
					if (variables.rules(p).get(r).sourceCode().equals(sourceCode)) {
						int v = variables.fundingVar(p, r, year - problem.firstYear());
						if (v >= 0) {
							vars.add(v);
							coefs.add(1L);
						}
					}
				}
			}
			default -> {
			}
		}
	}
}
