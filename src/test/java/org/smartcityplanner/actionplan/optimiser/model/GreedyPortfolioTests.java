package org.smartcityplanner.actionplan.optimiser.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.FY;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.inDimension;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.problem;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.project;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.selectedIds;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.source;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class GreedyPortfolioTests {

	@Test
	void takesProjectsByScorePerBahtWhileMoneyLasts() {
		// A: 0.5/baht, B: 0.3/baht, C: 0.25/baht; B no longer fits after A, C does
		var problem = problem(1, List.of(source("PROV", 100)), List.of(project("A", "30", "PROV", 60),
				project("B", "15", "PROV", 50), project("C", "10", "PROV", 40)));

		var result = GreedyPortfolio.select(problem);

		assertThat(selectedIds(result)).containsExactly("A", "C");
		assertThat(result.objective()).isEqualByComparingTo("40");
		assertThat(result.status()).isEqualTo(RunStatus.FEASIBLE);
		assertThat(result.bound()).isNull();
		assertThat(result.solverName()).isEqualTo(GreedyPortfolio.NAME);
	}

	@Test
	void takesMandatoryProjectsFirst() {
		var problem = problem(1, List.of(source("PROV", 100)),
				List.of(project("A", "30", "PROV", 60), project("M", "1", "PROV", 50).withMandatory(true)));

		assertThat(selectedIds(GreedyPortfolio.select(problem))).containsExactly("M");
	}

	@Test
	void cannotSeeThatTwoSmallerProjectsBeatOneEfficientOne() {
		// A has the best ratio but blocks B + C, which together score more: the optimiser's case
		var problem = problem(1, List.of(source("PROV", 100)), List.of(project("A", "61", "PROV", 51),
				project("B", "50", "PROV", 50), project("C", "50", "PROV", 50)));

		assertThat(GreedyPortfolio.select(problem).objective()).isEqualByComparingTo("61");
	}

	@Test
	void respectsDependenciesGroupsAndShiftsStartToAYearWithMoney() {
		var problem = problem(2, List.of(source("PROV", 50, 100)),
				List.of(project("A", "10", "PROV", 60).withStartWindow(FY, FY + 1), project("B", "9", "PROV", 10),
						project("C", "8", "PROV", 10), project("D", "50", "PROV", 10).withStartWindow(FY, FY + 1)))
			.withDependencies(List.of(new Dependency("D", "A")))
			.withExclusiveGroups(List.of(new ExclusiveGroup("G", Set.of("B", "C"))));

		var result = GreedyPortfolio.select(problem);

		assertThat(selectedIds(result)).containsExactly("A", "B", "D");
		assertThat(result.selection("A").orElseThrow().startYear()).isEqualTo(FY + 1);
		assertThat(result.selection("D").orElseThrow().startYear()).isEqualTo(FY + 1);
		assertThat(PortfolioChecker.violations(problem, result.selected())).isEmpty();
	}

	@Test
	void listsMinimumsItLeavesUnmet() {
		var problem = problem(1, List.of(source("PROV", 100)),
				List.of(project("A", "30", "PROV", 100), inDimension(project("E", "1", "PROV", 50), "ECO")))
			.withMinimums(List.of(new Minimum(Minimum.Scope.DIMENSION, "ECO", 1, 0)));

		var result = GreedyPortfolio.select(problem);

		assertThat(result.unmet()).containsExactly(ConstraintRef.minimum(problem.minimums().get(0)));
	}

	@Test
	void answersInvalidInputWithReasonsInsteadOfThrowing() {
		var problem = problem(1, List.of(source("PROV", -1)), List.of(project("A", "1", "PROV", 10)));

		var result = GreedyPortfolio.select(problem);

		assertThat(result.status()).isEqualTo(RunStatus.INVALID);
		assertThat(result.inputProblems()).extracting(InputProblem::code).containsExactly(ProblemCode.NEGATIVE_ENVELOPE);
	}

	@Test
	void fillAddsWhatStillFitsWithoutBreakingAShareMinimum() {
		var problem = problem(1, List.of(source("PROV", 100)),
				List.of(Portfolios.inAreas(project("N", "1", "PROV", 50), "NORTH"),
				project("A", "10", "PROV", 20), project("B", "9", "PROV", 30)))
			.withMinimums(List.of(new Minimum(Minimum.Scope.AREA, "NORTH", 0, 6000)));
		var north = new SelectedProject("N", FY, List.of(new Funding("PROV", FY, Portfolios.baht(50))));

		var filled = GreedyPortfolio.fill(problem, List.of(north));

		// A keeps NORTH at 50/70 = 71 %; B would bring it to 50/100 = 50 % < 60 %
		assertThat(filled).extracting(SelectedProject::projectId).containsExactly("N", "A");
	}

	@Test
	void swapReplacesAWeakProjectByABetterOneTheMoneyCanPayFor() {
		var problem = problem(1, List.of(source("PROV", 100)),
				List.of(project("A", "5", "PROV", 60), project("B", "9", "PROV", 70), project("C", "3", "PROV", 30)));
		var weak = List.of(new SelectedProject("A", FY, List.of(new Funding("PROV", FY, Portfolios.baht(60)))),
				new SelectedProject("C", FY, List.of(new Funding("PROV", FY, Portfolios.baht(30)))));

		var better = SwapImprovement.improve(problem, weak, System.nanoTime() + 1_000_000_000L);

		assertThat(better).extracting(SelectedProject::projectId).containsExactlyInAnyOrder("B", "C");
		assertThat(PortfolioChecker.violations(problem, better)).isEmpty();
	}
}
