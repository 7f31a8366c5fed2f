package org.smartcityplanner.actionplan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.FixedFunding;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.ProjectFunding;

/**
 * Says which of a project's funding conditions a conflict is about, from the run's own inputs: no source funds
 * it, only single-year sources for a multi-year project, a fixed share above what its source may pay, caps and
 * shares that add up to less than the cost - or, when each holds on its own, the fixed split or the most each
 * source may pay, whose envelopes then decide. Before, an infeasible run only named "the source conditions of" a
 * mandatory project.
 */
final class FundingConditions {

	private final Explanations explain;

	FundingConditions(Explanations explain) {
		this.explain = explain;
	}

	/** The condition in the user's language, or {@code null} when the run's inputs do not have the project. */
	String describe(PortfolioProblem problem, String projectId) {
		Candidate candidate = problem.candidates().stream().filter(c -> c.projectId().equals(projectId)).findFirst()
			.orElse(null);
		if (candidate == null) {
			return null;
		}
		List<FundingRule> eligible = ProjectFunding.eligibleRules(problem, candidate);
		if (candidate.fundingRules().isEmpty()) {
			return text("actionplan.fundingRules.noSource");
		}
		if (eligible.isEmpty()) {
			return text("actionplan.fundingRules.singleYearOnly", sources(candidate.fundingRules()),
					candidate.duration());
		}
		long total = candidate.totalCost();
		if (!candidate.fixedFunding().isEmpty()) {
			return fixed(candidate, eligible, total);
		}
		long most = 0;
		List<String> limits = new ArrayList<>();
		for (FundingRule rule : eligible) {
			long maximum = ProjectFunding.maximumPayment(rule, total);
			most = Math.addExact(most, Math.min(maximum, total));
			limits.add(text("actionplan.fundingRules.atMost", explain.source(rule.sourceCode()), money(maximum, total)));
		}
		String list = String.join(", ", limits);
		return most < total ? text("actionplan.fundingRules.belowCost", list, explain.money(most), explain.money(total))
				: text("actionplan.fundingRules.eligible", list);
	}

	private String fixed(Candidate candidate, List<FundingRule> eligible, long total) {
		Map<String, Long> shares = new LinkedHashMap<>();
		candidate.fixedFunding().forEach(part -> shares.merge(part.sourceCode(), part.satang(), Long::sum));
		List<String> parts = new ArrayList<>();
		for (Map.Entry<String, Long> share : shares.entrySet()) {
			FundingRule rule = eligible.stream().filter(r -> r.sourceCode().equals(share.getKey())).findFirst()
				.orElse(null);
			String source = explain.source(share.getKey());
			if (rule == null) {
				return text("actionplan.fundingRules.fixedSingleYear", source, candidate.duration());
			}
			long maximum = ProjectFunding.maximumPayment(rule, total);
			if (share.getValue() > maximum) {
				return text("actionplan.fundingRules.fixedAboveLimit", source, explain.money(share.getValue()),
						explain.money(maximum));
			}
			parts.add(text("actionplan.fundingRules.share", source, explain.money(share.getValue()),
					years(candidate, share.getKey())));
		}
		return text("actionplan.fundingRules.fixedSplit", String.join(", ", parts));
	}

	/** The B.E. years a fixed share falls in when the project starts as early as it may. */
	private static String years(Candidate candidate, String source) {
		return String.join(", ", candidate.fixedFunding().stream()
			.filter(part -> part.sourceCode().equals(source) && part.satang() > 0)
			.map(FixedFunding::yearIndex).distinct().sorted()
			.map(index -> String.valueOf(candidate.earliestStart() + index)).toList());
	}

	private String sources(List<FundingRule> rules) {
		return String.join(", ", rules.stream().map(rule -> explain.source(rule.sourceCode())).toList());
	}

	private String money(long maximum, long total) {
		return explain.money(Math.min(maximum, total));
	}

	private String text(String key, Object... args) {
		return explain.pages().text(key, args);
	}
}
