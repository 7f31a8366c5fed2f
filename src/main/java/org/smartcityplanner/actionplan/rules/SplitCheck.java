package org.smartcityplanner.actionplan.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Checks a funding split, where it is entered, against the rules of each source it names: eligibility (dimension
 * and project type), multi-year funding, the cap per project and the co-funding share. It asks
 * {@link ProposalCheck} - the same rules the proposal pages and the optimiser apply - rather than restating them,
 * so a split the optimiser would refuse as INVALID or INFEASIBLE is refused at the budget form instead.
 */
public final class SplitCheck {

	/**
	 * Findings of {@link ProposalCheck} that are not about the money: a missing project type is not refused here
	 * because the optimiser funds a project without a type from any source; "nothing requested" cannot happen
	 * for a source the split names.
	 */
	private static final Set<String> NOT_ABOUT_THE_SPLIT = Set.of("actionplan.rule.typeMissing",
			"actionplan.rule.nothingRequested");

	private SplitCheck() {
	}

	/**
	 * The rules the split breaks, source by source in the split's order.
	 *
	 * @param sheet a budget sheet whose own {@link BudgetSheet#check()} found nothing
	 * @param dimension the smart dimension of the project
	 * @param type the project type, or {@code null} while not set
	 * @param rules the rule of a source by its code
	 */
	public static List<Finding> check(BudgetSheet sheet, String dimension, ProjectType type,
			Function<String, SourceRule> rules) {
		List<Finding> breaks = new ArrayList<>();
		if (sheet.split().isEmpty()) {
			return breaks;
		}
		Map<String, Map<FiscalYear, Baht>> byYear = sheet.bySourceAndYear();
		sheet.split().forEach((source, requested) -> {
			int fundedYears = byYear.getOrDefault(source, Map.of()).size();
			ProposalFacts facts = new ProposalFacts(dimension, type, Set.of(), fundedYears, sheet.total(), requested);
			ProposalCheck.check(rules.apply(source), facts).ruleBreaks().stream()
				.filter(finding -> !NOT_ABOUT_THE_SPLIT.contains(finding.messageKey()))
				.forEach(breaks::add);
		});
		return breaks;
	}
}
