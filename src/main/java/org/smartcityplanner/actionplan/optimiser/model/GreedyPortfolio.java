package org.smartcityplanner.actionplan.optimiser.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The simple baseline users know from spreadsheets: take mandatory projects first, then the others by score per
 * baht (best first), each at its earliest start year that fits the money left, its dependencies and its
 * exclusive group. Minimums are not pursued; the result lists those it leaves unmet. Shown side by side with
 * the optimiser's portfolio, and used as the solver's starting hint.
 */
public final class GreedyPortfolio {

	/** Name reported as the solver of the greedy result. */
	public static final String NAME = "greedy";

	private GreedyPortfolio() {
	}

	/** Score per baht ordering: mandatory first, then higher score per satang, then id. */
	static Comparator<Candidate> order() {
		return Comparator.comparing((Candidate c) -> !c.mandatory())
			.thenComparing(GreedyPortfolio::scorePerSatang, Comparator.reverseOrder())
			.thenComparing(Candidate::projectId);
	}

	/** Score per satang of total cost (a free project ranks first). */
	public static BigDecimal scorePerSatang(Candidate candidate) {
		long cost = candidate.totalCost();
		return cost == 0 ? BigDecimal.valueOf(Long.MAX_VALUE)
				: candidate.score().divide(BigDecimal.valueOf(cost), MathContext.DECIMAL64);
	}

	/** The greedy portfolio with explanations; an invalid problem gives an INVALID result. */
	public static PortfolioResult select(PortfolioProblem problem) {
		long started = System.nanoTime();
		List<InputProblem> problems = ProblemValidator.validate(problem);
		if (!problems.isEmpty()) {
			return PortfolioResult.invalid(RunStatus.INVALID, NAME, "1", Duration.ofNanos(System.nanoTime() - started),
					problem.options(), problems);
		}
		List<SelectedProject> portfolio = portfolio(problem);
		List<ConstraintRef> unmet = PortfolioChecker.violations(problem, portfolio);
		BigDecimal objective = PortfolioChecker.candidatesById(problem).entrySet().stream()
			.filter(e -> portfolio.stream().anyMatch(s -> s.projectId().equals(e.getKey())))
			.map(e -> e.getValue().score())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		var explained = SolutionExplainer.explain(problem, portfolio, RunStatus.FEASIBLE);
		return new PortfolioResult(RunStatus.FEASIBLE, objective, null, Double.NaN, NAME, "1",
				Duration.ofNanos(System.nanoTime() - started), problem.options(), portfolio, explained.exclusions(),
				explained.envelopeUse(), explained.binding(), List.of(), List.of(), unmet);
	}

	/** Only the greedy portfolio (no explanations): the solver's starting hint. */
	public static List<SelectedProject> portfolio(PortfolioProblem problem) {
		return extend(problem, List.of(), false, byScorePerBaht(problem));
	}

	/**
	 * Greedy in a given order (e.g. by a linear relaxation's values): each candidate at its earliest start year
	 * that fits; minimums are not pursued.
	 */
	public static List<SelectedProject> inOrder(PortfolioProblem problem, List<Candidate> order) {
		return extend(problem, List.of(), false, order);
	}

	private static List<Candidate> byScorePerBaht(PortfolioProblem problem) {
		List<Candidate> ordered = new ArrayList<>(problem.candidates());
		ordered.sort(order());
		return ordered;
	}

	/**
	 * Adds to a valid portfolio every candidate that still fits (money left, dependencies, exclusive groups),
	 * best score per baht first, without breaking a budget-share minimum the portfolio meets. Run after a
	 * solver that stopped at its time limit: it only ever adds score.
	 */
	public static List<SelectedProject> fill(PortfolioProblem problem, List<SelectedProject> portfolio) {
		return extend(problem, portfolio, true, byScorePerBaht(problem));
	}

	private static List<SelectedProject> extend(PortfolioProblem problem, List<SelectedProject> start,
			boolean keepShareMinimums, List<Candidate> ordered) {
		var remaining = new HashMap<String, Long>();
		for (BudgetSource source : problem.sources()) {
			for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
				remaining.put(source.code() + "@" + year, source.envelope(year));
			}
		}
		Map<String, SelectedProject> chosen = new HashMap<>();
		List<SelectedProject> portfolio = new ArrayList<>();
		var shares = new ShareTracker(problem);
		var place = (java.util.function.Consumer<SelectedProject>) s -> {
			chosen.put(s.projectId(), s);
			portfolio.add(s);
			shares.add(s.projectId());
			for (Funding f : s.funding()) {
				remaining.merge(f.sourceCode() + "@" + f.fiscalYear(), -f.satang(), Long::sum);
			}
		};
		start.forEach(place);
		// a second pass picks up projects whose required project was only chosen later in the first pass
		for (int pass = 0; pass < 2; pass++) {
			for (Candidate c : ordered) {
				if (chosen.containsKey(c.projectId()) || c.score().signum() == 0 && !c.mandatory()
						|| blockedByGroup(problem, c, chosen)
						|| keepShareMinimums && !shares.keepsMinimumsWith(c)) {
					continue;
				}
				tryPlace(problem, c, chosen, remaining).ifPresent(place);
			}
		}
		return portfolio;
	}

	/** Covered and total cost per budget-share minimum, to check cheaply that an addition keeps them met. */
	private static final class ShareTracker {

		private final PortfolioProblem problem;
		private final Map<String, Candidate> byId;
		private final long[] covered;
		private long total;

		ShareTracker(PortfolioProblem problem) {
			this.problem = problem;
			this.byId = PortfolioChecker.candidatesById(problem);
			this.covered = new long[problem.minimums().size()];
		}

		void add(String projectId) {
			Candidate c = byId.get(projectId);
			total += c.totalCost();
			for (int m = 0; m < covered.length; m++) {
				if (problem.minimums().get(m).covers(c)) {
					covered[m] += c.totalCost();
				}
			}
		}

		boolean keepsMinimumsWith(Candidate c) {
			for (int m = 0; m < covered.length; m++) {
				Minimum minimum = problem.minimums().get(m);
				int share = minimum.minBudgetShareBasisPoints();
				long addCovered = minimum.covers(c) ? c.totalCost() : 0;
				if (share > 0 && PortfolioChecker.shareMet(covered[m], total, share)
						&& !PortfolioChecker.shareMet(covered[m] + addCovered, total + c.totalCost(), share)) {
					return false;
				}
			}
			return true;
		}
	}

	private static Optional<SelectedProject> tryPlace(PortfolioProblem problem, Candidate c,
			Map<String, SelectedProject> chosen, Map<String, Long> remaining) {
		int earliest = c.earliestStart();
		for (Dependency d : problem.dependencies()) {
			if (d.projectId().equals(c.projectId())) {
				SelectedProject required = chosen.get(d.requiredProjectId());
				if (required == null) {
					return Optional.empty();
				}
				earliest = Math.max(earliest, required.startYear());
			}
		}
		for (int start = earliest; start <= c.latestStart(); start++) {
			int year = start;
			var split = ProjectFunding.split(problem, c, year,
					(source, fy) -> remaining.getOrDefault(source + "@" + fy, 0L));
			if (split.isPresent()) {
				return Optional.of(new SelectedProject(c.projectId(), start, split.get()));
			}
		}
		return Optional.empty();
	}

	private static boolean blockedByGroup(PortfolioProblem problem, Candidate c, Map<String, SelectedProject> chosen) {
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			if (group.projectIds().contains(c.projectId())
					&& group.projectIds().stream().anyMatch(chosen::containsKey)) {
				return true;
			}
		}
		return false;
	}
}
