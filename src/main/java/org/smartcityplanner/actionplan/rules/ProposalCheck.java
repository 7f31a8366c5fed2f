package org.smartcityplanner.actionplan.rules;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks a proposal against its source's rules: required fields, eligible dimension and type, the cap per
 * project, the co-funding share and multi-year funding.
 */
public final class ProposalCheck {

	private ProposalCheck() {
	}

	public static ProposalStatus check(SourceRule rule, ProposalFacts facts) {
		List<FormField> missing = rule.requiredFields().stream()
			.filter(field -> !facts.filledFields().contains(field))
			.toList();
		List<Finding> breaks = new ArrayList<>();
		if (facts.type() == null && !rule.eligibleTypes().isEmpty()) {
			breaks.add(Finding.of("actionplan.rule.typeMissing", rule.sourceCode()));
		}
		else if (!rule.funds(facts.dimension(), facts.type())) {
			breaks.add(Finding.of("actionplan.rule.notEligible", rule.sourceCode(), facts.dimension(),
					facts.type() == null ? "" : facts.type().name()));
		}
		if (facts.requested().satang() <= 0) {
			breaks.add(Finding.of("actionplan.rule.nothingRequested", rule.sourceCode()));
		}
		else if (facts.requested().compareTo(rule.maxShareOf(facts.cost())) > 0) {
			breaks.add(rule.maxPerProject() != null && facts.requested().compareTo(rule.maxPerProject()) > 0
					? Finding.of("actionplan.rule.overCap", rule.sourceCode(), facts.requested(), rule.maxPerProject())
					: Finding.of("actionplan.rule.coFundingShort", rule.sourceCode(), rule.coFundingPercent(),
							rule.maxShareOf(facts.cost())));
		}
		if (!rule.multiYearAllowed() && facts.fundedYears() > 1) {
			breaks.add(Finding.of("actionplan.rule.singleYearOnly", rule.sourceCode(), facts.fundedYears()));
		}
		return new ProposalStatus(missing, breaks, rule.requiredFields().size());
	}
}
