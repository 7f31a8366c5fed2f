package org.smartcityplanner.actionplan.internal.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioChecker;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.optimiser.model.SolverChoice;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;

/**
 * Property: on seeded random small instances (up to 14 projects, 2 sources, 3 fiscal years, with caps, shares,
 * single-year sources, mandatory projects, shiftable starts, exclusive groups, dependencies and minimums) the
 * optimiser's objective equals a brute-force enumeration, its portfolio passes an independent check, and it
 * calls infeasible exactly the instances the enumeration finds no portfolio for.
 */
class OptimiserMatchesBruteForceTests {

	private static final int FIRST = 2570;
	private static final long THOUSAND_BAHT = 100_000;

	private final OrToolsPortfolioOptimiser optimiser = new OrToolsPortfolioOptimiser();

	static Stream<Arguments> instances() {
		return LongStream.rangeClosed(1, 30)
			.boxed()
			.flatMap(seed -> Stream.of(Arguments.of(seed, SolverChoice.CP_SAT), Arguments.of(seed, SolverChoice.SCIP)));
	}

	@ParameterizedTest(name = "seed {0} on {1}")
	@MethodSource("instances")
	void objectiveEqualsBruteForce(long seed, SolverChoice solver) {
		PortfolioProblem problem = randomInstance(seed)
			.withOptions(SolverOptions.of(solver, Duration.ofSeconds(10), seed));

		var expected = new BruteForcePortfolio(problem).bestScore();
		PortfolioResult result = optimiser.optimise(problem);

		if (expected.isEmpty()) {
			assertThat(result.status()).isEqualTo(RunStatus.INFEASIBLE);
			assertThat(result.conflict()).isNotEmpty();
		}
		else {
			assertThat(result.status()).isEqualTo(RunStatus.OPTIMAL);
			assertThat(result.objective()).isEqualByComparingTo(expected.get());
			assertThat(PortfolioChecker.violations(problem, result.selected())).isEmpty();
			assertThat(result.exclusions()).hasSize(problem.candidates().size() - result.selected().size());
		}
	}

	static PortfolioProblem randomInstance(long seed) {
		var random = new Random(seed);
		int n = 6 + random.nextInt(9);
		var sources = List.of(source(random, "S1", true), source(random, "S2", random.nextInt(4) != 0));
		var candidates = new ArrayList<Candidate>();
		for (int i = 0; i < n; i++) {
			candidates.add(candidate(random, "P" + i, i == 0 && random.nextInt(4) == 0));
		}
		var groups = new ArrayList<ExclusiveGroup>();
		if (random.nextBoolean()) {
			groups.add(new ExclusiveGroup("G", Set.of("P1", "P2")));
		}
		var dependencies = new ArrayList<Dependency>();
		for (int d = 0; d < random.nextInt(3); d++) {
			int b = 1 + random.nextInt(n - 1);
			dependencies.add(new Dependency("P" + b, "P" + random.nextInt(b)));
		}
		var minimums = new ArrayList<Minimum>();
		if (random.nextBoolean()) {
			minimums.add(new Minimum(Minimum.Scope.DIMENSION, "ECO", 1 + random.nextInt(2), 0));
		}
		if (random.nextBoolean()) {
			minimums.add(new Minimum(Minimum.Scope.AREA, "NORTH", 0, 1000 + random.nextInt(3000)));
		}
		return new PortfolioProblem(FIRST, FIRST + 2, sources, candidates, groups, dependencies, minimums, null);
	}

	private static BudgetSource source(Random random, String code, boolean multiYear) {
		Map<Integer, Long> envelopes = new HashMap<>();
		for (int y = 0; y < 3; y++) {
			envelopes.put(FIRST + y, THOUSAND_BAHT * (5 + random.nextInt(30)));
		}
		return new BudgetSource(code, envelopes, multiYear);
	}

	private static Candidate candidate(Random random, String id, boolean mandatory) {
		int duration = 1 + (random.nextInt(3) == 0 ? 1 : 0) + (random.nextInt(8) == 0 ? 1 : 0);
		var costs = new ArrayList<Long>();
		for (int y = 0; y < duration; y++) {
			// odd baht amounts so share rounding to whole satang is exercised
			costs.add(THOUSAND_BAHT * (1 + random.nextInt(15)) + 100 * random.nextInt(3));
		}
		int earliest = FIRST + random.nextInt(3 - duration + 1);
		int latest = random.nextInt(4) == 0 ? Math.min(FIRST + 3 - duration, earliest + 1) : earliest;
		var rules = new ArrayList<FundingRule>();
		int eligibility = random.nextInt(10);
		if (eligibility != 0) {
			if (eligibility != 1) {
				rules.add(random.nextInt(4) == 0 ? FundingRule.capped("S1", THOUSAND_BAHT * (3 + random.nextInt(10)))
						: random.nextInt(4) == 0 ? FundingRule.shared("S1", 0, 6000) : FundingRule.any("S1"));
			}
			if (eligibility != 2) {
				rules.add(random.nextInt(4) == 0 ? FundingRule.shared("S2", 2000, 10_000) : FundingRule.any("S2"));
			}
		}
		var score = BigDecimal.valueOf(1 + random.nextInt(500), 1);
		var areas = random.nextInt(3) == 0 ? Set.of("NORTH") : Set.of("SOUTH");
		return new Candidate(id, random.nextInt(3) == 0 ? "ECO" : "ENV", areas, score, costs, mandatory, earliest,
				latest, rules, List.of());
	}
}
