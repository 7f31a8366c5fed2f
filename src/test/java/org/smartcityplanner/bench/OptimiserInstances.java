package org.smartcityplanner.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.BudgetSource;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.SolverOptions;

/**
 * Seeded random portfolio problems shaped like a province's: 5 fiscal years, 6 budget sources (two of them
 * single-year only), projects of 1–3 years costing ฿0.5–30 M a year in steps of ฿10,000, 2–3 eligible sources
 * each with caps and co-funding shares, a few mandatory projects, shiftable starts, dependencies, exclusive
 * groups, and minimums per smart dimension and area. Envelopes cover about 40 % of the demand.
 */
public final class OptimiserInstances {

	static final int FIRST_YEAR = 2570;
	static final int YEARS = 5;
	static final List<String> SOURCES = List.of("PROVINCIAL", "CLUSTER", "MINISTRY", "INTEGRATED", "LOCAL",
			"DE_FUND");
	static final List<String> DIMENSIONS = List.of("ENV", "ECO", "MOB", "GOV", "LIV", "PEO", "ENE");
	private static final long STEP = 1_000_000L; // ฿10,000 in satang

	private OptimiserInstances() {
	}

	public static PortfolioProblem generate(int candidates, long seed) {
		var random = new Random(seed);
		var projects = new ArrayList<Candidate>();
		for (int i = 0; i < candidates; i++) {
			projects.add(candidate(random, i));
		}
		var dependencies = new ArrayList<Dependency>();
		var groups = new ArrayList<ExclusiveGroup>();
		Set<String> grouped = new LinkedHashSet<>();
		for (int i = 1; i < candidates; i++) {
			if (random.nextDouble() < 0.10) {
				Candidate b = projects.get(i);
				Candidate a = projects.get(random.nextInt(i));
				if (!a.mandatory() && !b.mandatory() && a.earliestStart() <= b.latestStart()) {
					dependencies.add(new Dependency(b.projectId(), a.projectId()));
				}
			}
		}
		for (int i = 0; i + 2 < candidates; i += 3) {
			if (random.nextDouble() < 0.15) {
				var members = new LinkedHashSet<String>();
				int size = 2 + random.nextInt(2);
				for (int k = 0; k < size; k++) {
					Candidate c = projects.get(i + k);
					if (!c.mandatory() && grouped.add(c.projectId())) {
						members.add(c.projectId());
					}
				}
				if (members.size() >= 2) {
					groups.add(new ExclusiveGroup("G" + i, members));
				}
			}
		}
		var minimums = new ArrayList<Minimum>();
		for (String dimension : DIMENSIONS) {
			minimums.add(new Minimum(Minimum.Scope.DIMENSION, dimension, Math.max(1, candidates / 200), 0));
		}
		minimums.add(new Minimum(Minimum.Scope.DIMENSION, "ENV", 0, 1000));
		minimums.add(new Minimum(Minimum.Scope.AREA, "A1", Math.max(1, candidates / 100), 0));
		minimums.add(new Minimum(Minimum.Scope.AREA, "A5", 0, 800));
		return new PortfolioProblem(FIRST_YEAR, FIRST_YEAR + YEARS - 1, envelopes(random, projects), projects,
				groups, dependencies, minimums, SolverOptions.defaults());
	}

	private static Candidate candidate(Random random, int index) {
		int duration = 1 + random.nextInt(3);
		var costs = new ArrayList<Long>();
		for (int y = 0; y < duration; y++) {
			costs.add(STEP * (50 + random.nextInt(2951)));
		}
		int earliest = FIRST_YEAR + random.nextInt(YEARS - duration + 1);
		int latest = random.nextDouble() < 0.3 ? Math.min(FIRST_YEAR + YEARS - duration, earliest + 1 + random.nextInt(2))
				: earliest;
		var rules = new ArrayList<FundingRule>();
		var sources = new ArrayList<>(SOURCES);
		java.util.Collections.shuffle(sources, random);
		int eligible = 2 + random.nextInt(2);
		for (String source : sources.subList(0, eligible)) {
			rules.add(switch (source) {
				case "DE_FUND" -> new FundingRule(source, STEP * 2000, 0, 5000);
				case "LOCAL" -> new FundingRule(source, FundingRule.NO_CAP, random.nextBoolean() ? 1000 : 0, 10_000);
				case "CLUSTER" -> FundingRule.capped(source, STEP * 5000);
				default -> FundingRule.any(source);
			});
		}
		Set<String> areas = new LinkedHashSet<>();
		int areaCount = 1 + random.nextInt(2);
		for (int a = 0; a < areaCount; a++) {
			areas.add("A" + (1 + random.nextInt(8)));
		}
		long total = costs.stream().mapToLong(Long::longValue).sum();
		// score loosely tied to size, so score per baht varies and greedy is a fair baseline
		double raw = 20 + 60 * random.nextDouble() + 20 * Math.sqrt(total / (STEP * 3000.0 * 3));
		BigDecimal score = BigDecimal.valueOf(Math.round(raw * 10), 1);
		boolean mandatory = random.nextDouble() < 0.02 && duration == 1;
		return new Candidate("P" + index, DIMENSIONS.get(random.nextInt(DIMENSIONS.size())), areas, score, costs,
				mandatory, earliest, latest, rules, List.of());
	}

	private static List<BudgetSource> envelopes(Random random, List<Candidate> projects) {
		Map<String, Double> demand = new HashMap<>();
		for (Candidate c : projects) {
			for (FundingRule rule : c.fundingRules()) {
				demand.merge(rule.sourceCode(), c.totalCost() / (double) c.fundingRules().size(), Double::sum);
			}
		}
		var sources = new ArrayList<BudgetSource>();
		for (String code : SOURCES) {
			Map<Integer, Long> byYear = new HashMap<>();
			for (int y = 0; y < YEARS; y++) {
				double share = demand.getOrDefault(code, 0.0) / YEARS * 0.4 * (0.6 + 0.8 * random.nextDouble());
				byYear.put(FIRST_YEAR + y, STEP * Math.round(share / STEP));
			}
			boolean multiYear = !code.equals("PROVINCIAL") && !code.equals("CLUSTER");
			sources.add(new BudgetSource(code, byYear, multiYear));
		}
		return sources;
	}
}
