package org.smartcityplanner.actionplan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;

/** A province plan with a few costed projects for action-plan tests. */
public final class ActionPlanFixtures {

	private ActionPlanFixtures() {
	}

	/**
	 * Starts a 2570–2574 plan in the province with one goal (ENV), one strategy and one project per entry of
	 * {@code costs} (name to cost in FY 2570, whole baht). Returns the project ids in order.
	 */
	public static List<String> planWithProjects(PlanUseCases plans, ProvinceCode province, Map<String, Long> costs) {
		// tests of other modules may have started this province's plan in the shared test database first
		if (plans.plan(province).isEmpty()) {
			plans.startPlan(province, "แผนทดสอบ", PlanFixtures.PERIOD);
		}
		ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", "อากาศสะอาด"));
		ItemId strategy = plans.addStrategy(province, goal, PlanFixtures.strategy("เฝ้าระวังฝุ่น"));
		List<String> ids = new ArrayList<>();
		costs.forEach((name, baht) -> {
			Project project = new Project(ItemId.random(), name, "เหตุผล", "วัตถุประสงค์", Set.of(), "สำนักงานจังหวัด",
					List.of("เทศบาลนคร"), new FiscalYear(2570), new FiscalYear(2570),
					Map.of(new FiscalYear(2570), Baht.of(baht)), Baht.of(baht), "ผลผลิต", "ผลลัพธ์",
					new Alignment(Set.of("NS2"), Set.of(), Set.of(), Set.of("SDG11"), Set.of("PS1")));
			ids.add(plans.addProject(province, strategy, project).value());
		});
		return ids;
	}
}
