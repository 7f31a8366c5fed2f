package org.smartcityplanner.actionplan.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.FY;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.inDimension;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.problem;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.project;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.source;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.InputProblem;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.ProblemCode;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;

/**
 * Infeasible is an answer: the smallest set of constraints a user can act on, where relaxing any one of them
 * makes the rest feasible; and bad input is answered with reasons, never an exception.
 */
class PortfolioInfeasibilityTests {

	private final OrToolsPortfolioOptimiser optimiser = new OrToolsPortfolioOptimiser();

	private PortfolioResult solve(PortfolioProblem problem, SolverChoice solver) {
		return optimiser.optimise(problem.withOptions(problem.options().withSolver(solver)));
	}

	/** Unrelated projects, sources, groups and dependencies the conflict must leave out. */
	private static PortfolioProblem withNoise(List<org.smartcityplanner.actionplan.optimiser.model.Candidate> core) {
		var candidates = new java.util.ArrayList<>(core);
		candidates.add(project("X", "3", "LOCAL", 10));
		candidates.add(project("Y", "4", "LOCAL", 10));
		candidates.add(project("Z", "5", "PROV", 5).withStartWindow(FY + 1, FY + 1));
		return problem(2, List.of(source("PROV", 100, 100), source("LOCAL", 15, 15)), candidates)
			.withExclusiveGroups(List.of(new ExclusiveGroup("NOISE", Set.of("X", "Y"))))
			.withDependencies(List.of(new Dependency("Y", "X")));
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void envelopeSmallerThanTheMandatoryProjectsNamesBothProjectsAndThatEnvelope(SolverChoice solver) {
		var problem = withNoise(List.of(project("M1", "1", "PROV", 60).withMandatory(true),
				project("M2", "1", "PROV", 50).withMandatory(true)));

		var result = solve(problem, solver);

		assertThat(result.status()).isEqualTo(RunStatus.INFEASIBLE);
		assertThat(result.conflict()).containsExactlyInAnyOrder(ConstraintRef.mandatory("M1"),
				ConstraintRef.mandatory("M2"), ConstraintRef.envelope("PROV", FY));
		assertThat(result.selected()).isEmpty();
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void twoMandatoryAlternativesNameTheirExclusiveGroup(SolverChoice solver) {
		var problem = withNoise(List.of(project("M1", "1", "PROV", 10).withMandatory(true),
				project("M2", "1", "PROV", 10).withMandatory(true)));
		problem = problem.withExclusiveGroups(List.of(new ExclusiveGroup("NOISE", Set.of("X", "Y")),
				new ExclusiveGroup("ALT", Set.of("M1", "M2"))));

		assertThat(solve(problem, solver).conflict()).containsExactlyInAnyOrder(ConstraintRef.mandatory("M1"),
				ConstraintRef.mandatory("M2"), ConstraintRef.exclusiveGroup("ALT"));
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void unreachableMinimumNamesTheMinimumAndTheEnvelope(SolverChoice solver) {
		var problem = withNoise(List.of(inDimension(project("E1", "1", "PROV", 60), "ECO"),
				inDimension(project("E2", "1", "PROV", 60), "ECO")))
			.withMinimums(List.of(new Minimum(Minimum.Scope.DIMENSION, "ECO", 2, 0)));

		var result = solve(problem, solver);

		assertThat(result.conflict()).containsExactlyInAnyOrder(ConstraintRef.minimum(problem.minimums().get(0)),
				ConstraintRef.envelope("PROV", FY));
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void mandatoryProjectThatStartsBeforeTheProjectItNeedsNamesTheDependency(SolverChoice solver) {
		var problem = withNoise(List.of(project("M", "1", "PROV", 10).withMandatory(true),
				project("A", "1", "PROV", 10).withStartWindow(FY + 1, FY + 1)));
		problem = problem.withDependencies(List.of(new Dependency("Y", "X"), new Dependency("M", "A")));

		assertThat(solve(problem, solver).conflict()).containsExactlyInAnyOrder(ConstraintRef.mandatory("M"),
				ConstraintRef.dependency(new Dependency("M", "A")));
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void mandatoryProjectNoSourceMayFundNamesItsFundingRules(SolverChoice solver) {
		var problem = withNoise(List.of(project("M", "1", List.of(), 10).withMandatory(true)));

		assertThat(solve(problem, solver).conflict()).containsExactly(ConstraintRef.mandatory("M"),
				ConstraintRef.fundingRules("M"));
	}

	@ParameterizedTest
	@EnumSource(names = { "CP_SAT", "SCIP" })
	void invalidInputIsAnsweredWithReasonsNotAnException(SolverChoice solver) {
		var problem = problem(1, List.of(source("PROV", 100)), List.of(project("A", "1", "PROV", -10),
				project("B", "1", "PROV", 10))).withDependencies(List.of(new Dependency("A", "B"), new Dependency("B", "A")));

		var result = solve(problem, solver);

		assertThat(result.status()).isEqualTo(RunStatus.INVALID);
		assertThat(result.inputProblems()).extracting(InputProblem::code)
			.containsExactlyInAnyOrder(ProblemCode.NEGATIVE_COST, ProblemCode.DEPENDENCY_CYCLE);
		assertThat(result.selected()).isEmpty();
	}
}
