package org.smartcityplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.smartcityplanner.actionplan.internal.solver.OrToolsPortfolioOptimiser;
import org.smartcityplanner.actionplan.optimiser.model.GlpkPortfolio;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.ShareMinimumInstances;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;

/**
 * The optimiser benchmark's rows with share minimums (not a test; {@code OptimiserBenchmark shares ...} runs it):
 * {@link ShareMinimumInstances} of each size and seed, solved by the application (AUTO, the given limit, whole
 * run) and, in the same run on the same instance, by GLPK on the independent model of {@link GlpkPortfolio} (its
 * own limit), with each one's status, seconds and objective. Goals (issue 16): up to 300 candidates proven
 * optimal in 2 s; 2,000 candidates within 0.5 % in 10 s.
 * <p>
 * Measured 2026-12-07 on the shared 2-core machine at load average 25–28 (a run got a quarter of a core or less),
 * seed 1, application 10 s, GLPK 60 s — the goals are <b>not</b> met at this load:
 * 50 candidates OPTIMAL 923.1 in 0.76 s (GLPK OPTIMAL 923.1 in 0.99 s); 100: FEASIBLE 2953.9, gap 3.3 % (GLPK
 * FEASIBLE 2970.6 after 60 s; SCIP alone proves 2971.7 in 22 s wall); 300: FEASIBLE 9310.4, gap 0.66 % (GLPK
 * 8353.7 after 60 s); 1,000: FEASIBLE 21909.1, gap 48 % (GLPK none in 60 s); 2,000: TIMEOUT, no portfolio in 10 s
 * (GLPK none). On the older instances without these share minimums the same run reached 0.55 % at 1,000 and
 * 0.57 % at 2,000 candidates, so it is the share minimums (which the greedy start cannot meet) that the large
 * sizes still lack.
 * <p>
 * Arguments: sizes (default 50,100,300,1000,2000), seeds per size (default 3), the application's limit in seconds
 * (default 10), GLPK's limit in seconds (default 60).
 */
public final class ShareMinimumBenchmark {

	private ShareMinimumBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		List<Integer> sizes = args.length > 0 ? List.of(args[0].split(",")).stream().map(Integer::parseInt).toList()
				: List.of(50, 100, 300, 1000, 2000);
		int seeds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
		int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 10;
		int glpkSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 60;
		var optimiser = new OrToolsPortfolioOptimiser();
		optimiser.optimise(ShareMinimumInstances.generate(50, 99)
			.withOptions(SolverOptions.of(SolverChoice.AUTO, Duration.ofSeconds(1), 0)));
		System.out.printf("cores=%d (machine shared with other builds: times are noisy)%n",
				Runtime.getRuntime().availableProcessors());
		System.out.println("| candidates | seed | status | time s | objective | gap % | GLPK status | GLPK s "
				+ "| GLPK objective |");
		System.out.println("|---:|---:|---|---:|---:|---:|---|---:|---:|");
		for (int size : sizes) {
			for (int seed = 1; seed <= seeds; seed++) {
				PortfolioProblem problem = ShareMinimumInstances.generate(size, seed)
					.withOptions(SolverOptions.of(SolverChoice.AUTO, Duration.ofSeconds(seconds), seed));
				PortfolioResult result = optimiser.optimise(problem);
				String check = result.status().hasPortfolio()
						&& !PortfolioChecker.violations(problem, result.selected()).isEmpty() ? " (INVALID!)" : "";
				System.out.printf("| %d | %d | %s%s | %.2f | %s | %s | %s |%n", size, seed, result.status(), check,
						result.wallTime().toMillis() / 1000.0, result.objective(),
						Double.isNaN(result.relativeGap()) ? "-" : String.format("%.3f", 100 * result.relativeGap()),
						glpk(problem, glpkSeconds));
			}
		}
	}

	private static String glpk(PortfolioProblem problem, int seconds) {
		try {
			Path dir = Files.createTempDirectory("glpk-bench");
			var answer = new GlpkPortfolio(problem, ShareMinimumInstances.UNIT).solve(dir, seconds);
			return answer.map(a -> (a.proven() ? "OPTIMAL" : "FEASIBLE") + " | " + String.format("%.2f", a.seconds())
					+ " | " + a.objective()).orElse("INFEASIBLE | - | -");
		}
		catch (Exception | AssertionError e) {
			return "no portfolio (" + e.getClass().getSimpleName() + ") | - | -";
		}
	}
}
