package org.smartcityplanner.reports.actionplan;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Set;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.RunState;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A province whose adopted optimiser run moved a project: a two-year drainage project budgeted for 2570–2571
 * that the provincial envelope can only pay for from 2571, so the run starts it a year late; and a street-light
 * project funded as planned. The run is solved by the real worker and adopted, as a user would.
 */
public final class ShiftedActionPlanFixtures {

	static final String DRAINAGE = "ระบบระบายน้ำอัจฉริยะ";
	static final String LIGHTS = "ไฟถนนอัจฉริยะ";
	static final String OLD_TOWN = "ย่านเมืองเก่าริมน่าน";
	static final String RIVERSIDE = "ชุมชนริมแม่น้ำวังทอง";

	private ShiftedActionPlanFixtures() {
	}

	/**
	 * Plans, budgets, solves and adopts once per province; returns the adopted run. The drainage project serves
	 * the old town and the riverside, the street lights the old town.
	 */
	public static OptimiserRun adopted(PlanUseCases plans, ProfileUseCases profile, ActionPlanUseCases actionPlans,
			ProvinceCode province) {
		if (!actionPlans.actionItems(province).isEmpty()) {
			return actionPlans.run(province, actionPlans.actionItems(province).get(0).runId()).orElseThrow();
		}
		long oldTown = profile.addArea(province, new LocalizedText(OLD_TOWN, "Old town"), AreaType.OLD_TOWN, 12_000, null)
			.id();
		long riverside = profile.addArea(province, new LocalizedText(RIVERSIDE, "Riverside"), AreaType.NEW_TOWN, 8_000,
				null).id();
		plans.startPlan(province, "แผนทดสอบการเลื่อนโครงการ", PlanFixtures.PERIOD);
		ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", "น้ำไม่ท่วมเมือง"));
		ItemId strategy = plans.addStrategy(province, goal, PlanFixtures.strategy("ระบายน้ำเร็ว"));
		String drainage = project(plans, province, strategy, DRAINAGE, Set.of(riverside, oldTown));
		String lights = project(plans, province, strategy, LIGHTS, Set.of(oldTown));
		List<String> ids = List.of(drainage, lights);
		actionPlans.saveBudget(province, drainage, new BudgetSheet(
				Map.of(new FiscalYear(2570), Map.of("INVESTMENT", Baht.of(6_000_000)), new FiscalYear(2571),
						Map.of("INVESTMENT", Baht.of(20_000_000), "OPERATING", Baht.of(2_000_000))),
				Map.of("PROV", Baht.of(28_000_000))));
		actionPlans.saveBudget(province, lights, new BudgetSheet(
				Map.of(new FiscalYear(2570), Map.of("INVESTMENT", Baht.of(1_500_000), "OPERATING", Baht.of(500_000))),
				Map.of("PROV", Baht.of(2_000_000))));
		int version = actionPlans.project(province, drainage).orElseThrow().budget().version();
		actionPlans.saveSettings(province, drainage, new ProjectSettings(null, false, "", null, 2), version);
		ids.forEach(id -> actionPlans.saveScores(province, id, Map.of(Criterion.ALIGNMENT, new BigDecimal("8"))));
		actionPlans.saveEnvelopes(province, Map.of("PROV", Map.of(2570, Baht.of(2_000_000), 2571, Baht.of(6_000_000),
				2572, Baht.of(22_000_000), 2573, Baht.ZERO, 2574, Baht.ZERO)));
		long runId = actionPlans.startRun(province, RunRequest.current("เลื่อนโครงการ", 10, 1));
		Awaitility.await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
			.until(() -> actionPlans.run(province, runId).orElseThrow().state(), state -> state != RunState.QUEUED
					&& state != RunState.RUNNING);
		actionPlans.adopt(province, runId);
		return actionPlans.run(province, runId).orElseThrow();
	}

	private static String project(PlanUseCases plans, ProvinceCode province, ItemId strategy, String name,
			Set<Long> areas) {
		Project project = new Project(ItemId.random(), name, "เหตุผล", "วัตถุประสงค์", areas, "เทศบาลนคร",
				List.of(), new FiscalYear(2570), new FiscalYear(2571),
				Map.of(new FiscalYear(2570), Baht.of(1_000_000)), Baht.of(1_000_000), "ผลผลิต", "ผลลัพธ์",
				new Alignment(Set.of("NS2"), Set.of(), Set.of(), Set.of("SDG11"), Set.of("PS1")));
		return plans.addProject(province, strategy, project).value();
	}
}
