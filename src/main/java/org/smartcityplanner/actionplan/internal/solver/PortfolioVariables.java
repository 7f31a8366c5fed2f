package org.smartcityplanner.actionplan.internal.solver;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.ProjectFunding;

/**
 * The variables of {@link PortfolioFormulation} and the rows that belong to one candidate: its start variables
 * {@code x[p,k]} with "at most one start" (exactly one when mandatory), and for a candidate funded by two or more
 * eligible sources without a fixed split its funding variables {@code f[p,r,y]} with the per-year cost and
 * per-source share and cap rows. Candidates are added in the problem's order, so the model's variables and rows
 * come out in the same order every time.
 */
final class PortfolioVariables {

	/** How a candidate's money appears in the model. */
	enum Mode {
		/** No eligible source can cover it: its start variables are fixed to 0. */
		IMPOSSIBLE,
		/** One eligible source pays everything: a constant times {@code x}. */
		SINGLE,
		/** Several eligible sources: funding variables. */
		MULTI,
		/** A fixed split: a constant times {@code x}. */
		FIXED
	}

	private final PortfolioProblem problem;
	private final Set<ConstraintRef> relaxed;
	private final LinearModel model;
	private final long unit;
	private final Mode[] modes;
	private final int[][] startYears;
	private final int[][] startVars;
	private final List<List<FundingRule>> rules = new ArrayList<>();
	/** For MULTI candidates: [rule][year offset in the period] → variable, -1 when none. */
	private final int[][][] fundingVars;
	private final Map<String, Integer> indexById = new HashMap<>();
	private final Map<String, Integer> fixedIn;
	private final Set<String> fixedOut;

	/**
	 * @param fixedIn projects that must be funded, each at the given start year
	 * @param fixedOut projects that may not be funded (the others are free)
	 */
	PortfolioVariables(PortfolioProblem problem, Set<ConstraintRef> relaxed, LinearModel model, long unit,
			boolean withObjective, Map<String, Integer> fixedIn, Set<String> fixedOut) {
		this.problem = problem;
		this.relaxed = relaxed;
		this.model = model;
		this.unit = unit;
		this.fixedIn = fixedIn;
		this.fixedOut = fixedOut;
		int candidateCount = problem.candidates().size();
		this.modes = new Mode[candidateCount];
		this.startYears = new int[candidateCount][];
		this.startVars = new int[candidateCount][];
		this.fundingVars = new int[candidateCount][][];
		for (int p = 0; p < candidateCount; p++) {
			Candidate c = problem.candidates().get(p);
			indexById.put(c.projectId(), p);
			addSelection(p, c, withObjective);
		}
	}

	int candidateCount() {
		return modes.length;
	}

	/** The candidate's index, or null when the problem has no such candidate. */
	Integer index(String projectId) {
		return indexById.get(projectId);
	}

	Mode mode(int p) {
		return modes[p];
	}

	/** The start years candidate p may start in, in order; {@link #startVars(int)} has the same order. */
	int[] startYears(int p) {
		return startYears[p];
	}

	int[] startVars(int p) {
		return startVars[p];
	}

	/** The funding rules of the sources eligible for candidate p, in the order of its funding variables. */
	List<FundingRule> rules(int p) {
		return rules.get(p);
	}

	/** The funding variable of a MULTI candidate for a rule and a year offset, -1 when none. */
	int fundingVar(int p, int rule, int yearOffset) {
		return fundingVars[p][rule][yearOffset];
	}

	private void addSelection(int p, Candidate c, boolean withObjective) {
		List<FundingRule> eligible = ProjectFunding.eligibleRules(problem, c);
		rules.add(eligible);
		boolean coverable = !eligible.isEmpty() && ProjectFunding.rulesCanCoverCost(problem, c);
		modes[p] = !coverable ? Mode.IMPOSSIBLE
				: !c.fixedFunding().isEmpty() ? Mode.FIXED : eligible.size() == 1 ? Mode.SINGLE : Mode.MULTI;
		int windows = c.latestStart() - c.earliestStart() + 1;
		startYears[p] = new int[windows];
		startVars[p] = new int[windows];
		long score = c.score().movePointRight(3).setScale(0, RoundingMode.UNNECESSARY).longValueExact();
		var vars = new ArrayList<Integer>();
		var ones = new ArrayList<Long>();
		for (int k = 0; k < windows; k++) {
			startYears[p][k] = c.earliestStart() + k;
			long upper = modes[p] == Mode.IMPOSSIBLE ? 0 : 1;
			long lower = 0;
			Integer fixedStart = fixedIn.get(c.projectId());
			if (fixedStart != null) {
				lower = fixedStart == startYears[p][k] ? 1 : 0;
				upper = Math.min(upper, lower);
			}
			else if (fixedOut.contains(c.projectId())) {
				upper = 0;
			}
			startVars[p][k] = model.addVariable(lower, upper);
			if (withObjective) {
				model.setObjective(startVars[p][k], score);
			}
			vars.add(startVars[p][k]);
			ones.add(1L);
		}
		boolean mandatory = c.mandatory() && !relaxed.contains(ConstraintRef.mandatory(c.projectId()));
		model.addRow(vars, ones, mandatory ? 1 : LinearModel.NONE, 1);
		if (modes[p] == Mode.MULTI) {
			addFundingSplit(p, c, eligible);
		}
	}

	private void addFundingSplit(int p, Candidate c, List<FundingRule> eligible) {
		int years = problem.years();
		long total = c.totalCost();
		fundingVars[p] = new int[eligible.size()][years];
		for (int r = 0; r < eligible.size(); r++) {
			FundingRule rule = eligible.get(r);
			long maxUnits = ProjectFunding.maximumPayment(rule, total) / unit;
			var sourceVars = new ArrayList<Integer>();
			var sourceCoefs = new ArrayList<Long>();
			for (int y = 0; y < years; y++) {
				long maxCost = maxCostIn(p, c, problem.firstYear() + y) / unit;
				long upper = Math.min(maxCost, maxUnits);
				if (!relaxed.contains(ConstraintRef.envelope(rule.sourceCode(), problem.firstYear() + y))) {
					upper = Math.min(upper, envelope(rule.sourceCode(), problem.firstYear() + y) / unit);
				}
				fundingVars[p][r][y] = upper > 0 ? model.addVariable(0, upper) : -1;
				if (upper > 0) {
					model.markSplittable(fundingVars[p][r][y]);
				}
				if (fundingVars[p][r][y] >= 0) {
					sourceVars.add(fundingVars[p][r][y]);
					sourceCoefs.add(1L);
				}
			}
			long minUnits = -Math.floorDiv(-ProjectFunding.minimumPayment(rule, total), unit);
			if (minUnits > 0) {
				rowWithSelection(p, sourceVars, sourceCoefs, -minUnits, 0, LinearModel.NONE);
			}
			if (maxUnits < total / unit) {
				rowWithSelection(p, sourceVars, sourceCoefs, -maxUnits, LinearModel.NONE, 0);
			}
		}
		for (int y = 0; y < years; y++) {
			int year = problem.firstYear() + y;
			var vars = new ArrayList<Integer>();
			var coefs = new ArrayList<Long>();
			for (int r = 0; r < eligible.size(); r++) {
				if (fundingVars[p][r][y] >= 0) {
					vars.add(fundingVars[p][r][y]);
					coefs.add(1L);
				}
			}
			for (int k = 0; k < startYears[p].length; k++) {
				long cost = c.costIn(year, startYears[p][k]) / unit;
				if (cost != 0) {
					vars.add(startVars[p][k]);
					coefs.add(-cost);
				}
			}
			if (!vars.isEmpty()) {
				model.addRow(vars, coefs, 0, 0, LinearModel.Measure.MONEY);
			}
		}
	}

	/** Adds a row over the given terms plus {@code selectionCoefficient} times the selection of p. */
	private void rowWithSelection(int p, List<Integer> baseVars, List<Long> baseCoefs, long selectionCoefficient,
			long lower, long upper) {
		var vars = new ArrayList<>(baseVars);
		var coefs = new ArrayList<>(baseCoefs);
		for (int k = 0; k < startVars[p].length; k++) {
			vars.add(startVars[p][k]);
			coefs.add(selectionCoefficient);
		}
		model.addRow(vars, coefs, lower, upper, LinearModel.Measure.MONEY);
	}

	private long maxCostIn(int p, Candidate c, int year) {
		long max = 0;
		for (int start : startYears[p]) {
			max = Math.max(max, c.costIn(year, start));
		}
		return max;
	}

	private long envelope(String sourceCode, int year) {
		for (BudgetSource source : problem.sources()) {
			if (source.code().equals(sourceCode)) {
				return source.envelope(year);
			}
		}
		return 0;
	}
}
