package org.smartcityplanner.actionplan.internal.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.actionplan.internal.solver.PortfolioVariables.Mode;
import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.FixedFunding;
import org.smartcityplanner.actionplan.optimiser.model.Funding;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.ProjectFunding;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;

/**
 * The portfolio problem as an integer linear model.
 * <ul>
 * <li>{@code x[p,k]} (0/1): candidate p starts at its k-th allowed start year; at most one per candidate,
 * exactly one when mandatory.</li>
 * <li>{@code f[p,r,y]} (integer money units): what eligible source r pays candidate p in year y, only for
 * candidates with two or more eligible sources and no fixed split; per year they add up to the cost of the
 * chosen start, per source they stay within the share and cap bounds. With one eligible source, or a fixed
 * split, the funding is a constant times {@code x} and needs no variable.</li>
 * <li>Envelope rows per source and year; exclusive groups as set packing; a dependency B→A as "B started by
 * year t implies A started by year t" for every start year t of B (so A is funded and starts no later);
 * minimum counts and budget shares as linear rows over the selection.</li>
 * </ul>
 * Money is divided by the greatest common divisor of all amounts: costs, envelopes, fixed splits and the least
 * and most each source pays a project (shares rounded to satang, caps) — usually whole thousands of baht. Every
 * bound of the model is then a whole number of units, which keeps CP-SAT's coefficients and domains small and
 * makes the greedy hint (a max-flow on the same numbers) a whole number of units too. Funding is split in whole
 * units: exact with up to two sources (the split is then a network flow, checked against brute force); with
 * more sources a split finer than the unit could in theory fit where no split in whole units does. Scores are
 * in thousandths.
 * <p>
 * The pieces: {@link PortfolioVariables} (the variables and each candidate's own rows), {@link EnvelopeRows},
 * {@link GroupAndDependencyRows} and {@link MinimumRows}; this class assembles them in a fixed order, and encodes
 * and decodes portfolios.
 */
final class PortfolioFormulation {

	private final PortfolioProblem problem;
	private final LinearModel model;
	private final long unit;
	private final PortfolioVariables variables;

	PortfolioFormulation(PortfolioProblem problem, Set<ConstraintRef> relaxed, boolean withObjective) {
		this(problem, relaxed, withObjective, Map.of(), Set.of());
	}

	/**
	 * @param fixedIn projects that must be funded, each at the given start year
	 * @param fixedOut projects that may not be funded (the others are free)
	 */
	private PortfolioFormulation(PortfolioProblem problem, Set<ConstraintRef> relaxed, boolean withObjective,
			Map<String, Integer> fixedIn, Set<String> fixedOut) {
		this.problem = problem;
		this.unit = moneyUnit(problem);
		this.model = new LinearModel(Math.max(1, floatingMoneyScale(problem) / (double) unit));
		// the order of variables and rows is the model's identity for the solvers: selection (with each candidate's
		// funding split) first, then envelopes, groups, dependencies and minimums
		this.variables = new PortfolioVariables(problem, relaxed, model, unit, withObjective, fixedIn, fixedOut);
		EnvelopeRows.add(problem, relaxed, variables, model, unit);
		GroupAndDependencyRows.add(problem, relaxed, variables, model);
		MinimumRows.add(problem, relaxed, variables, model, unit);
	}

	LinearModel model() {
		return model;
	}

	long unit() {
		return unit;
	}

	/** Variable values that encode a portfolio (a hint for the solver), ignoring what does not fit the model. */
	long[] encode(List<SelectedProject> portfolio) {
		long[] values = new long[model.variableCount()];
		for (SelectedProject s : portfolio) {
			Integer p = variables.index(s.projectId());
			if (p == null) {
				continue;
			}
			int[] startYears = variables.startYears(p);
			for (int k = 0; k < startYears.length; k++) {
				if (startYears[k] == s.startYear()) {
					values[variables.startVars(p)[k]] = 1;
				}
			}
			if (variables.mode(p) == Mode.MULTI) {
				List<FundingRule> rules = variables.rules(p);
				for (int r = 0; r < rules.size(); r++) {
					for (int y = 0; y < problem.years(); y++) {
						int v = variables.fundingVar(p, r, y);
						if (v >= 0) {
							long amount = s.amount(rules.get(r).sourceCode(), problem.firstYear() + y) / unit;
							values[v] = Math.min(amount, model.upperBound(v));
						}
					}
				}
			}
		}
		return values;
	}

	/** The same problem with exactly this selection (to split a given portfolio's money in whole units). */
	PortfolioFormulation fixed(Map<String, Integer> starts) {
		Set<String> others = new HashSet<>();
		problem.candidates().forEach(c -> others.add(c.projectId()));
		others.removeAll(starts.keySet());
		return new PortfolioFormulation(problem, Set.of(), false, starts, others);
	}

	/** The same problem and objective with some projects fixed in (at a start year) and some fixed out. */
	PortfolioFormulation restricted(Map<String, Integer> in, Set<String> out) {
		return new PortfolioFormulation(problem, Set.of(), true, in, out);
	}

	/** How much of each candidate a (fractional) solution selects: the sum of its start variables. */
	Map<String, Double> selectionWeights(double[] values) {
		Map<String, Double> weights = new HashMap<>();
		for (int p = 0; p < variables.candidateCount(); p++) {
			double sum = 0;
			for (int v : variables.startVars(p)) {
				sum += values[v];
			}
			weights.put(problem.candidates().get(p).projectId(), sum);
		}
		return weights;
	}

	/**
	 * Projects a fractional solution selects fully at one start year (a project spread over several start years
	 * is left out: fixing it to one of them could break what the fractional solution relied on).
	 */
	Map<String, Integer> roundedStarts(double[] values) {
		Map<String, Integer> starts = new HashMap<>();
		for (int p = 0; p < variables.candidateCount(); p++) {
			int[] startVars = variables.startVars(p);
			for (int k = 0; k < startVars.length; k++) {
				if (values[startVars[k]] > 1 - 1e-6) {
					starts.put(problem.candidates().get(p).projectId(), variables.startYears(p)[k]);
				}
			}
		}
		return starts;
	}

	/** The portfolio encoded by a solution's variable values. */
	List<SelectedProject> decode(long[] values) {
		var portfolio = new ArrayList<SelectedProject>();
		for (int p = 0; p < variables.candidateCount(); p++) {
			Candidate c = problem.candidates().get(p);
			int[] startYears = variables.startYears(p);
			for (int k = 0; k < startYears.length; k++) {
				if (values[variables.startVars(p)[k]] == 1) {
					portfolio.add(new SelectedProject(c.projectId(), startYears[k], funding(p, c, startYears[k],
							values)));
				}
			}
		}
		return portfolio;
	}

	private List<Funding> funding(int p, Candidate c, int start, long[] values) {
		var funding = new ArrayList<Funding>();
		List<FundingRule> rules = variables.rules(p);
		switch (variables.mode(p)) {
			case SINGLE -> {
				for (int i = 0; i < c.duration(); i++) {
					if (c.costProfile().get(i) > 0) {
						funding.add(new Funding(rules.get(0).sourceCode(), start + i, c.costProfile().get(i)));
					}
				}
			}
			case FIXED -> {
				for (FixedFunding part : c.fixedFunding()) {
					if (part.satang() > 0) {
						funding.add(new Funding(part.sourceCode(), start + part.yearIndex(), part.satang()));
					}
				}
			}
			case MULTI -> {
				for (int r = 0; r < rules.size(); r++) {
					for (int y = 0; y < problem.years(); y++) {
						int v = variables.fundingVar(p, r, y);
						if (v >= 0 && values[v] > 0) {
							funding.add(new Funding(rules.get(r).sourceCode(), problem.firstYear() + y,
									values[v] * unit));
						}
					}
				}
			}
			default -> {
			}
		}
		return funding;
	}

	/** Greatest common divisor of every amount of the problem (at least 1 satang). */
	static long moneyUnit(PortfolioProblem problem) {
		long g = 0;
		for (Candidate c : problem.candidates()) {
			for (long cost : c.costProfile()) {
				g = LinearModel.gcd(g, cost);
			}
			for (FixedFunding part : c.fixedFunding()) {
				g = LinearModel.gcd(g, part.satang());
			}
			long total = c.totalCost();
			for (FundingRule rule : c.fundingRules()) {
				// the bounds a source pays (shares rounded to satang, caps) must be whole units too
				g = LinearModel.gcd(g, ProjectFunding.minimumPayment(rule, total));
				long most = ProjectFunding.maximumPayment(rule, total);
				if (most < total) {
					g = LinearModel.gcd(g, most);
				}
			}
		}
		for (BudgetSource source : problem.sources()) {
			for (long envelope : source.envelopeByYear().values()) {
				g = LinearModel.gcd(g, envelope);
			}
		}
		return Math.max(g, 1);
	}

	/**
	 * The satang one floating-point unit of money stands for: a power of ten that brings the largest project's
	 * cost to between 1,000 and 10,000 (e.g. ten thousand baht when projects cost tens of millions).
	 */
	static double floatingMoneyScale(PortfolioProblem problem) {
		long largest = 1;
		for (Candidate c : problem.candidates()) {
			largest = Math.max(largest, c.totalCost());
		}
		return Math.pow(10, Math.max(0, (int) Math.floor(Math.log10(largest)) - 3));
	}

	/** An upper bound no engine is needed for: the score of every candidate that can be funded, in thousandths. */
	double scoreCeiling() {
		long sum = 0;
		for (int p = 0; p < variables.candidateCount(); p++) {
			long best = 0;
			for (int v : variables.startVars(p)) {
				if (model.upperBound(v) > 0) {
					best = Math.max(best, model.objective(v));
				}
			}
			sum += best;
		}
		return sum;
	}

	/** Total score of a portfolio, exact. */
	BigDecimal score(List<SelectedProject> portfolio) {
		BigDecimal sum = BigDecimal.ZERO;
		for (SelectedProject s : portfolio) {
			sum = sum.add(problem.candidates().get(variables.index(s.projectId())).score());
		}
		return sum;
	}
}
