package org.smartcityplanner.plan.model;

import static org.smartcityplanner.plan.model.KpiBuilder.aKpi;
import static org.smartcityplanner.plan.model.ProjectBuilder.aProject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Small plan parts for tests, and one plan that meets every readiness rule.
 */
public final class TestPlans {

	/** The seven smart dimensions, in their official order. */
	public static final List<String> DIMENSIONS = List.of("ENV", "ECO", "MOB", "ENE", "PEO", "LIV", "GOV");

	private TestPlans() {
	}

	public static Goal goal(String id, String dimension, Strategy... strategies) {
		return goal(id, dimension, Alignment.NONE, strategies);
	}

	public static Goal goal(String id, String dimension, Alignment alignment, Strategy... strategies) {
		return new Goal(new ItemId(id), dimension, "เป้าหมาย " + id, "", List.of(strategies), alignment);
	}

	public static Strategy strategy(String id, Project... projects) {
		return strategy(id, Alignment.NONE, projects);
	}

	public static Strategy strategy(String id, Alignment alignment, Project... projects) {
		return new Strategy(new ItemId(id), "กลยุทธ์ " + id, "", List.of(projects), alignment);
	}

	/** An alignment with only these national strategies, e.g. {@code NS2}. */
	public static Alignment nationalStrategies(String... codes) {
		return new Alignment(Set.of(codes), Set.of(), Set.of(), Set.of(), Set.of());
	}

	public static PlanSections completeSections() {
		return new PlanSections("โครงข่ายไฟเบอร์และเซนเซอร์", "ข้อมูลจากหน่วยงานในจังหวัด", "เปิดเผยผ่านศูนย์ข้อมูลเปิด",
				"มาตรฐานความมั่นคงปลอดภัยไซเบอร์", "แบ่งปันข้อมูลระหว่างหน่วยงาน", "คณะกรรมการขับเคลื่อนเมืองอัจฉริยะจังหวัด",
				"ภาครัฐ เอกชน และประชาชน", "งบพัฒนาจังหวัดและการร่วมลงทุน", "ติดตามผลรายไตรมาส");
	}

	/**
	 * A plan that passes every readiness policy: one goal per dimension ({@code goal-ENV}), each with one
	 * strategy ({@code strategy-ENV}) and one complete project ({@code project-ENV}), each goal and project with
	 * a complete KPI ({@code kpi-goal-ENV}, {@code kpi-project-ENV}).
	 */
	public static PlanDocument readyPlan() {
		List<Goal> goals = new ArrayList<>();
		List<Kpi> kpis = new ArrayList<>();
		for (String dimension : DIMENSIONS) {
			goals.add(goal("goal-" + dimension, dimension,
					strategy("strategy-" + dimension, aProject("project-" + dimension).build())));
			kpis.add(aKpi("kpi-goal-" + dimension, "goal-" + dimension).build());
			kpis.add(aKpi("kpi-project-" + dimension, "project-" + dimension).build());
		}
		return PlanBuilder.aPlan().goals(goals).kpis(kpis).build();
	}
}
