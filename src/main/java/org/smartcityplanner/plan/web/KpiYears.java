package org.smartcityplanner.plan.web;

import java.util.List;

import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.FiscalYear;
import org.springframework.ui.Model;

/**
 * The years the KPI form asks targets for: those the KPI applies to (its project's years inside the plan, every
 * year of the plan for a goal's KPI), and apart from them, each year the KPI already has a target for outside
 * those, so an old target is shown as such and can be cleared rather than silently dropped.
 */
final class KpiYears {

	private KpiYears() {
	}

	static void addTo(Model model, LoadedPlan plan, KpiForm form) {
		List<FiscalYear> applicable = form.getOwnerId() == null || form.getOwnerId().isBlank()
				? plan.header().period().years() : plan.document().targetYearsOf(new ItemId(form.getOwnerId()));
		List<Integer> years = applicable.stream().map(FiscalYear::buddhistYear).toList();
		model.addAttribute("years", years);
		model.addAttribute("outsideYears",
				form.getTargets().keySet().stream().filter(year -> year != null && !years.contains(year)).sorted()
					.toList());
		model.addAttribute("firstTargetYear", years.get(0));
		model.addAttribute("lastTargetYear", years.get(years.size() - 1));
	}
}
