package org.smartcityplanner.actionplan.optimiser.model;

/**
 * Port to a solver that chooses a portfolio of projects and their funding: which candidates to fund, in which
 * fiscal year each starts and how much each budget source pays in each fiscal year, maximising the total
 * weighted score subject to every rule in the {@link PortfolioProblem}.
 * <p>
 * Contract: an implementation never throws for bad input, an infeasible problem, a time-out or a solver
 * failure; it answers with a {@link PortfolioResult} whose {@link RunStatus} says which of those happened and
 * whose lists say why ({@link PortfolioResult#inputProblems()}, {@link PortfolioResult#conflict()},
 * {@link PortfolioResult#exclusions()}). Every funding amount it returns is whole satang, and every returned
 * portfolio satisfies all constraints of the problem.
 */
public interface PortfolioOptimiser {

	/**
	 * Solves the problem within {@code problem.options().timeLimit()} (plus the time needed to explain the
	 * answer, and for an infeasible problem to isolate a smallest conflicting set of constraints).
	 *
	 * @param problem the candidates, sources and rules; validated first
	 * @return the portfolio with status, objective, bound, gap, solver name and version, wall time and
	 *         explanations; never {@code null}
	 */
	PortfolioResult optimise(PortfolioProblem problem);
}
