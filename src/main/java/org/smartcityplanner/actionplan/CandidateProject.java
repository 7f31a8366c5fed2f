package org.smartcityplanner.actionplan;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * A plan project as the action plan sees it: the master plan's facts and the action plan's budget.
 *
 * @param id stable plan item id
 * @param name project name
 * @param dimension smart dimension of its goal
 * @param leadAgency responsible agency
 * @param areaIds target areas it serves
 * @param planEstimate the master plan's estimated budget per fiscal year
 * @param budget the action plan's data about it
 * @param weightedScore score under the province's weights (0–10)
 */
public record CandidateProject(String id, String name, String dimension, String leadAgency, Set<Long> areaIds,
		Map<FiscalYear, Baht> planEstimate, ProjectBudget budget, BigDecimal weightedScore) {

	/**
	 * The cost per fiscal year the optimiser uses: the budget lines when entered, otherwise the master plan's
	 * estimate.
	 */
	public Map<FiscalYear, Baht> costByYear() {
		if (budget.sheet().total().satang() > 0) {
			java.util.TreeMap<FiscalYear, Baht> costs = new java.util.TreeMap<>();
			budget.sheet().lines().keySet().forEach(year -> costs.put(year, budget.sheet().yearTotal(year)));
			return costs;
		}
		return planEstimate;
	}

	/**
	 * The cost per budget category of an action plan item of this project: the budget sheet's line of the item's
	 * {@linkplain ActionItem#budgetYear() budget year}, so an item the adopted run moved carries the costs of the
	 * year it moved from. Empty when the budget has no lines (the master plan's estimate has no categories).
	 */
	public Map<String, Baht> costByCategory(ActionItem item) {
		return budget.sheet().lines().getOrDefault(item.budgetYear(), Map.of());
	}

	/** The whole cost the optimiser uses. */
	public Baht cost() {
		return costByYear().values().stream().reduce(Baht.ZERO, Baht::plus);
	}
}
