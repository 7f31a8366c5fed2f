package org.smartcityplanner.actionplan.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.FY;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.baht;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.inAreas;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.inDimension;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.problem;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.project;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.selectedIds;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.source;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.FixedFunding;
import org.smartcityplanner.actionplan.optimiser.model.Funding;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;

/**
 * One test per constraint, on both engines: each tiny instance is decided by that constraint alone (without it
 * the answer would differ).
 */
class PortfolioConstraintTests {

	private final OrToolsPortfolioOptimiser optimiser = new OrToolsPortfolioOptimiser();

	private PortfolioResult solve(PortfolioProblem problem, SolverChoice solver) {
		PortfolioResult result = optimiser
			.optimise(problem.withOptions(SolverOptions.of(solver, Duration.ofSeconds(5), 1)));
		assertThat(result.status()).as("status of %s", result.inputProblems()).isEqualTo(RunStatus.OPTIMAL);
		assertThat(PortfolioChecker.violations(problem, result.selected())).isEmpty();
		return result;
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void envelopeOfASourceInAYearCapsWhatItFunds(SolverChoice solver) {
		var problem = problem(1, List.of(source("PROV", 100)), List.of(project("A", "10", "PROV", 60),
				project("B", "8", "PROV", 50), project("C", "5", "PROV", 40)));

		var result = solve(problem, solver);

		assertThat(selectedIds(result)).containsExactly("A", "C");
		assertThat(result.objective()).isEqualByComparingTo("15");
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void onlyEligibleSourcesPay(SolverChoice solver) {
		var problem = problem(1, List.of(source("PROV", 100), source("LOCAL", 0)),
				List.of(project("A", "10", "LOCAL", 60), project("B", "1", "PROV", 60)));

		var result = solve(problem, solver);

		assertThat(selectedIds(result)).containsExactly("B");
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void capPerProjectLimitsWhatOneSourcePays(SolverChoice solver) {
		var rules = List.of(FundingRule.capped("PROV", baht(60)), FundingRule.any("LOCAL"));
		var enough = problem(1, List.of(source("PROV", 100), source("LOCAL", 40)), List.of(project("A", "10", rules, 100)));
		var tooLittle = problem(1, List.of(source("PROV", 100), source("LOCAL", 30)),
				List.of(project("A", "10", rules, 100)));

		var funded = solve(enough, solver);
		var notFunded = solve(tooLittle, solver);

		assertThat(funded.selection("A").orElseThrow().funding()).containsExactlyInAnyOrder(
				new Funding("PROV", FY, baht(60)), new Funding("LOCAL", FY, baht(40)));
		assertThat(notFunded.selected()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void coFundingShareMustBePaidByItsSource(SolverChoice solver) {
		var rules = List.of(FundingRule.any("PROV"), FundingRule.shared("LOCAL", 2000, 10_000));
		var short10 = problem(1, List.of(source("PROV", 100), source("LOCAL", 19)), List.of(project("A", "10", rules, 100)));
		var enough = problem(1, List.of(source("PROV", 100), source("LOCAL", 20)), List.of(project("A", "10", rules, 100)));

		assertThat(solve(short10, solver).selected()).isEmpty();
		var funded = solve(enough, solver).selection("A").orElseThrow();
		assertThat(funded.amount("LOCAL", FY)).isEqualTo(baht(20));
		assertThat(funded.amount("PROV", FY)).isEqualTo(baht(80));
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void maximumShareLimitsASource(SolverChoice solver) {
		var rules = List.of(FundingRule.shared("DE", 0, 5000), FundingRule.any("PROV"));
		var problem = problem(1, List.of(source("DE", 100), source("PROV", 49)), List.of(project("A", "10", rules, 100)));

		assertThat(solve(problem, solver).selected()).isEmpty();
		var half = solve(problem.withSources(List.of(source("DE", 100), source("PROV", 50))), solver);
		assertThat(half.selection("A").orElseThrow().amount("DE", FY)).isEqualTo(baht(50));
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void mandatoryProjectIsFundedEvenWithALowScore(SolverChoice solver) {
		var problem = problem(1, List.of(source("PROV", 100)),
				List.of(project("M", "1", "PROV", 60).withMandatory(true), project("B", "10", "PROV", 60)));

		assertThat(selectedIds(solve(problem, solver))).containsExactly("M");
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void exclusiveGroupFundsAtMostOneAlternative(SolverChoice solver) {
		var problem = problem(1, List.of(source("PROV", 1000)),
				List.of(project("A", "10", "PROV", 60), project("B", "9", "PROV", 60), project("C", "1", "PROV", 60)))
			.withExclusiveGroups(List.of(new ExclusiveGroup("G", java.util.Set.of("A", "B"))));

		assertThat(selectedIds(solve(problem, solver))).containsExactly("A", "C");
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void dependentProjectNeedsTheProjectItDependsOn(SolverChoice solver) {
		var problem = problem(1, List.of(source("PROV", 100)),
				List.of(project("B", "10", "PROV", 60), project("A", "1", "PROV", 50), project("C", "8", "PROV", 40)))
			.withDependencies(List.of(new Dependency("B", "A")));

		assertThat(selectedIds(solve(problem, solver))).containsExactly("A", "C");
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void dependentProjectDoesNotStartBeforeTheProjectItDependsOn(SolverChoice solver) {
		Candidate a = project("A", "5", "PROV", 10).withStartWindow(FY + 1, FY + 1);
		Candidate b = project("B", "5", "PROV", 10).withStartWindow(FY, FY + 1);
		var problem = problem(2, List.of(source("PROV", 100, 100)), List.of(a, b))
			.withDependencies(List.of(new Dependency("B", "A")));

		var result = solve(problem, solver);

		assertThat(result.selection("B").orElseThrow().startYear()).isEqualTo(FY + 1);
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void shiftableProjectStartsInAYearWithMoneyLeft(SolverChoice solver) {
		Candidate fixed = project("F", "10", "PROV", 100);
		Candidate shiftable = project("S", "5", "PROV", 80).withStartWindow(FY, FY + 1);
		var problem = problem(2, List.of(source("PROV", 100, 80)), List.of(fixed, shiftable));

		var result = solve(problem, solver);

		assertThat(selectedIds(result)).containsExactly("F", "S");
		assertThat(result.selection("S").orElseThrow().startYear()).isEqualTo(FY + 1);
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void multiYearProjectIsPaidInEachOfItsYears(SolverChoice solver) {
		var problem = problem(2, List.of(source("PROV", 100, 30)),
				List.of(project("A", "10", "PROV", 50, 40), project("B", "6", "PROV", 50)));

		var result = solve(problem, solver);

		assertThat(selectedIds(result)).containsExactly("B");
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void singleYearSourceCannotFundAMultiYearProject(SolverChoice solver) {
		var provincial = new BudgetSource("PROV", Map.of(FY, baht(100), FY + 1, baht(100)), false);
		var problem = problem(2, List.of(provincial), List.of(project("A", "10", "PROV", 20, 20),
				project("B", "1", "PROV", 20)));

		assertThat(selectedIds(solve(problem, solver))).containsExactly("B");
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void minimumCountPerDimensionBringsInALowerScoringProject(SolverChoice solver) {
		var problem = problem(1, List.of(source("PROV", 100)), List.of(project("A", "10", "PROV", 60),
				project("B", "9", "PROV", 40), inDimension(project("E", "2", "PROV", 40), "ECO")))
			.withMinimums(List.of(new Minimum(Minimum.Scope.DIMENSION, "ECO", 1, 0)));

		assertThat(selectedIds(solve(problem, solver))).containsExactly("A", "E");
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void minimumBudgetSharePerAreaKeepsTheAreasShare(SolverChoice solver) {
		Candidate north = inAreas(project("N", "1", "PROV", 30), "NORTH");
		var problem = problem(1, List.of(source("PROV", 100)),
				List.of(project("A", "10", "PROV", 70), project("B", "9", "PROV", 30), north))
			.withMinimums(List.of(new Minimum(Minimum.Scope.AREA, "NORTH", 0, 3000)));

		var result = solve(problem, solver);

		assertThat(selectedIds(result)).containsExactly("A", "N");
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void fixedSplitIsKeptAsDecided(SolverChoice solver) {
		Candidate a = project("A", "10", List.of(FundingRule.any("PROV"), FundingRule.any("LOCAL")), 100)
			.withFixedFunding(List.of(new FixedFunding("PROV", 0, baht(30)), new FixedFunding("LOCAL", 0, baht(70))));
		var tight = problem(1, List.of(source("PROV", 100), source("LOCAL", 69)), List.of(a));
		var enough = problem(1, List.of(source("PROV", 100), source("LOCAL", 70)), List.of(a));

		assertThat(solve(tight, solver).selected()).isEmpty();
		assertThat(solve(enough, solver).selection("A").orElseThrow().amount("LOCAL", FY)).isEqualTo(baht(70));
	}
}
