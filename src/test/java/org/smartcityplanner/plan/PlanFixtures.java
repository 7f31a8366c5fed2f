package org.smartcityplanner.plan;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/** Small plan items for tests. */
public final class PlanFixtures {

	public static final PlanPeriod PERIOD = new PlanPeriod(new FiscalYear(2570), new FiscalYear(2574));

	private PlanFixtures() {
	}

	public static Goal goal(String dimension, String title) {
		return new Goal(ItemId.random(), dimension, title, "", List.of(),
				new Alignment(Set.of("NS5"), Set.of("MP06"), Set.of("M08"), Set.of("SDG11"), Set.of()));
	}

	public static Strategy strategy(String title) {
		return new Strategy(ItemId.random(), title, "", List.of(), new Alignment(Set.of("NS2"), Set.of(), Set.of(),
				Set.of(), Set.of()));
	}

	/** A project in target area 1 (for documents built without the database). */
	public static Project project(String name) {
		return project(name, Set.of(1L));
	}

	/** A project in the given target areas: through the plan's API they must be the province's own. */
	public static Project project(String name, Set<Long> targetAreaIds) {
		return new Project(ItemId.random(), name, "เหตุผล", "วัตถุประสงค์", targetAreaIds, "สำนักงานจังหวัด",
				List.of("เทศบาลนคร"), new FiscalYear(2570), new FiscalYear(2571),
				Map.of(new FiscalYear(2570), Baht.of(1_200_000), new FiscalYear(2571), Baht.of(800_000)),
				Baht.of(2_000_000), "ผลผลิต", "ผลลัพธ์", new Alignment(Set.of(), Set.of(), Set.of(), Set.of("SDG7"),
						Set.of()));
	}

	public static Kpi kpi(ItemId owner, String name) {
		return new Kpi(ItemId.random(), owner, "IND-ENV-01", name, "µg/m³",
				new Baseline(new BigDecimal("38.5"), new FiscalYear(2568), "สำนักงานสิ่งแวดล้อมภาค"),
				Map.of(new FiscalYear(2570), new BigDecimal("35"), new FiscalYear(2571), new BigDecimal("33"),
						new FiscalYear(2572), new BigDecimal("31"), new FiscalYear(2573), new BigDecimal("29.5"),
						new FiscalYear(2574), new BigDecimal("28.00")));
	}
}
