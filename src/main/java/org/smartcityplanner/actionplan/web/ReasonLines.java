package org.smartcityplanner.actionplan.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.ExclusionReason;
import org.smartcityplanner.actionplan.optimiser.model.ReasonKind;

/**
 * The reasons of one excluded project as lines to read: a shortfall of the same source in several years is one
 * sentence naming the years (and what each lacks), not the same sentence once per year.
 */
final class ReasonLines {

	private ReasonLines() {
	}

	static List<String> of(List<ExclusionReason> reasons, Explanations explain) {
		Map<String, List<ExclusionReason>> shortfallsBySource = new LinkedHashMap<>();
		for (ExclusionReason reason : reasons) {
			if (isYearlyShortfall(reason)) {
				shortfallsBySource.computeIfAbsent(Objects.toString(reason.sourceCode(), ""), key -> new ArrayList<>())
					.add(reason);
			}
		}
		Set<String> lines = new LinkedHashSet<>();
		Set<String> grouped = new LinkedHashSet<>();
		for (ExclusionReason reason : reasons) {
			if (!isYearlyShortfall(reason)) {
				lines.add(explain.reason(reason));
				continue;
			}
			String source = Objects.toString(reason.sourceCode(), "");
			List<ExclusionReason> years = shortfallsBySource.get(source);
			if (years.size() == 1) {
				lines.add(explain.reason(reason));
			}
			else if (grouped.add(source)) {
				lines.add(shortfallOverYears(years, explain));
			}
		}
		return List.copyOf(lines);
	}

	private static boolean isYearlyShortfall(ExclusionReason reason) {
		return reason.kind() == ReasonKind.ENVELOPE_SHORTFALL && reason.fiscalYear() != null;
	}

	private static String shortfallOverYears(List<ExclusionReason> reasons, Explanations explain) {
		List<ExclusionReason> byYear = reasons.stream()
			.sorted(java.util.Comparator.comparing(ExclusionReason::fiscalYear)).toList();
		MoneyFormat money = new MoneyFormat();
		List<String> years = byYear.stream().map(reason -> String.valueOf(reason.fiscalYear())).distinct().toList();
		List<String> amounts = byYear.stream().map(reason -> money.satang(reason.amountSatang())).toList();
		return explain.pages().text("actionplan.reason.ENVELOPE_SHORTFALL.years",
				explain.source(byYear.get(0).sourceCode()), joined(years, explain), joined(amounts, explain));
	}

	/** "a, b and c" in the page's language. */
	static String joined(List<String> items, Explanations explain) {
		if (items.size() == 1) {
			return items.get(0);
		}
		return explain.pages().text("actionplan.list.and", String.join(", ", items.subList(0, items.size() - 1)),
				items.get(items.size() - 1));
	}
}
