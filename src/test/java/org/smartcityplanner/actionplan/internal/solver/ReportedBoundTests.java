package org.smartcityplanner.actionplan.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.optimiser.model.ShareMinimumInstances;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;

/**
 * Property: the bound a run reports is a bound. It is at least the objective and at most what every candidate
 * together scores, the gap is (bound − objective) / objective, and OPTIMAL means the bound equals the objective
 * (proven), whatever an engine claims about its bound.
 */
class ReportedBoundTests {

	static Stream<Arguments> runs() {
		// small instances solved to the end, and larger ones stopped early so the bound is an engine's
		return Stream.concat(
				LongStream.rangeClosed(1, 8).mapToObj(seed -> Arguments.of(
						OptimiserMatchesBruteForceTests.randomInstance(seed), SolverChoice.SCIP, 10)),
				LongStream.rangeClosed(1, 3).mapToObj(seed -> Arguments.of(
						ShareMinimumInstances.generate(150, seed), seed == 2 ? SolverChoice.CP_SAT : SolverChoice.SCIP,
						1)));
	}

	@ParameterizedTest
	@MethodSource("runs")
	void boundLiesBetweenTheObjectiveAndTheSumOfScores(PortfolioProblem problem, SolverChoice solver, int seconds) {
		PortfolioResult result = new OrToolsPortfolioOptimiser()
			.optimise(problem.withOptions(SolverOptions.of(solver, Duration.ofSeconds(seconds), 1)));

		assertBoundIsABound(problem, result);
	}

	@Test
	void anEngineBoundAboveEverythingPossibleIsNotReported() {
		PortfolioProblem problem = OptimiserMatchesBruteForceTests.randomInstance(3);
		OrToolsNatives.load();
		var scip = new ScipEngine();
		var optimiser = new OrToolsPortfolioOptimiser(choice -> new Engine() {
			@Override
			public String name() {
				return scip.name();
			}

			@Override
			public String version() {
				return scip.version();
			}

			@Override
			public Outcome solve(LinearModel model, long[] hint, Duration timeLimit, long seed, int threads,
					double relativeGapLimit) {
				Outcome real = scip.solve(model, hint, timeLimit, seed, threads, relativeGapLimit);
				// a stopped search with a bound broken by floating point, as once seen (522.58 on 354.31 of scores)
				return real.values() == null ? real
						: new Outcome(Outcome.Kind.FEASIBLE, real.values(), 1e12, "FEASIBLE");
			}
		});

		PortfolioResult result = optimiser.optimise(problem);

		assertThat(result.bound()).isNotNull();
		assertBoundIsABound(problem, result);
	}

	private static void assertBoundIsABound(PortfolioProblem problem, PortfolioResult result) {
		if (!result.status().hasPortfolio()) {
			return;
		}
		BigDecimal scores = problem.candidates().stream().map(Candidate::score).filter(s -> s.signum() > 0)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		if (result.bound() != null) {
			assertThat(result.bound()).isGreaterThanOrEqualTo(result.objective()).isLessThanOrEqualTo(scores);
			if (result.objective().signum() > 0) {
				double gap = result.bound().subtract(result.objective()).doubleValue() / result.objective().doubleValue();
				assertThat(result.relativeGap()).isCloseTo(gap, org.assertj.core.data.Offset.offset(1e-9));
			}
		}
		if (result.status() == RunStatus.OPTIMAL) {
			assertThat(result.bound()).isEqualByComparingTo(result.objective());
			assertThat(result.relativeGap()).isZero();
		}
		else {
			assertThat(result.status()).isEqualTo(RunStatus.FEASIBLE);
			assertThat(result.bound() == null || result.bound().compareTo(result.objective()) > 0).isTrue();
		}
	}
}
