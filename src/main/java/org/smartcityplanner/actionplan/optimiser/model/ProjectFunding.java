package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.ToLongBiFunction;

/**
 * Funding rules of one candidate: which sources may pay, the least and most each must pay, and a split of its
 * cost across them within the money left in each envelope.
 */
public final class ProjectFunding {

	private ProjectFunding() {
	}

	/**
	 * The rules of the candidate whose source exists and may fund it (a single-year-only source cannot fund a
	 * multi-year project).
	 */
	public static List<FundingRule> eligibleRules(PortfolioProblem problem, Candidate candidate) {
		var rules = new ArrayList<FundingRule>();
		for (FundingRule rule : candidate.fundingRules()) {
			for (BudgetSource source : problem.sources()) {
				if (source.code().equals(rule.sourceCode())
						&& (source.multiYearAllowed() || candidate.duration() == 1)) {
					rules.add(rule);
				}
			}
		}
		return rules;
	}

	/** Least a source must pay when the project is funded: its minimum share, rounded up to whole satang. */
	public static long minimumPayment(FundingRule rule, long totalCost) {
		return -Math.floorDiv(-(long) rule.minShareBasisPoints() * totalCost, FundingRule.ALL);
	}

	/** Most a source may pay: its maximum share (rounded down to whole satang) and its cap. */
	public static long maximumPayment(FundingRule rule, long totalCost) {
		return Math.min(rule.capSatang(), Math.floorDiv((long) rule.maxShareBasisPoints() * totalCost, FundingRule.ALL));
	}

	/**
	 * Whether the eligible sources' shares and caps can cover the project's cost when envelopes do not matter.
	 * A fixed split must respect them too.
	 */
	public static boolean rulesCanCoverCost(PortfolioProblem problem, Candidate candidate) {
		return split(problem, candidate, candidate.earliestStart(), (s, y) -> MaxFlow.INFINITE).isPresent();
	}

	/**
	 * A split of the project's cost per source and fiscal year, starting in {@code startYear}, that respects the
	 * funding rules and leaves every envelope non-negative, or empty when none exists.
	 *
	 * @param remaining money left per source code and fiscal year
	 */
	public static Optional<List<Funding>> split(PortfolioProblem problem, Candidate candidate, int startYear,
			ToLongBiFunction<String, Integer> remaining) {
		List<FundingRule> rules = eligibleRules(problem, candidate);
		long total = candidate.totalCost();
		if (!candidate.fixedFunding().isEmpty()) {
			return fixedSplit(candidate, rules, startYear, remaining, total);
		}
		int years = candidate.duration();
		int source = 0;
		int sink = 1;
		var network = new MaxFlow(2 + rules.size() + years);
		int[][] arcIds = new int[rules.size()][years];
		for (int r = 0; r < rules.size(); r++) {
			FundingRule rule = rules.get(r);
			long min = minimumPayment(rule, total);
			long max = maximumPayment(rule, total);
			if (min > max) {
				return Optional.empty();
			}
			network.arc(source, 2 + r, min, max);
			for (int i = 0; i < years; i++) {
				long cost = candidate.costProfile().get(i);
				long left = Math.max(0, remaining.applyAsLong(rule.sourceCode(), startYear + i));
				arcIds[r][i] = network.arc(2 + r, 2 + rules.size() + i, 0, Math.min(cost, left));
			}
		}
		for (int i = 0; i < years; i++) {
			long cost = candidate.costProfile().get(i);
			network.arc(2 + rules.size() + i, sink, cost, cost);
		}
		if (!network.feasible(source, sink)) {
			return Optional.empty();
		}
		var funding = new ArrayList<Funding>();
		for (int r = 0; r < rules.size(); r++) {
			for (int i = 0; i < years; i++) {
				long amount = network.flow(arcIds[r][i]);
				if (amount > 0) {
					funding.add(new Funding(rules.get(r).sourceCode(), startYear + i, amount));
				}
			}
		}
		return Optional.of(funding);
	}

	private static Optional<List<Funding>> fixedSplit(Candidate candidate, List<FundingRule> rules, int startYear,
			ToLongBiFunction<String, Integer> remaining, long total) {
		var funding = new ArrayList<Funding>();
		for (FixedFunding part : candidate.fixedFunding()) {
			if (part.satang() == 0) {
				continue;
			}
			int year = startYear + part.yearIndex();
			if (rules.stream().noneMatch(r -> r.sourceCode().equals(part.sourceCode()))
					|| remaining.applyAsLong(part.sourceCode(), year) < part.satang()) {
				return Optional.empty();
			}
			funding.add(new Funding(part.sourceCode(), year, part.satang()));
		}
		for (FundingRule rule : rules) {
			long paid = candidate.fixedFunding().stream()
				.filter(f -> f.sourceCode().equals(rule.sourceCode()))
				.mapToLong(FixedFunding::satang)
				.sum();
			if (paid > 0 && (paid < minimumPayment(rule, total) || paid > maximumPayment(rule, total))
					|| paid == 0 && minimumPayment(rule, total) > 0) {
				return Optional.empty();
			}
		}
		return Optional.of(funding);
	}
}
