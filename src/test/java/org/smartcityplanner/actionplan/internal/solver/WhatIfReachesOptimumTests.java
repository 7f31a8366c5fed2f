package org.smartcityplanner.actionplan.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartcityplanner.actionplan.optimiser.model.GlpkPortfolio;
import org.smartcityplanner.actionplan.optimiser.model.GreedyPortfolio;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.optimiser.model.SelectedProject;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;

/**
 * Issue 16: a 36-project what-if with a 5 s limit stopped at FEASIBLE short of the optimum. On this what-if of the
 * share-minimums case ({@link WhatIfCases}, seed 1) the greedy baseline breaks both share minimums, so the search
 * had no portfolio to start from and answered TIMEOUT in 5 s, where GLPK proves 123.89 optimal in about a
 * second (SCIP alone needed 3.3 s, most of it in rounds of cuts at the root that barely moved the bound; now at
 * most five, see {@link ScipEngine}). It must prove the same optimum within 5 s; GLPK's portfolio is
 * checked by the application's own checker (its money re-split in whole satang). Where the greedy baseline breaks the share minimums the search
 * now also starts from the baseline repaired ({@link MinimumRepair}; seed 2, where GLPK proves nothing in
 * 120 s and the optimiser proves 144.08 in 5 s).
 */
class WhatIfReachesOptimumTests {

	@Test
	void aWhatIfOf36ProjectsReachesTheOptimumGlpkProvesWithinFiveSeconds(@TempDir Path dir) throws Exception {
		OptimiserMatchesGlpkTests.requireGlpsol();
		PortfolioProblem problem = WhatIfCases.whatIf36(1)
			.withOptions(SolverOptions.of(SolverChoice.AUTO, Duration.ofSeconds(5), 1));

		Optional<GlpkPortfolio.Answer> glpk = new GlpkPortfolio(problem, WhatIfCases.UNIT).solve(dir, 120);
		PortfolioResult result = new OrToolsPortfolioOptimiser().optimise(problem);

		assertThat(glpk).isPresent();
		assertThat(glpk.get().proven()).isTrue();
		// a few amounts of this case are not whole thousands of baht, so GLPK's model in thousands can be a few satang
		// off a share (in satang its floating point cannot be trusted: it "proved" 107.05): its selection is checked
		// with the money re-split in whole satang
		var glpkSelection = new FundingRepair(new CpSatEngine()).repaired(problem, glpk.get().portfolio());
		assertThat(glpkSelection).extracting(SelectedProject::projectId)
			.containsExactlyInAnyOrderElementsOf(glpk.get().portfolio().stream().map(SelectedProject::projectId).toList());
		assertThat(PortfolioChecker.violations(problem, glpkSelection)).isEmpty();
		assertThat(result.status()).isEqualTo(RunStatus.OPTIMAL);
		assertThat(result.objective()).isEqualByComparingTo(glpk.get().objective());
		assertThat(PortfolioChecker.violations(problem, result.selected())).isEmpty();
	}

	@Test
	void theGreedyBaselineBreaksTheShareMinimumsTheRepairMeets() throws Exception {
		PortfolioProblem problem = WhatIfCases.whatIf36(2);
		var greedy = GreedyPortfolio.portfolio(problem);

		var repaired = MinimumRepair.repaired(problem, greedy, System.nanoTime() + Duration.ofSeconds(30).toNanos());

		assertThat(PortfolioChecker.violations(problem, greedy)).extracting(ref -> ref.code())
			.containsExactlyInAnyOrder("ECO", "MOB");
		assertThat(repaired).isPresent();
		assertThat(PortfolioChecker.violations(problem, repaired.get())).isEmpty();
	}
}
