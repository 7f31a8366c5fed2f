package org.smartcityplanner.actionplan.internal.solver;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.GreedyPortfolio;
import org.smartcityplanner.actionplan.optimiser.model.InputProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioOptimiser;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.ProblemCode;
import org.smartcityplanner.actionplan.optimiser.model.ProblemValidator;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;
import org.smartcityplanner.actionplan.optimiser.model.SolutionExplainer;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;
import org.smartcityplanner.actionplan.optimiser.model.SwapImprovement;
import org.smartcityplanner.actionplan.optimiser.model.ZeroScoreProjects;
import org.springframework.stereotype.Component;

/**
 * The {@link PortfolioOptimiser} on Google OR-Tools. A run:
 * <ol>
 * <li>validates the input ({@link ProblemValidator}) and answers INVALID with every problem found;</li>
 * <li>builds one integer model ({@link PortfolioFormulation}) and the greedy baseline;</li>
 * <li>solves the linear relaxation with GLOP for an upper bound and a relaxation-induced neighbourhood
 * ({@link LpGuide}), whose best portfolio becomes the starting hint;</li>
 * <li>solves the full model with the chosen engine (SCIP by default, or CP-SAT) in the time left;</li>
 * <li>re-checks every candidate portfolio independently ({@link PortfolioChecker}), repairs rounded money
 * ({@link FundingRepair}), keeps the best valid one, fills and swaps after a stopped search;</li>
 * <li>explains it ({@link SolutionExplainer}), or for an infeasible problem isolates a smallest conflicting set of
 * constraints ({@link ConflictFinder}).</li>
 * </ol>
 * The time limit covers the whole run except the conflict search. Nothing is thrown to the caller.
 */
@Component
public class OrToolsPortfolioOptimiser implements PortfolioOptimiser {

	private static final Logger log = LoggerFactory.getLogger(OrToolsPortfolioOptimiser.class);

	/**
	 * The engine {@link SolverChoice#AUTO} uses. Measured with OptimiserBenchmark on 2 shared cores: SCIP (money
	 * continuous during the search) closes 2,000 candidates to about 0.1 % in 10 s where CP-SAT, which needs
	 * integer money, is left far behind by its own bound.
	 */
	static final SolverChoice AUTO_CHOICE = SolverChoice.SCIP;

	/** Up to this many candidates the search gets the whole budget, without the relaxation's neighbourhood first. */
	static final int SMALL_PROBLEM = 300;

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
		List<ConstraintRef> impossible = ConflictFinder.impossibleMandatoryProjects(problem);
		if (!impossible.isEmpty()) {
			return infeasible(problem, engine, started, impossible);
		}
		var formulation = new PortfolioFormulation(problem, Set.of(), true);
		var repair = new FundingRepair(engines.apply(SolverChoice.CP_SAT));
		List<SelectedProject> best = start(problem, started);
		double lpBound = Double.NaN;
		Duration budget = solveBudget(problem, started);
		// the neighbourhood pays off where the full search cannot finish; on a few hundred candidates the full
		// search proves the optimum sooner with the whole budget (measured on share-minimums-61: 233.50 proven
		// with ~7 s of CPU alone, not proven in 40 s behind the neighbourhood)
		Duration neighbourhood = problem.candidates().size() > SMALL_PROBLEM
				? budget.multipliedBy(15).dividedBy(100) : Duration.ZERO;
		var guide = LpGuide.run(formulation, engine, budget.multipliedBy(45).dividedBy(100), neighbourhood,
				options.seed());
		if (guide.isPresent()) {
			lpBound = guide.get().bound();
			List<SelectedProject> guided = guide.get().values()
				.map(values -> validOrNull(problem, repair.repaired(problem, guide.get().neighbourhood().decode(values))))
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
				List<SelectedProject> decoded = formulation.decode(outcome.values());
				List<SelectedProject> found = validOrNull(problem, repair.repaired(problem, decoded));
				if (found == null) {
					log.warn("{} answered a portfolio that fails the independent check", engine.name());
				}
				proven = found != null && outcome.kind() == Engine.Outcome.Kind.OPTIMAL;
				best = proven ? found : better(formulation, best, found);
			}
			case INFEASIBLE -> {
				return infeasible(problem, engine, started,
						new ConflictFinder(engines.apply(SolverChoice.CP_SAT)).conflict(problem));
			}
			case FAILED -> log.warn("{} failed: {}", engine.name(), outcome.message());
			case UNKNOWN -> log.debug("{} found no portfolio in time", engine.name());
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
		// a project that scores nothing keeps its money unless a rule needs it (the score stays the same)
		best = ZeroScoreProjects.withoutUnneeded(problem, best);
		double engineBound = outcome.kind() == Engine.Outcome.Kind.FEASIBLE ? outcome.bound() : Double.NaN;
		// no portfolio scores more than every fundable candidate together, whatever an engine's bound says
		double bound = Math.min(formulation.scoreCeiling(),
				Math.min(nanToInfinity(engineBound), nanToInfinity(lpBound)));
		return answer(problem, engine, formulation, best, proven, bound, started);
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

	/**
	 * The search's first portfolio: the greedy baseline, or where it leaves a minimum unmet (a budget share almost
	 * always), the baseline repaired ({@link MinimumRepair}, at most a tenth of the limit); null when neither is
	 * valid.
	 */
	private static List<SelectedProject> start(PortfolioProblem problem, long started) {
		List<SelectedProject> greedy = GreedyPortfolio.portfolio(problem);
		List<SelectedProject> valid = validOrNull(problem, greedy);
		if (valid != null || problem.minimums().isEmpty()) {
			return valid;
		}
		long deadline = started + problem.options().timeLimit().toNanos() / 10;
		return MinimumRepair.repaired(problem, greedy, deadline).map(p -> validOrNull(problem, p)).orElse(null);
	}

	private static double nanToInfinity(double value) {
		return Double.isNaN(value) ? Double.POSITIVE_INFINITY : value;
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
