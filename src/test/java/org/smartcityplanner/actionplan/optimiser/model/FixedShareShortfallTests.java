package org.smartcityplanner.actionplan.optimiser.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.FY;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.baht;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.problem;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.project;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.source;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A project with a fixed split that does not fit is excluded for the envelope of the source whose share is too
 * large (issue 17), not for "the envelopes of all sources combined", which a fixed split cannot draw on.
 */
class FixedShareShortfallTests {

	@Test
	void theShortfallNamesTheSourceWhoseFixedShareDoesNotFit() {
		Candidate platform = project("X", "8", List.of(FundingRule.any("DEF"), FundingRule.any("PROV")), 100)
			.withFixedFunding(List.of(new FixedFunding("DEF", 0, baht(90)), new FixedFunding("PROV", 0, baht(10))));
		// together the sources could pay 150 baht, but the fixed 90 from DEF meets only 50 left in DEF's envelope
		PortfolioProblem problem = problem(1, List.of(source("DEF", 50), source("PROV", 100)), List.of(platform));

		var explained = SolutionExplainer.explain(problem, List.of(), RunStatus.OPTIMAL);

		assertThat(explained.exclusions()).singleElement().satisfies(exclusion -> assertThat(exclusion.reasons())
			.containsExactly(ExclusionReason.shortfall("DEF", FY, baht(40))));
	}

	@Test
	void eachSourceWhoseFixedShareDoesNotFitIsNamedWithItsOwnShortfall() {
		Candidate platform = project("X", "8", List.of(FundingRule.any("DEF"), FundingRule.any("PROV")), 100)
			.withFixedFunding(List.of(new FixedFunding("DEF", 0, baht(60)), new FixedFunding("PROV", 0, baht(40))));
		PortfolioProblem problem = problem(1, List.of(source("DEF", 50), source("PROV", 30)), List.of(platform));

		var explained = SolutionExplainer.explain(problem, List.of(), RunStatus.OPTIMAL);

		assertThat(explained.exclusions()).singleElement().satisfies(exclusion -> assertThat(exclusion.reasons())
			.containsExactly(ExclusionReason.shortfall("DEF", FY, baht(10)), ExclusionReason.shortfall("PROV", FY, baht(10))));
	}
}
