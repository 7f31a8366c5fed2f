package org.smartcityplanner.actionplan.internal.solver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConflictSearch;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintKind;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.Funding;
import org.smartcityplanner.actionplan.optimiser.model.GreedyPortfolio;
import org.smartcityplanner.actionplan.optimiser.model.InputProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioOptimiser;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.ProblemCode;
import org.smartcityplanner.actionplan.optimiser.model.ProblemValidator;
import org.smartcityplanner.actionplan.optimiser.model.ProjectFunding;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;
import org.smartcityplanner.actionplan.optimiser.model.SolutionExplainer;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;
import org.smartcityplanner.actionplan.optimiser.model.SwapImprovement;
import org.springframework.stereotype.Component;

/**
 * The {@link PortfolioOptimiser} on Google OR-Tools: validates the input, builds one integer model
 * ({@link PortfolioFormulation}), solves it with CP-SAT or SCIP starting from the greedy portfolio, re-checks
 * the answer independently, explains it, and for an infeasible problem isolates a smallest conflicting set of
 * constraints with CP-SAT feasibility checks.
 */
@Component
public class OrToolsPortfolioOptimiser implements PortfolioOptimiser {

	private static final Logger log = LoggerFactory.getLogger(OrToolsPortfolioOptimiser.class);

	/**
	 * The engine {@link SolverChoice#AUTO} uses. Measured with OptimiserBenchmark on 2 cores: SCIP closes
	 * 2,000 candidates to about 0.1 % in 10 s where CP-SAT leaves about 30 % (see the benchmark's Javadoc).
	 */
	static final SolverChoice AUTO_CHOICE = SolverChoice.SCIP;

	private final Function<SolverChoice, Engine> engines;

	/** The optimiser on the OR-Tools engines. */
	public OrToolsPortfolioOptimiser() {
		this(choice -> {
			OrToolsNatives.load();
			return choice == SolverChoice.SCIP ? new ScipEngine() : new CpSatEngine();
		});
	}

	/** For tests: other engines (e.g. one that times out). */
	OrToolsPortfolioOptimiser(Function<SolverChoice, Engine> engines) {
		this.engines = engines;
	}

	@Override
	public PortfolioResult optimise(PortfolioProblem problem) {
		long started = System.nanoTime();
		SolverOptions options = problem.options();
		SolverChoice choice = options.solver() == SolverChoice.AUTO ? AUTO_CHOICE : options.solver();
		String name = choice == SolverChoice.SCIP ? "SCIP" : "CP-SAT";
		try {
			List<InputProblem> problems = ProblemValidator.validate(problem);
			if (!problems.isEmpty()) {
				return PortfolioResult.invalid(RunStatus.INVALID, name, "", elapsed(started), options, problems);
			}
			return solve(problem, engines.apply(choice), started);
		}
		catch (RuntimeException | LinkageError e) {
			log.warn("Portfolio optimiser failed", e);
			return PortfolioResult.invalid(RunStatus.SOLVER_FAILED, name, "", elapsed(started), options,
					List.of(InputProblem.of(ProblemCode.SOLVER_FAILURE, null, String.valueOf(e))));
		}
	}

	private PortfolioResult solve(PortfolioProblem problem, Engine engine, long started) {
		SolverOptions options = problem.options();
		List<ConstraintRef> impossible = impossibleMandatoryProjects(problem);
		if (!impossible.isEmpty()) {
			return infeasible(problem, engine, started, impossible);
		}
		var formulation = new PortfolioFormulation(problem, Set.of(), true);
		List<SelectedProject> best = validOrNull(problem, GreedyPortfolio.portfolio(problem));
		double lpBound = Double.NaN;
		Duration budget = solveBudget(problem, started);
		var guide = LpGuide.run(formulation, engine, budget.multipliedBy(45).dividedBy(100),
				budget.multipliedBy(15).dividedBy(100), options.seed());
		if (guide.isPresent()) {
			lpBound = guide.get().bound();
			List<SelectedProject> guided = guide.get().values()
				.map(values -> validOrNull(problem, repaired(problem, guide.get().neighbourhood().decode(values))))
				.orElse(null);
			best = better(formulation, best, guided);
		}
		long[] hint = best == null ? null : formulation.encode(best);
		long beforeSolve = System.nanoTime();
		Engine.Outcome outcome = engine.solve(formulation.model(), hint, solveBudget(problem, started), options.seed(),
				options.threads(), options.relativeGapLimit());
		log.debug("Portfolio of {} candidates: {} answered {} in {} ms after {} ms of preparation",
				problem.candidates().size(), engine.name(), outcome.kind(), (System.nanoTime() - beforeSolve) / 1_000_000,
				(beforeSolve - started) / 1_000_000);
		boolean proven = false;
		switch (outcome.kind()) {
			case OPTIMAL, FEASIBLE -> {
				List<SelectedProject> found = validOrNull(problem, repaired(problem, formulation.decode(outcome.values())));
				if (found == null) {
					log.warn("{} answered a portfolio that fails the independent check", engine.name());
				}
				proven = found != null && outcome.kind() == Engine.Outcome.Kind.OPTIMAL;
				best = proven ? found : better(formulation, best, found);
			}
			case INFEASIBLE -> {
				return infeasible(problem, engine, started, conflict(problem, started));
			}
			default -> log.debug("{} ended {}: {}", engine.name(), outcome.kind(), outcome.message());
		}
		if (best == null) {
			RunStatus status = outcome.kind() == Engine.Outcome.Kind.UNKNOWN ? RunStatus.TIMEOUT
					: RunStatus.SOLVER_FAILED;
			return PortfolioResult.invalid(status, engine.name(), engine.version(), elapsed(started), options,
					status == RunStatus.TIMEOUT ? List.of()
							: List.of(InputProblem.of(ProblemCode.SOLVER_FAILURE, null,
									"no portfolio passed the independent check: " + outcome.message())));
		}
		if (!proven) {
			best = improved(problem, best, started);
		}
		double engineBound = outcome.kind() == Engine.Outcome.Kind.FEASIBLE ? outcome.bound() : Double.NaN;
		return answer(problem, engine, formulation, best, proven,
				Math.min(nanToInfinity(engineBound), nanToInfinity(lpBound)), started);
	}

	/**
	 * The result for a verified portfolio; {@code boundThousandths} is the best upper bound known (infinite when
	 * none), ignored when the portfolio is proven optimal.
	 */
	private PortfolioResult answer(PortfolioProblem problem, Engine engine, PortfolioFormulation formulation,
			List<SelectedProject> portfolio, boolean proven, double boundThousandths, long started) {
		BigDecimal objective = formulation.score(portfolio);
		BigDecimal bound = proven ? objective
				: Double.isInfinite(boundThousandths) ? null
						: BigDecimal.valueOf(Math.floor(boundThousandths + 1e-6)).movePointLeft(3).max(objective);
		RunStatus status = bound != null && bound.compareTo(objective) <= 0 ? RunStatus.OPTIMAL : RunStatus.FEASIBLE;
		double gap = bound == null ? Double.NaN
				: objective.signum() > 0
						? bound.subtract(objective).divide(objective, 12, RoundingMode.HALF_UP).doubleValue()
						: bound.signum() == 0 ? 0.0 : Double.POSITIVE_INFINITY;
		var explained = SolutionExplainer.explain(problem, portfolio, status);
		return new PortfolioResult(status, objective, bound, gap, engine.name(), engine.version(), elapsed(started),
				problem.options(), portfolio, explained.exclusions(), explained.envelopeUse(), explained.binding(),
				List.of(), List.of(), List.of());
	}

	private static double nanToInfinity(double value) {
		return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
	}

	/** The portfolio with its money in whole units, re-split where rounding a continuous answer broke a rule. */
	private List<SelectedProject> repaired(PortfolioProblem problem, List<SelectedProject> portfolio) {
		if (!PortfolioChecker.violations(problem, portfolio).isEmpty()) {
			portfolio = resplit(problem, portfolio);
		}
		if (!PortfolioChecker.violations(problem, portfolio).isEmpty()) {
			portfolio = splitInWholeUnits(problem, portfolio);
		}
		return portfolio;
	}

	private static List<SelectedProject> validOrNull(PortfolioProblem problem, List<SelectedProject> portfolio) {
		return portfolio != null && PortfolioChecker.violations(problem, portfolio).isEmpty() ? portfolio : null;
	}

	private static List<SelectedProject> better(PortfolioFormulation formulation, List<SelectedProject> a,
			List<SelectedProject> b) {
		if (a == null || b == null) {
			return a == null ? b : a;
		}
		return formulation.score(b).compareTo(formulation.score(a)) > 0 ? b : a;
	}

	/**
	 * A search stopped by its time limit often leaves money a few more projects fit into, or a weak project a
	 * better one could replace: fill, swap, fill again — kept only if the independent check still passes.
	 */
	private static List<SelectedProject> improved(PortfolioProblem problem, List<SelectedProject> portfolio,
			long started) {
		long deadline = started + problem.options().timeLimit().toNanos() - 150_000_000L;
		List<SelectedProject> better = GreedyPortfolio.fill(problem, portfolio);
		better = SwapImprovement.improve(problem, better, deadline);
		better = GreedyPortfolio.fill(problem, better);
		return PortfolioChecker.violations(problem, better).isEmpty() ? better : portfolio;
	}

	/**
	 * Re-splits the funding of every project whose split broke a rule after rounding (a safeguard against
	 * floating-point answers of the MIP engine), within the money the others leave.
	 */
	private static List<SelectedProject> resplit(PortfolioProblem problem, List<SelectedProject> portfolio) {
		Map<String, Candidate> byId = new HashMap<>();
		problem.candidates().forEach(c -> byId.put(c.projectId(), c));
		Map<String, Long> remaining = new HashMap<>();
		problem.sources().forEach(s -> s.envelopeByYear().forEach((y, e) -> remaining.put(s.code() + "@" + y, e)));
		var kept = new ArrayList<SelectedProject>();
		var redo = new ArrayList<SelectedProject>();
		for (SelectedProject s : portfolio) {
			boolean splitOk = PortfolioChecker.fundingFollowsRules(problem, byId.get(s.projectId()), s);
			(splitOk ? kept : redo).add(s);
		}
		for (SelectedProject s : kept) {
			for (Funding f : s.funding()) {
				remaining.merge(f.sourceCode() + "@" + f.fiscalYear(), -f.satang(), Long::sum);
			}
		}
		var result = new ArrayList<>(kept);
		for (SelectedProject s : redo) {
			var split = ProjectFunding.split(problem, byId.get(s.projectId()), s.startYear(),
					(src, y) -> remaining.getOrDefault(src + "@" + y, 0L));
			if (split.isEmpty()) {
				result.add(s);
				continue;
			}
			split.get().forEach(f -> remaining.merge(f.sourceCode() + "@" + f.fiscalYear(), -f.satang(), Long::sum));
			result.add(new SelectedProject(s.projectId(), s.startYear(), split.get()));
		}
		return result;
	}

	/**
	 * The same projects and start years with funding in whole units, found by CP-SAT with the selection fixed
	 * (the last resort when a continuous split cannot be rounded project by project).
	 */
	private List<SelectedProject> splitInWholeUnits(PortfolioProblem problem, List<SelectedProject> portfolio) {
		Map<String, Integer> starts = new HashMap<>();
		portfolio.forEach(s -> starts.put(s.projectId(), s.startYear()));
		var fixed = new PortfolioFormulation(problem, Set.of(), true).fixed(starts);
		var outcome = engines.apply(SolverChoice.CP_SAT).solve(fixed.model(), fixed.encode(portfolio),
				Duration.ofSeconds(2), problem.options().seed(), 0, 0);
		return outcome.values() == null ? portfolio : fixed.decode(outcome.values());
	}

	/** Mandatory projects no source can pay for under their rules: infeasible before any solving. */
	private static List<ConstraintRef> impossibleMandatoryProjects(PortfolioProblem problem) {
		var conflict = new ArrayList<ConstraintRef>();
		for (Candidate c : problem.candidates()) {
			if (c.mandatory() && !ProjectFunding.rulesCanCoverCost(problem, c)) {
				conflict.add(ConstraintRef.mandatory(c.projectId()));
				conflict.add(ConstraintRef.fundingRules(c.projectId()));
				return conflict;
			}
		}
		return conflict;
	}

	private List<ConstraintRef> conflict(PortfolioProblem problem, long started) {
		List<ConstraintRef> all = ConflictSearch.relaxable(problem);
		Duration budget = problem.options().timeLimit();
		long deadline = System.nanoTime() + budget.toNanos();
		Engine engine = engines.apply(SolverChoice.CP_SAT);
		List<ConstraintRef> conflict = ConflictSearch.minimalConflict(problem, all, enforced -> {
			Set<ConstraintRef> relaxed = new HashSet<>(all);
			relaxed.removeAll(enforced);
			var formulation = new PortfolioFormulation(problem, relaxed, false);
			long left = Math.max(deadline - System.nanoTime(), 200_000_000L);
			Duration limit = Duration.ofNanos(Math.min(left, Math.max(budget.toNanos() / 4, 1_000_000_000L)));
			var outcome = engine.solve(formulation.model(), null, limit, problem.options().seed(), 0, 0);
			return switch (outcome.kind()) {
				case OPTIMAL, FEASIBLE -> ConflictSearch.Feasibility.FEASIBLE;
				case INFEASIBLE -> ConflictSearch.Feasibility.INFEASIBLE;
				default -> ConflictSearch.Feasibility.UNKNOWN;
			};
		}, deadline);
		return withFundingRulesOfMandatoryProjects(problem, conflict);
	}

	/** A lone mandatory project in a conflict is there because of its own funding rules or start window. */
	private static List<ConstraintRef> withFundingRulesOfMandatoryProjects(PortfolioProblem problem,
			List<ConstraintRef> conflict) {
		if (conflict.size() == 1 && conflict.get(0).kind() == ConstraintKind.MANDATORY_PROJECT) {
			return List.of(conflict.get(0), ConstraintRef.fundingRules(conflict.get(0).projectId()));
		}
		return conflict;
	}

	private PortfolioResult infeasible(PortfolioProblem problem, Engine engine, long started,
			List<ConstraintRef> conflict) {
		return new PortfolioResult(RunStatus.INFEASIBLE, null, null, Double.NaN, engine.name(), engine.version(),
				elapsed(started), problem.options(), List.of(), List.of(), List.of(), List.of(), conflict, List.of(),
				List.of());
	}

	/**
	 * The time limit covers the whole run: what is left after validation, the greedy hint and the model, minus
	 * a reserve for improving, checking and explaining the answer (0.4 ms per candidate, at most 30 % of the
	 * limit).
	 */
	private static Duration solveBudget(PortfolioProblem problem, long started) {
		long limit = problem.options().timeLimit().toNanos();
		long reserve = Math.min(limit * 3 / 10, 100_000_000L + 400_000L * problem.candidates().size());
		return Duration.ofNanos(Math.max(100_000_000L, limit - reserve - (System.nanoTime() - started)));
	}

	private static Duration elapsed(long started) {
		return Duration.ofNanos(System.nanoTime() - started);
	}
}
