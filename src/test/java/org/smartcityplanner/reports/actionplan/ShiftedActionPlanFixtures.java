package org.smartcityplanner.reports.actionplan;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.RunState;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.plan.internal.PlanUseCases;
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

	private ShiftedActionPlanFixtures() {
	}

	/** Plans, budgets, solves and adopts once per province; returns the adopted run. */
	public static OptimiserRun adopted(PlanUseCases plans, ActionPlanUseCases actionPlans, ProvinceCode province) {
		if (!actionPlans.actionItems(province).isEmpty()) {
			return actionPlans.run(province, actionPlans.actionItems(province).get(0).runId()).orElseThrow();
		}
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put(DRAINAGE, 6_000_000L);
		costs.put(LIGHTS, 2_000_000L);
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, province, costs);
		String drainage = ids.get(0);
		String lights = ids.get(1);
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
}
