package org.smartcityplanner.actionplan.optimiser.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.FY;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.baht;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.problem;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.project;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.source;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Explanations computed from the problem and a portfolio alone, whoever found it. */
class SolutionExplainerTests {

	private final PortfolioProblem problem = problem(1, List.of(source("PROV", 100)),
			List.of(project("A", "10", "PROV", 60), project("B", "4", "PROV", 30)));

	private static SelectedProject funded(String id, long baht) {
		return new SelectedProject(id, FY, List.of(new Funding("PROV", FY, baht(baht))));
	}

	@Test
	void projectThatStillFitsAfterAStoppedSearchWasNotReachedInTime() {
		var explained = SolutionExplainer.explain(problem, List.of(funded("B", 30)), RunStatus.FEASIBLE);

		assertThat(explained.exclusions()).singleElement()
			.isEqualTo(new Exclusion("A", List.of(ExclusionReason.of(ReasonKind.NOT_REACHED_IN_TIME))));
		assertThat(explained.binding()).isEmpty();
	}

	@Test
	void envelopeWithMoneyLeftThatBlocksNothingIsNotBinding() {
		var explained = SolutionExplainer.explain(problem, List.of(funded("A", 60), funded("B", 30)), RunStatus.OPTIMAL);

		assertThat(explained.exclusions()).isEmpty();
		assertThat(explained.envelopeUse()).singleElement()
			.isEqualTo(new EnvelopeUse("PROV", FY, baht(100), baht(90), false));
	}

	@Test
	void zeroScoreProjectSaysItAddsNothing() {
		var withFreebie = problem.withCandidates(List.of(project("A", "10", "PROV", 60), project("Z", "0", "PROV", 1)));

		var explained = SolutionExplainer.explain(withFreebie, List.of(funded("A", 60)), RunStatus.OPTIMAL);

		assertThat(explained.exclusions()).singleElement()
			.isEqualTo(new Exclusion("Z", List.of(ExclusionReason.of(ReasonKind.ZERO_SCORE))));
	}
}
