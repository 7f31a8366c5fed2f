package org.smartcityplanner.reports.actionplan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.actionplan.rules.LargestRemainder;
import org.smartcityplanner.reports.actionplan.ActionPlanInput.Named;
import org.smartcityplanner.reports.actionplan.ActionPlanInput.PlanRow;
import org.smartcityplanner.shared.Baht;

/**
 * What one source is asked for in one action-plan item, by budget category: the source's funding of that year
 * shared among the categories in proportion to the year's cost per category, to the satang (largest
 * remainders), so the categories add up exactly to what the source gives. A year without categorised costs
 * (a budget kept as the master plan's estimate) puts the whole amount under {@code unspecified}.
 */
public final class SourceShare {

	private SourceShare() {
	}

	/** Category name to amount, in the order of {@code categories}; empty when the source gives nothing. */
	public static Map<String, Baht> byCategory(PlanRow row, String source, List<Named> categories, String unspecified) {
		long amount = row.funding(source).satang();
		Map<String, Baht> result = new LinkedHashMap<>();
		if (amount <= 0) {
			return result;
		}
		Map<String, Long> weights = new LinkedHashMap<>();
		categories.forEach(category -> {
			long cost = row.cost(category.code()).satang();
			if (cost > 0) {
				weights.put(category.name(), cost);
			}
		});
		if (weights.isEmpty()) {
			result.put(unspecified, new Baht(amount));
			return result;
		}
		LargestRemainder.share(amount, weights).forEach((name, satang) -> {
			if (satang > 0) {
				result.put(name, new Baht(satang));
			}
		});
		return result;
	}
}
