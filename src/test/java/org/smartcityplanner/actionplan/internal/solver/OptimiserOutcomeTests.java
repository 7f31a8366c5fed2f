package org.smartcityplanner.actionplan.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.inDimension;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.problem;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.project;
import static org.smartcityplanner.actionplan.optimiser.model.Portfolios.source;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.InputProblem;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.ProblemCode;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;

/**
 * How engine outcomes become answers: a time-out, a failure or a wrong solution never reach the caller as an
 * exception or as a portfolio, and the best verified portfolio is measured against the best bound known.
 */
class OptimiserOutcomeTests {

	private final org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem problem = problem(1,
			List.of(source("PROV", 100)), List.of(project("A", "10", "PROV", 60), project("B", "4", "PROV", 30)));

	/** An engine that answers with a fixed outcome, whatever the model. */
	private static Engine answering(java.util.function.Function<LinearModel, Engine.Outcome> outcome) {
		return new Engine() {
			@Override
			public String name() {
				return "stub";
			}

			@Override
			public String version() {
				return "0";
			}

			@Override
			public Outcome solve(LinearModel model, long[] hint, Duration timeLimit, long seed, int threads,
					double relativeGapLimit) {
				return outcome.apply(model);
			}
		};
	}

	@Test
	void timeLimitWithoutAnyValidPortfolioAnswersTimeout() {
		// the greedy baseline ({A, R}) leaves the ECO minimum unmet, and its repair cannot meet it either (it never
		// adds R, which E needs, back), so there is no fallback portfolio although {R, E} is one
		var needsEco = problem(1, List.of(source("PROV", 100)),
				List.of(project("A", "10", "PROV", 60), project("R", "0.5", "PROV", 30),
						inDimension(project("E", "1", "PROV", 50), "ECO")))
			.withMinimums(List.of(new Minimum(Minimum.Scope.DIMENSION, "ECO", 1, 0)))
			.withDependencies(List.of(new Dependency("E", "R")));
		var optimiser = new OrToolsPortfolioOptimiser(
				choice -> answering(model -> new Engine.Outcome(Engine.Outcome.Kind.UNKNOWN, null, Double.NaN, "")));

		var result = optimiser.optimise(needsEco);

		assertThat(result.status()).isEqualTo(RunStatus.TIMEOUT);
		assertThat(result.selected()).isEmpty();
		assertThat(result.solverName()).isEqualTo("stub");
	}

	@Test
	void engineCrashAnswersSolverFailed() {
		var optimiser = new OrToolsPortfolioOptimiser(choice -> answering(model -> {
			throw new IllegalStateException("native library missing");
		}));

		var result = optimiser.optimise(problem);

		assertThat(result.status()).isEqualTo(RunStatus.SOLVER_FAILED);
		assertThat(result.inputProblems()).extracting(InputProblem::code).containsExactly(ProblemCode.SOLVER_FAILURE);
	}

	@Test
	void solutionBreakingARuleIsNeverReturned() {
		// an engine claiming both projects (90 baht) fit an envelope of 80 baht, and calling it optimal
		var overspending = problem.withSources(List.of(source("PROV", 80)));
		var optimiser = new OrToolsPortfolioOptimiser(choice -> answering(model -> {
			long[] all = new long[model.variableCount()];
			java.util.Arrays.fill(all, 1);
			return new Engine.Outcome(Engine.Outcome.Kind.OPTIMAL, all, 14_000, "");
		}));

		var result = optimiser.optimise(overspending);

		assertThat(PortfolioChecker.violations(overspending, result.selected())).isEmpty();
		assertThat(result.selected()).extracting(s -> s.projectId()).containsExactly("A");
		// the relaxation (with rows divided by their coefficients' gcd and rounded, as for integers) proves it
		assertThat(result.bound()).isEqualByComparingTo("10");
		assertThat(result.status()).isEqualTo(RunStatus.OPTIMAL);
	}

	@Test
	void weakerStoppedSearchLosesToTheBaselineWhichTheRelaxationProvesOptimal() {
		var optimiser = new OrToolsPortfolioOptimiser(choice -> answering(model -> {
			long[] onlyB = new long[model.variableCount()];
			onlyB[1] = 1; // one start variable per one-source project, in candidate order: A, B
			return new Engine.Outcome(Engine.Outcome.Kind.FEASIBLE, onlyB, 21_000, "");
		}));

		var result = optimiser.optimise(problem);

		assertThat(result.selected()).extracting(s -> s.projectId()).containsExactlyInAnyOrder("A", "B");
		assertThat(result.objective()).isEqualByComparingTo("14");
		assertThat(result.bound()).isEqualByComparingTo("14");
		assertThat(result.status()).isEqualTo(RunStatus.OPTIMAL);
		assertThat(result.relativeGap()).isZero();
	}
}
