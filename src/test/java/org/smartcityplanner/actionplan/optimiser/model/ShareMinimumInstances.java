package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.smartcityplanner.bench.OptimiserInstances;

/**
 * The benchmark's seeded province-like instances ({@link OptimiserInstances}: co-funding shares, caps,
 * single-year sources, shiftable starts, dependencies, exclusive groups, count minimums) with what made the
 * optimiser stop far from the optimum (issue 16): minimum cost shares for two dimensions (ECO ≥ 25 %,
 * MOB ≥ 20 %) and fixed splits on about one project in six. Every amount is a multiple of ฿1,000.
 */
public final class ShareMinimumInstances {

	/** Every amount of these instances is a multiple of this many satang (฿1,000). */
	public static final long UNIT = 100_000;

	private ShareMinimumInstances() {
	}

	public static PortfolioProblem generate(int candidates, long seed) {
		PortfolioProblem base = OptimiserInstances.generate(candidates, seed);
		var random = new Random(seed * 31 + candidates);
		var projects = new ArrayList<Candidate>();
		for (Candidate c : base.candidates()) {
			projects.add(random.nextInt(6) == 0 ? withFixedSplit(base, c) : c);
		}
		var minimums = new ArrayList<>(base.minimums());
		minimums.add(new Minimum(Minimum.Scope.DIMENSION, "ECO", 0, 2500));
		minimums.add(new Minimum(Minimum.Scope.DIMENSION, "MOB", 0, 2000));
		return base.withCandidates(projects).withMinimums(minimums);
	}

	/**
	 * Half of every year's cost from each of the first two eligible sources, when their shares and caps allow it
	 * and no other eligible source must co-fund; otherwise the project as it was.
	 */
	private static Candidate withFixedSplit(PortfolioProblem problem, Candidate c) {
		List<FundingRule> rules = ProjectFunding.eligibleRules(problem, c);
		long total = c.totalCost();
		if (rules.size() < 2) {
			return c;
		}
		for (int r = 0; r < rules.size(); r++) {
			long least = ProjectFunding.minimumPayment(rules.get(r), total);
			boolean paying = r < 2;
			if (paying && (least > total / 2 || ProjectFunding.maximumPayment(rules.get(r), total) < total / 2)
					|| !paying && least > 0) {
				return c;
			}
		}
		var split = new ArrayList<FixedFunding>();
		for (int i = 0; i < c.duration(); i++) {
			long half = c.costProfile().get(i) / 2;
			split.add(new FixedFunding(rules.get(0).sourceCode(), i, half));
			split.add(new FixedFunding(rules.get(1).sourceCode(), i, c.costProfile().get(i) - half));
		}
		return c.withFixedFunding(split);
	}
}
