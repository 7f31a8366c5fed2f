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
