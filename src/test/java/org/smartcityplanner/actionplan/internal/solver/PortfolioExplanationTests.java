package org.smartcityplanner.actionplan.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.FY;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.baht;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.inAreas;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.problem;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.project;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.source;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.EnvelopeUse;
import org.smartcityplanner.actionplan.optimiser.model.ExclusionReason;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.ReasonKind;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;

/** Why each excluded project is out, and which constraints bind, computed by re-checking the portfolio. */
class PortfolioExplanationTests {

	private final OrToolsPortfolioOptimiser optimiser = new OrToolsPortfolioOptimiser();

	@Test
	void excludedProjectSaysByHowMuchItWouldExceedTheProvincialBudgetOfTheYear() {
		var problem = problem(1, List.of(source("PROVINCIAL", 10_000_000)), List.of(
				project("A", "90", "PROVINCIAL", 9_000_000), project("B", "10", "PROVINCIAL", 2_200_000)));

		var result = optimiser.optimise(problem);

		assertThat(result.status()).isEqualTo(RunStatus.OPTIMAL);
		assertThat(result.exclusion("B").orElseThrow().reasons()).containsExactly(
				ExclusionReason.shortfall("PROVINCIAL", FY, baht(1_200_000)),
				new ExclusionReason(ReasonKind.LOWER_SCORE_PER_BAHT_THAN, null, FY, baht(2_200_000), "A", null));
		assertThat(result.envelopeUse()).containsExactly(
				new EnvelopeUse("PROVINCIAL", FY, baht(10_000_000), baht(9_000_000), true));
		assertThat(result.binding()).containsExactly(ConstraintRef.envelope("PROVINCIAL", FY));
	}

	@Test
	void excludedProjectNamesTheAlternativeChosenAndTheProjectItNeeds() {
		var problem = problem(1, List.of(source("PROV", 1000)), List.of(project("A", "5", "PROV", 10),
				project("C", "15", "PROV", 10), project("B", "7", "PROV", 10)))
			.withExclusiveGroups(List.of(new ExclusiveGroup("G", Set.of("A", "C"))))
			.withDependencies(List.of(new Dependency("B", "A")));

		var result = optimiser.optimise(problem);

		assertThat(result.exclusion("A").orElseThrow().reasons()).containsExactly(
				new ExclusionReason(ReasonKind.EXCLUSIVE_WITH_SELECTED, null, null, 0, "C", "G"));
		assertThat(result.exclusion("B").orElseThrow().reasons()).containsExactly(
				ExclusionReason.related(ReasonKind.REQUIRED_PROJECT_NOT_SELECTED, "A"));
		assertThat(result.binding()).contains(ConstraintRef.exclusiveGroup("G"));
	}

	@Test
	void excludedProjectSaysTheRequiredProjectStartsAfterItsLatestStart() {
		var problem = problem(2, List.of(source("PROV", 10, 1000)), List.of(project("A", "9", "PROV", 20)
			.withStartWindow(FY, FY + 1), project("B", "1", "PROV", 5)))
			.withDependencies(List.of(new Dependency("B", "A")));

		var result = optimiser.optimise(problem);

		assertThat(result.exclusion("B").orElseThrow().reasons()).containsExactly(
				new ExclusionReason(ReasonKind.REQUIRED_PROJECT_STARTS_TOO_LATE, null, FY + 1, 0, "A", null));
	}

	@Test
	void projectNoSourceMayFundSaysSo() {
		var singleYear = new BudgetSource("PROV", Map.of(FY, baht(100), FY + 1, baht(100)), false);
		var problem = problem(2, List.of(singleYear, source("DE", 100, 100)), List.of(
				project("TWO_YEARS", "5", "PROV", 10, 10),
				project("HALF_ONLY", "5", List.of(FundingRule.shared("DE", 0, 5000)), 10)));

		var result = optimiser.optimise(problem);

		assertThat(result.exclusion("TWO_YEARS").orElseThrow().reasons())
			.containsExactly(ExclusionReason.of(ReasonKind.NO_ELIGIBLE_SOURCE));
		assertThat(result.exclusion("HALF_ONLY").orElseThrow().reasons())
			.containsExactly(ExclusionReason.of(ReasonKind.FUNDING_RULES_CANNOT_COVER_COST));
	}

	@Test
	void projectThatFitsTheMoneyButWouldDiluteAnAreasShareSaysWhichMinimum() {
		var problem = problem(1, List.of(source("PROV", 110)), List.of(inAreas(project("N", "1", "PROV", 50), "NORTH"),
				project("A", "10", "PROV", 50), project("B", "9", "PROV", 10)))
			.withMinimums(List.of(new Minimum(Minimum.Scope.AREA, "NORTH", 0, 5000)));

		var result = optimiser.optimise(problem);

		assertThat(result.exclusion("B").orElseThrow().reasons()).containsExactly(
				new ExclusionReason(ReasonKind.WOULD_BREAK_MINIMUM_SHARE, null, null, baht(10), null, "NORTH"));
		assertThat(result.binding()).contains(ConstraintRef.minimum(problem.minimums().get(0)));
	}

	@Test
	void multiSourceShortfallCountsEverySourceThatCouldPay() {
		var rules = List.of(FundingRule.any("PROV"), FundingRule.any("LOCAL"));
		var problem = problem(1, List.of(source("PROV", 60), source("LOCAL", 40)), List.of(
				project("A", "50", rules, 80), project("B", "10", rules, 30)));

		var result = optimiser.optimise(problem);

		assertThat(result.exclusion("B").orElseThrow().reasons()).first()
			.isEqualTo(new ExclusionReason(ReasonKind.ENVELOPE_SHORTFALL, null, FY, baht(10), null, null));
		assertThat(result.envelopeUse()).allMatch(EnvelopeUse::binding);
	}
}
