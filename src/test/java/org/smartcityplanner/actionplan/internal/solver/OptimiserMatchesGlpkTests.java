package org.smartcityplanner.actionplan.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartcityplanner.actionplan.optimiser.model.GlpkPortfolio;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.optimiser.model.ShareMinimumInstances;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;

/**
 * Cross-check on instances too large for brute force (30–80 candidates with share minimums, co-funding, caps,
 * fixed splits, groups, dependencies and start-year shifts): the optimiser's proven optimum equals the optimum of
 * an independent exact model solved by GLPK ({@link GlpkPortfolio}), whose own portfolio passes the application's
 * checker; both call the same instances infeasible. Needs {@code glpsol} (Debian {@code glpk-utils}, installed by
 * {@code .ci/run}); skipped without it, except on CI where its absence fails.
 */
class OptimiserMatchesGlpkTests {

	@ParameterizedTest(name = "{0} candidates, seed {1}")
	@CsvSource({ "30, 2", "50, 2", "60, 5", "80, 3" })
	void optimumEqualsAnIndependentModelSolvedByGlpk(int candidates, long seed, @TempDir Path dir) throws Exception {
		requireGlpsol();
		PortfolioProblem problem = ShareMinimumInstances.generate(candidates, seed)
			.withOptions(SolverOptions.of(SolverChoice.AUTO, Duration.ofSeconds(40), seed));

		Optional<GlpkPortfolio.Answer> glpk = new GlpkPortfolio(problem, ShareMinimumInstances.UNIT).solve(dir, 300);
		PortfolioResult result = new OrToolsPortfolioOptimiser().optimise(problem);

		if (glpk.isEmpty()) {
			assertThat(result.status()).isEqualTo(RunStatus.INFEASIBLE);
			return;
		}
		assertThat(glpk.get().proven()).isTrue();
		assertThat(PortfolioChecker.violations(problem, glpk.get().portfolio())).isEmpty();
		assertThat(result.status()).isEqualTo(RunStatus.OPTIMAL);
		assertThat(result.objective()).isEqualByComparingTo(glpk.get().objective());
		assertThat(PortfolioChecker.violations(problem, result.selected())).isEmpty();
	}

	static void requireGlpsol() {
		boolean available = GlpkPortfolio.available();
		if (!available && "true".equals(System.getenv("CI"))) {
			throw new AssertionError("glpsol is missing: install glpk-utils (.ci/run does)");
		}
		Assumptions.assumeTrue(available, "glpsol not installed");
	}
}
