package org.smartcityplanner.actionplan.optimiser.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.FY;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.baht;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.problem;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.project;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.source;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ProblemValidatorTests {

	private static List<ProblemCode> codes(PortfolioProblem problem) {
		return ProblemValidator.validate(problem).stream().map(InputProblem::code).toList();
	}

	@Test
	void acceptsAWellFormedProblem() {
		assertThat(codes(problem(1, List.of(source("PROV", 100)), List.of(project("A", "1.5", "PROV", 10)))))
			.isEmpty();
	}

	@Test
	void rejectsNegativeCostNamingTheProjectAndYear() {
		var problems = ProblemValidator.validate(problem(2, List.of(source("PROV", 100, 100)),
				List.of(project("A", "1", "PROV", 10, -5))));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(ProblemCode.NEGATIVE_COST);
			assertThat(p.projectId()).isEqualTo("A");
			assertThat(p.fiscalYear()).isEqualTo(1);
			assertThat(p.amountSatang()).isEqualTo(baht(-5));
		});
	}

	@Test
	void rejectsNegativeEnvelope() {
		assertThat(codes(problem(1, List.of(source("PROV", -1)), List.of(project("A", "1", "PROV", 10)))))
			.containsExactly(ProblemCode.NEGATIVE_ENVELOPE);
	}

	@Test
	void rejectsAbsurdAmounts() {
		var huge = project("A", "1", "PROV", 10).withScore(BigDecimal.ONE);
		huge = new Candidate("A", "ENV", Set.of(), BigDecimal.ONE, List.of(ProblemValidator.MAX_AMOUNT_SATANG + 1), false,
				FY, FY, List.of(FundingRule.any("PROV")), List.of());

		assertThat(codes(problem(1, List.of(source("PROV", 100)), List.of(huge))))
			.containsExactly(ProblemCode.AMOUNT_TOO_LARGE);
	}

	@Test
	void rejectsFundingSplitThatDoesNotAddUpToTheCost() {
		var a = project("A", "1", List.of(FundingRule.any("PROV"), FundingRule.any("LOCAL")), 100)
			.withFixedFunding(List.of(new FixedFunding("PROV", 0, baht(30)), new FixedFunding("LOCAL", 0, baht(60))));

		var problems = ProblemValidator.validate(problem(1, List.of(source("PROV", 100), source("LOCAL", 100)), List.of(a)));

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(ProblemCode.FUNDING_SPLIT_MISMATCH);
			assertThat(p.amountSatang()).isEqualTo(baht(-10));
		});
	}

	@Test
	void rejectsDependencyCycleListingItInOrder() {
		var problem = problem(1, List.of(source("PROV", 100)), List.of(project("A", "1", "PROV", 10),
				project("B", "1", "PROV", 10), project("C", "1", "PROV", 10)))
			.withDependencies(List.of(new Dependency("A", "B"), new Dependency("B", "C"), new Dependency("C", "A")));

		var problems = ProblemValidator.validate(problem);

		assertThat(problems).singleElement().satisfies(p -> {
			assertThat(p.code()).isEqualTo(ProblemCode.DEPENDENCY_CYCLE);
			assertThat(p.relatedIds()).containsExactly("A", "B", "C", "A");
		});
	}

	@Test
	void rejectsReferencesToUnknownProjectsAndSources() {
		var problem = problem(1, List.of(source("PROV", 100)), List.of(project("A", "1", "NOPE", 10)))
			.withDependencies(List.of(new Dependency("A", "GHOST")))
			.withExclusiveGroups(List.of(new ExclusiveGroup("G", Set.of("A", "PHANTOM"))));

		assertThat(codes(problem)).containsOnly(ProblemCode.UNKNOWN_REFERENCE).hasSize(3);
	}

	@Test
	void rejectsScoresThatAreNegativeOrTooPrecise() {
		var problem = problem(1, List.of(source("PROV", 100)), List.of(project("A", "-1", "PROV", 10),
				project("B", "1.2345", "PROV", 10), project("C", "1.2340", "PROV", 10)));

		assertThat(ProblemValidator.validate(problem)).extracting(InputProblem::projectId).containsExactly("A", "B");
	}

	@Test
	void rejectsStartWindowThatRunsPastThePlanPeriod() {
		var problem = problem(2, List.of(source("PROV", 100, 100)),
				List.of(project("A", "1", "PROV", 10, 10).withStartWindow(FY, FY + 1)));

		assertThat(codes(problem)).containsExactly(ProblemCode.START_WINDOW_OUTSIDE_PERIOD);
	}

	@Test
	void rejectsSharesOutsideZeroToHundredPercentOrInverted() {
		var problem = problem(1, List.of(source("PROV", 100)),
				List.of(project("A", "1", List.of(new FundingRule("PROV", FundingRule.NO_CAP, 6000, 5000)), 10),
						project("B", "1", List.of(new FundingRule("PROV", -1, 0, 10_000)), 10)));

		assertThat(codes(problem)).containsExactly(ProblemCode.INVALID_FUNDING_RULE, ProblemCode.INVALID_FUNDING_RULE);
	}

	@Test
	void rejectsDuplicateIdsBadMinimumsPeriodAndTimeLimit() {
		var problem = new PortfolioProblem(FY, FY - 1, List.of(source("PROV", 1), source("PROV", 1)),
				List.of(project("A", "1", "PROV", 10), project("A", "1", "PROV", 10)), List.of(), List.of(),
				List.of(new Minimum(Minimum.Scope.AREA, "X", -1, 0)),
				SolverOptions.of(SolverChoice.AUTO, Duration.ZERO, 0));

		assertThat(codes(problem)).contains(ProblemCode.INVALID_PERIOD, ProblemCode.INVALID_TIME_LIMIT,
				ProblemCode.DUPLICATE_ID, ProblemCode.INVALID_MINIMUM);
	}

	@Test
	void missingEnvelopeYearMeansNoMoney() {
		var source = BudgetSource.of("PROV", Map.of(FY, baht(5)));

		assertThat(source.envelope(FY + 1)).isZero();
		assertThat(source.withEnvelope(FY + 1, baht(7)).envelope(FY + 1)).isEqualTo(baht(7));
	}
}
