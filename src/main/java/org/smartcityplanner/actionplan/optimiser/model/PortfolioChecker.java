package org.smartcityplanner.actionplan.optimiser.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Re-checks a portfolio against every rule of its problem, independently of how it was found. Used to verify
 * solver answers, to list the rules the greedy baseline leaves unmet, and by the explanations.
 */
public final class PortfolioChecker {

	private PortfolioChecker() {
	}

	/** The rules the portfolio breaks; empty when it satisfies all of them. */
	public static List<ConstraintRef> violations(PortfolioProblem problem, List<SelectedProject> selected) {
		Set<ConstraintRef> broken = new LinkedHashSet<>();
		Map<String, Candidate> byId = candidatesById(problem);
		Map<String, SelectedProject> chosen = new HashMap<>();
		for (SelectedProject s : selected) {
			Candidate c = byId.get(s.projectId());
			if (c == null || chosen.put(s.projectId(), s) != null) {
				broken.add(ConstraintRef.fundingRules(s.projectId()));
				continue;
			}
			if (s.startYear() < c.earliestStart() || s.startYear() > c.latestStart()) {
				broken.add(ConstraintRef.startWindow(c.projectId()));
			}
			if (!fundingFollowsRules(problem, c, s)) {
				broken.add(ConstraintRef.fundingRules(c.projectId()));
			}
		}
		for (Candidate c : problem.candidates()) {
			if (c.mandatory() && !chosen.containsKey(c.projectId())) {
				broken.add(ConstraintRef.mandatory(c.projectId()));
			}
		}
		for (EnvelopeUse use : envelopeUse(problem, selected)) {
			if (use.usedSatang() > use.envelopeSatang()) {
				broken.add(ConstraintRef.envelope(use.sourceCode(), use.fiscalYear()));
			}
		}
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			if (group.projectIds().stream().filter(chosen::containsKey).count() > 1) {
				broken.add(ConstraintRef.exclusiveGroup(group.groupId()));
			}
		}
		for (Dependency d : problem.dependencies()) {
			SelectedProject dependent = chosen.get(d.projectId());
			SelectedProject required = chosen.get(d.requiredProjectId());
			if (dependent != null && (required == null || required.startYear() > dependent.startYear())) {
				broken.add(ConstraintRef.dependency(d));
			}
		}
		for (Minimum m : problem.minimums()) {
			if (!meets(m, problem, chosen.keySet())) {
				broken.add(m.ref());
			}
		}
		return new ArrayList<>(broken);
	}

	/** Whether the funded projects meet a minimum's count and budget share. */
	public static boolean meets(Minimum minimum, PortfolioProblem problem, Set<String> fundedIds) {
		long count = 0;
		long covered = 0;
		long total = 0;
		for (Candidate c : problem.candidates()) {
			if (fundedIds.contains(c.projectId())) {
				total += c.totalCost();
				if (minimum.covers(c)) {
					count++;
					covered += c.totalCost();
				}
			}
		}
		return count >= minimum.minCount() && shareMet(covered, total, minimum.minBudgetShareBasisPoints());
	}

	/**
	 * Whether {@code covered} is at least {@code basisPoints} of {@code total}; exact even where the products
	 * would overflow a long.
	 */
	public static boolean shareMet(long covered, long total, int basisPoints) {
		return BigInteger.valueOf(covered)
			.multiply(BigInteger.valueOf(FundingRule.ALL))
			.compareTo(BigInteger.valueOf(total).multiply(BigInteger.valueOf(basisPoints))) >= 0;
	}

	/** Use of every envelope of the plan period (binding flags left {@code false}). */
	public static List<EnvelopeUse> envelopeUse(PortfolioProblem problem, List<SelectedProject> selected) {
		Map<String, Long> used = new HashMap<>();
		for (SelectedProject s : selected) {
			for (Funding f : s.funding()) {
				used.merge(f.sourceCode() + "@" + f.fiscalYear(), f.satang(), Long::sum);
			}
		}
		var uses = new ArrayList<EnvelopeUse>();
		for (BudgetSource source : problem.sources()) {
			for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
				uses.add(new EnvelopeUse(source.code(), year, source.envelope(year),
						used.getOrDefault(source.code() + "@" + year, 0L), false));
			}
		}
		return uses;
	}

	static Map<String, Candidate> candidatesById(PortfolioProblem problem) {
		Map<String, Candidate> byId = new HashMap<>();
		for (Candidate c : problem.candidates()) {
			byId.put(c.projectId(), c);
		}
		return byId;
	}

	/**
	 * Whether a funded project's split follows its funding rules: per project year it adds up to the cost, only
	 * eligible sources pay, each within its share and cap, and a fixed split is kept.
	 */
	public static boolean fundingFollowsRules(PortfolioProblem problem, Candidate c, SelectedProject s) {
		long[] perYear = new long[c.duration()];
		Map<String, Long> perSource = new HashMap<>();
		for (Funding f : s.funding()) {
			int index = f.fiscalYear() - s.startYear();
			if (f.satang() < 0 || index < 0 || index >= perYear.length) {
				return false;
			}
			perYear[index] += f.satang();
			perSource.merge(f.sourceCode(), f.satang(), Long::sum);
		}
		for (int i = 0; i < perYear.length; i++) {
			if (perYear[i] != c.costProfile().get(i)) {
				return false;
			}
		}
		List<FundingRule> rules = ProjectFunding.eligibleRules(problem, c);
		for (String sourceCode : perSource.keySet()) {
			if (rules.stream().noneMatch(r -> r.sourceCode().equals(sourceCode))) {
				return false;
			}
		}
		long total = c.totalCost();
		for (FundingRule rule : rules) {
			long paid = perSource.getOrDefault(rule.sourceCode(), 0L);
			if (paid < ProjectFunding.minimumPayment(rule, total) || paid > ProjectFunding.maximumPayment(rule, total)) {
				return false;
			}
		}
		if (!c.fixedFunding().isEmpty()) {
			for (FixedFunding part : c.fixedFunding()) {
				if (part.satang() != s.amount(part.sourceCode(), s.startYear() + part.yearIndex())) {
					return false;
				}
			}
		}
		return true;
	}
}
