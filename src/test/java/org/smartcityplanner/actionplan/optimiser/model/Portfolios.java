package org.smartcityplanner.actionplan.optimiser.model;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Tiny portfolio problems for tests, amounts in whole baht, plan period from FY 2570. */
public final class Portfolios {

	public static final int FY = 2570;

	private Portfolios() {
	}

	/** Baht to satang. */
	public static long baht(long baht) {
		return baht * 100;
	}

	/** A multi-year source with envelopes (baht) for FY 2570, 2571, ... */
	public static BudgetSource source(String code, long... bahtPerYear) {
		Map<Integer, Long> envelopes = new HashMap<>();
		for (int i = 0; i < bahtPerYear.length; i++) {
			envelopes.put(FY + i, baht(bahtPerYear[i]));
		}
		return BudgetSource.of(code, envelopes);
	}

	/** An optional project starting in FY 2570 with costs (baht) per project year, any funding rules. */
	public static Candidate project(String id, String score, List<FundingRule> rules, long... bahtPerYear) {
		return Candidate.of(id, "ENV", score, FY, Arrays.stream(bahtPerYear).map(Portfolios::baht).boxed().toList(),
				rules);
	}

	/** An optional one-source project starting in FY 2570. */
	public static Candidate project(String id, String score, String source, long... bahtPerYear) {
		return project(id, score, List.of(FundingRule.any(source)), bahtPerYear);
	}

	public static Candidate inDimension(Candidate c, String dimension) {
		return new Candidate(c.projectId(), dimension, c.areaIds(), c.score(), c.costProfile(), c.mandatory(),
				c.earliestStart(), c.latestStart(), c.fundingRules(), c.fixedFunding());
	}

	public static Candidate inAreas(Candidate c, String... areas) {
		return c.withAreas(Set.of(areas));
	}

	/** A problem over {@code years} fiscal years from FY 2570 with a short time limit. */
	public static PortfolioProblem problem(int years, List<BudgetSource> sources, List<Candidate> candidates) {
		return PortfolioProblem.of(FY, FY + years - 1, sources, candidates)
			.withOptions(SolverOptions.of(SolverChoice.AUTO, Duration.ofSeconds(5), 1));
	}

	/** Ids of the selected projects, sorted. */
	public static List<String> selectedIds(PortfolioResult result) {
		var ids = new ArrayList<String>();
		result.selected().forEach(s -> ids.add(s.projectId()));
		ids.sort(null);
		return ids;
	}

	public static BigDecimal score(String value) {
		return new BigDecimal(value);
	}
}
