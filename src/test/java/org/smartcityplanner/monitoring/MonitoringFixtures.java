package org.smartcityplanner.monitoring;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A project of a province's action plan for monitoring tests: the plan is started when the province has none
 * (other tests may have started one), the project gets a goal of its own and an action item in fiscal year 2570
 * funded by the provincial budget (PROV) with two quarterly milestones.
 */
public final class MonitoringFixtures {

	public static final FiscalYear Y2570 = new FiscalYear(2570);

	private MonitoringFixtures() {
	}

	/** Returns the new project's id. */
	public static String actionPlanProject(PlanUseCases plans, ActionPlanUseCases actionPlans, ProvinceCode province,
			String name, long baht) {
		if (plans.plan(province).isEmpty()) {
			plans.startPlan(province, "แผนทดสอบการติดตามผล", PlanFixtures.PERIOD);
		}
		ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", "เป้าหมายของ " + name));
		ItemId strategy = plans.addStrategy(province, goal, PlanFixtures.strategy("กลยุทธ์ของ " + name));
		Project project = new Project(ItemId.random(), name, "เหตุผล", "วัตถุประสงค์", Set.of(), "สำนักงานจังหวัด",
				List.of(), Y2570, Y2570, Map.of(Y2570, Baht.of(baht)), Baht.of(baht), "ผลผลิต", "ผลลัพธ์",
				new Alignment(Set.of("NS2"), Set.of("MP06"), Set.of(), Set.of(), Set.of()));
		String id = plans.addProject(province, strategy, project).value();
		long item = actionPlans.addActionItem(province, Y2570, id);
		actionPlans.updateActionItem(province, item, Map.of("PROV", Baht.of(baht)), "สำนักงานโยธาธิการจังหวัด",
				ActionItemStatus.IN_PROGRESS, List.of("ออกแบบแล้วเสร็จ", "ลงนามสัญญา", "", "ส่งมอบงาน"), 1);
		return id;
	}
}
