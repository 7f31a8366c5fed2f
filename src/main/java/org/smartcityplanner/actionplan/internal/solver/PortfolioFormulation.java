package org.smartcityplanner.actionplan.internal.solver;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.FixedFunding;
import org.smartcityplanner.actionplan.optimiser.model.Funding;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
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
 */
final class PortfolioFormulation {

	enum Mode {
		IMPOSSIBLE, SINGLE, MULTI, FIXED
	}

	private final PortfolioProblem problem;
	private final Set<ConstraintRef> relaxed;
	private final LinearModel model = new LinearModel();
	private final long unit;
	private final int candidateCount;
	private final Mode[] modes;
	private final int[][] startYears;
	private final int[][] startVars;
	private final List<List<FundingRule>> rules = new ArrayList<>();
	/** For MULTI candidates: [rule][year offset in the period] → variable, -1 when none. */
	private final int[][][] fundingVars;
	private final Map<String, Integer> indexById = new HashMap<>();
	private final Map<String, Integer> fixedIn;
	private final Set<String> fixedOut;

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
		this.fixedIn = fixedIn;
		this.fixedOut = fixedOut;
		this.relaxed = relaxed;
		this.unit = moneyUnit(problem);
		this.candidateCount = problem.candidates().size();
		this.modes = new Mode[candidateCount];
		this.startYears = new int[candidateCount][];
		this.startVars = new int[candidateCount][];
		this.fundingVars = new int[candidateCount][][];
		for (int p = 0; p < candidateCount; p++) {
			Candidate c = problem.candidates().get(p);
			indexById.put(c.projectId(), p);
			addSelection(p, c, withObjective);
		}
		addEnvelopes();
		addExclusiveGroups();
		addDependencies();
		addMinimums();
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
			Integer p = indexById.get(s.projectId());
			if (p == null) {
				continue;
			}
			for (int k = 0; k < startYears[p].length; k++) {
				if (startYears[p][k] == s.startYear()) {
					values[startVars[p][k]] = 1;
				}
			}
			if (modes[p] == Mode.MULTI) {
				for (int r = 0; r < rules.get(p).size(); r++) {
					for (int y = 0; y < problem.years(); y++) {
						int v = fundingVars[p][r][y];
						if (v >= 0) {
							long amount = s.amount(rules.get(p).get(r).sourceCode(), problem.firstYear() + y) / unit;
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
		Set<String> others = new java.util.HashSet<>();
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
		for (int p = 0; p < candidateCount; p++) {
			double sum = 0;
			for (int v : startVars[p]) {
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
		for (int p = 0; p < candidateCount; p++) {
			for (int k = 0; k < startVars[p].length; k++) {
				if (values[startVars[p][k]] > 1 - 1e-6) {
					starts.put(problem.candidates().get(p).projectId(), startYears[p][k]);
				}
			}
		}
		return starts;
	}

	/** The portfolio encoded by a solution's variable values. */
	List<SelectedProject> decode(long[] values) {
		var portfolio = new ArrayList<SelectedProject>();
		for (int p = 0; p < candidateCount; p++) {
			Candidate c = problem.candidates().get(p);
			for (int k = 0; k < startYears[p].length; k++) {
				if (values[startVars[p][k]] == 1) {
					portfolio.add(new SelectedProject(c.projectId(), startYears[p][k], funding(p, c, startYears[p][k],
							values)));
				}
			}
		}
		return portfolio;
	}

	private List<Funding> funding(int p, Candidate c, int start, long[] values) {
		var funding = new ArrayList<Funding>();
		switch (modes[p]) {
			case SINGLE -> {
				for (int i = 0; i < c.duration(); i++) {
					if (c.costProfile().get(i) > 0) {
						funding.add(new Funding(rules.get(p).get(0).sourceCode(), start + i, c.costProfile().get(i)));
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
				for (int r = 0; r < rules.get(p).size(); r++) {
					for (int y = 0; y < problem.years(); y++) {
						int v = fundingVars[p][r][y];
						if (v >= 0 && values[v] > 0) {
							funding.add(new Funding(rules.get(p).get(r).sourceCode(), problem.firstYear() + y,
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

	private void addSelection(int p, Candidate c, boolean withObjective) {
		List<FundingRule> eligible = ProjectFunding.eligibleRules(problem, c);
		rules.add(eligible);
		boolean coverable = !eligible.isEmpty() && ProjectFunding.rulesCanCoverCost(problem, c);
		modes[p] = !coverable ? Mode.IMPOSSIBLE
				: !c.fixedFunding().isEmpty() ? Mode.FIXED : eligible.size() == 1 ? Mode.SINGLE : Mode.MULTI;
		int windows = c.latestStart() - c.earliestStart() + 1;
		startYears[p] = new int[windows];
		startVars[p] = new int[windows];
		long score = c.score().movePointRight(3).setScale(0, java.math.RoundingMode.UNNECESSARY).longValueExact();
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
				model.addRow(vars, coefs, 0, 0);
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
		model.addRow(vars, coefs, lower, upper);
	}

	private long maxCostIn(int p, Candidate c, int year) {
		long max = 0;
		for (int start : startYears[p]) {
			max = Math.max(max, c.costIn(year, start));
		}
		return max;
	}

	private void addEnvelopes() {
		for (BudgetSource source : problem.sources()) {
			for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
				if (relaxed.contains(ConstraintRef.envelope(source.code(), year))) {
					continue;
				}
				var vars = new ArrayList<Integer>();
				var coefs = new ArrayList<Long>();
				for (int p = 0; p < candidateCount; p++) {
					addFundingTerms(p, source.code(), year, vars, coefs);
				}
				if (!vars.isEmpty()) {
					model.addRow(vars, coefs, LinearModel.NONE, source.envelope(year) / unit);
				}
			}
		}
	}

	private void addFundingTerms(int p, String sourceCode, int year, List<Integer> vars, List<Long> coefs) {
		Candidate c = problem.candidates().get(p);
		switch (modes[p]) {
			case SINGLE -> {
				if (rules.get(p).get(0).sourceCode().equals(sourceCode)) {
					for (int k = 0; k < startYears[p].length; k++) {
						long cost = c.costIn(year, startYears[p][k]) / unit;
						if (cost > 0) {
							vars.add(startVars[p][k]);
							coefs.add(cost);
						}
					}
				}
			}
			case FIXED -> {
				for (int k = 0; k < startYears[p].length; k++) {
					long amount = 0;
					for (FixedFunding part : c.fixedFunding()) {
						if (part.sourceCode().equals(sourceCode) && startYears[p][k] + part.yearIndex() == year) {
							amount += part.satang();
						}
					}
					if (amount > 0) {
						vars.add(startVars[p][k]);
						coefs.add(amount / unit);
					}
				}
			}
			case MULTI -> {
				for (int r = 0; r < rules.get(p).size(); r++) {
					if (rules.get(p).get(r).sourceCode().equals(sourceCode)) {
						int v = fundingVars[p][r][year - problem.firstYear()];
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

	private void addExclusiveGroups() {
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			if (relaxed.contains(ConstraintRef.exclusiveGroup(group.groupId()))) {
				continue;
			}
			var vars = new ArrayList<Integer>();
			var coefs = new ArrayList<Long>();
			for (String id : group.projectIds()) {
				for (int v : startVars[indexById.get(id)]) {
					vars.add(v);
					coefs.add(1L);
				}
			}
			model.addRow(vars, coefs, LinearModel.NONE, 1);
		}
	}

	private void addDependencies() {
		for (Dependency d : problem.dependencies()) {
			if (relaxed.contains(ConstraintRef.dependency(d))) {
				continue;
			}
			int b = indexById.get(d.projectId());
			int a = indexById.get(d.requiredProjectId());
			for (int t : startYears[b]) {
				var vars = new ArrayList<Integer>();
				var coefs = new ArrayList<Long>();
				for (int k = 0; k < startYears[b].length; k++) {
					if (startYears[b][k] <= t) {
						vars.add(startVars[b][k]);
						coefs.add(1L);
					}
				}
				for (int k = 0; k < startYears[a].length; k++) {
					if (startYears[a][k] <= t) {
						vars.add(startVars[a][k]);
						coefs.add(-1L);
					}
				}
				model.addRow(vars, coefs, LinearModel.NONE, 0);
			}
		}
	}

	private void addMinimums() {
		for (Minimum m : problem.minimums()) {
			if (relaxed.contains(m.ref())) {
				continue;
			}
			if (m.minCount() > 0) {
				var vars = new ArrayList<Integer>();
				var coefs = new ArrayList<Long>();
				for (int p = 0; p < candidateCount; p++) {
					if (m.covers(problem.candidates().get(p))) {
						for (int v : startVars[p]) {
							vars.add(v);
							coefs.add(1L);
						}
					}
				}
				model.addRow(vars, coefs, m.minCount(), LinearModel.NONE);
			}
			if (m.minBudgetShareBasisPoints() > 0) {
				addMinimumShare(m);
			}
		}
	}

	/** covered cost * 10,000 >= share * total cost, over funded projects. */
	private void addMinimumShare(Minimum m) {
		long share = m.minBudgetShareBasisPoints();
		var vars = new ArrayList<Integer>();
		var coefs = new ArrayList<Long>();
		for (int p = 0; p < candidateCount; p++) {
			Candidate c = problem.candidates().get(p);
			long cost = c.totalCost() / unit;
			long coefficient = m.covers(c) ? (FundingRule.ALL - share) * cost : -share * cost;
			if (coefficient != 0) {
				for (int v : startVars[p]) {
					vars.add(v);
					coefs.add(coefficient);
				}
			}
		}
		model.addRow(vars, coefs, 0, LinearModel.NONE);
	}

	private long envelope(String sourceCode, int year) {
		for (BudgetSource source : problem.sources()) {
			if (source.code().equals(sourceCode)) {
				return source.envelope(year);
			}
		}
		return 0;
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

	/** Total score of a portfolio, exact. */
	BigDecimal score(List<SelectedProject> portfolio) {
		BigDecimal sum = BigDecimal.ZERO;
		for (SelectedProject s : portfolio) {
			sum = sum.add(problem.candidates().get(indexById.get(s.projectId())).score());
		}
		return sum;
	}
}
