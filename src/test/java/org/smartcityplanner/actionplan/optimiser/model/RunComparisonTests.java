package org.smartcityplanner.actionplan.optimiser.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.FY;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.baht;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.problem;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.project;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.source;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What-if: two runs compared side by side. */
class RunComparisonTests {

	private final PortfolioProblem base = problem(2, List.of(source("PROV", 100, 100)), List.of(
			project("A", "30", "PROV", 60), project("B", "15", "PROV", 50).withStartWindow(FY, FY + 1),
			project("C", "10", "PROV", 40)));

	@Test
	void raisingAnEnvelopeShowsTheProjectsItAddsAndMovesAndTheNewUse() {
		var before = GreedyPortfolio.select(base);
		var after = GreedyPortfolio.select(base.withSources(List.of(source("PROV", 150, 100))));

		var diff = RunComparison.compare(before, after);

		assertThat(before.selection("B").orElseThrow().startYear()).isEqualTo(FY + 1);
		assertThat(diff.moved()).containsExactly(new RunDiff.StartChange("B", FY + 1, FY));
		assertThat(diff.added()).isEmpty();
		assertThat(diff.removed()).isEmpty();
		assertThat(diff.objectiveDelta()).isEqualByComparingTo("0");
		assertThat(diff.envelopeChanges()).containsExactly(
				new RunDiff.EnvelopeChange("PROV", FY, baht(100), baht(150), baht(100), baht(150)),
				new RunDiff.EnvelopeChange("PROV", FY + 1, baht(100), baht(100), baht(50), baht(0)));
	}

	@Test
	void makingAProjectMandatoryShowsWhatItPushedOut() {
		var before = GreedyPortfolio.select(base.withSources(List.of(source("PROV", 100, 0))));
		var after = GreedyPortfolio.select(base.withSources(List.of(source("PROV", 100, 0)))
			.withCandidates(List.of(base.candidates().get(0), base.candidates().get(1).withMandatory(true),
					base.candidates().get(2))));

		var diff = RunComparison.compare(before, after);

		assertThat(diff.added()).containsExactly("B");
		assertThat(diff.removed()).containsExactly("A");
		assertThat(diff.objectiveDelta()).isEqualByComparingTo("-15");
		assertThat(diff.samePortfolio()).isFalse();
	}

	@Test
	void identicalRunsHaveNoDifferences() {
		var diff = RunComparison.compare(GreedyPortfolio.select(base), GreedyPortfolio.select(base));

		assertThat(diff.samePortfolio()).isTrue();
		assertThat(diff.envelopeChanges()).isEmpty();
	}
}
