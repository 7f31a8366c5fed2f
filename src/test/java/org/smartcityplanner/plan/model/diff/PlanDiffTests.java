package org.smartcityplanner.plan.model.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.smartcityplanner.plan.model.KpiBuilder.aKpi;
import static org.smartcityplanner.plan.model.ProjectBuilder.aProject;
import static org.smartcityplanner.plan.model.TestPlans.goal;
import static org.smartcityplanner.plan.model.TestPlans.strategy;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.Alignment;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.plan.model.TestPlans;

class PlanDiffTests {

	private final Project warning = aProject("p1").name("ระบบเตือนภัยน้ำท่วม").build();
	private final PlanDocument older = PlanBuilder.aPlan()
		.goals(goal("g1", "ENV", strategy("s1", warning), strategy("s2")), goal("g2", "MOB", strategy("s3")))
		.kpis(aKpi("k1", "p1").name("จำนวนครัวเรือนที่ได้รับการแจ้งเตือน").build())
		.build();

	@Test
	void findsNoChangeBetweenAPlanAndItself() {
		assertThat(PlanDiff.between(older, older)).isEmpty();
		assertThat(PlanDiff.between(TestPlans.readyPlan(), TestPlans.readyPlan())).isEmpty();
	}

	@Test
	void treatsNumbersThatReadTheSameAsUnchanged() {
		PlanDocument newer = PlanBuilder.from(older)
			.kpis(aKpi("k1", "p1").name("จำนวนครัวเรือนที่ได้รับการแจ้งเตือน").target(2570, "45.00").build())
			.build();

		assertThat(PlanDiff.between(older, newer)).isEmpty();
	}

	@Test
	void reportsAnAddedItemWithItsNewLabel() {
		Project added = aProject("p2").name("สถานีตรวจวัดฝุ่น PM2.5").build();
		PlanDocument newer = withGoals(older, goal("g1", "ENV", strategy("s1", warning, added), strategy("s2")),
				older.goals().get(1));

		assertThat(PlanDiff.between(older, newer)).containsExactly(
				new ItemChange(ChangeType.ADDED, ItemChange.PROJECT, "p2", "สถานีตรวจวัดฝุ่น PM2.5", List.of()));
	}

	@Test
	void reportsARemovedItemWithItsOldLabel() {
		PlanDocument newer = PlanBuilder.from(older).kpis().build();

		assertThat(PlanDiff.between(older, newer)).containsExactly(new ItemChange(ChangeType.REMOVED, ItemChange.KPI,
				"k1", "จำนวนครัวเรือนที่ได้รับการแจ้งเตือน", List.of()));
	}

	@Test
	void reportsEachChangedFieldOfAProjectAsReadableText() {
		Project changed = aProject("p1").name("ระบบเตือนภัยน้ำท่วมและดินถล่ม")
			.targetAreas(3L, 1L)
			.budget(2570, 1_200_000)
			.estimatedTotal(2_200_000L)
			.build();
		PlanDocument newer = withGoals(older, goal("g1", "ENV", strategy("s1", changed), strategy("s2")),
				older.goals().get(1));

		List<ItemChange> changes = PlanDiff.between(older, newer);

		assertThat(changes).hasSize(1);
		assertThat(changes.get(0).type()).isEqualTo(ChangeType.CHANGED);
		assertThat(changes.get(0).label()).isEqualTo("ระบบเตือนภัยน้ำท่วมและดินถล่ม");
		assertThat(changes.get(0).fields()).containsExactly(
				new FieldChange("name", "ระบบเตือนภัยน้ำท่วม", "ระบบเตือนภัยน้ำท่วมและดินถล่ม"),
				new FieldChange("targetAreas", "1", "1; 3"),
				new FieldChange("budget", "2570: 1,000,000.00; 2571: 1,000,000.00",
						"2570: 1,200,000.00; 2571: 1,000,000.00"),
				new FieldChange("estimatedTotal", "2,000,000.00", "2,200,000.00"));
	}

	@Test
	void rendersAlignmentCodesSortedAndKpiTargetsByYear() {
		Alignment sdgs = new Alignment(Set.of(), Set.of(), Set.of(), Set.of("SDG13", "SDG11"), Set.of());
		PlanDocument newer = PlanBuilder.from(older)
			.goals(goal("g1", "ENV", sdgs, strategy("s1", warning), strategy("s2")), older.goals().get(1))
			.kpis(aKpi("k1", "p1").name("จำนวนครัวเรือนที่ได้รับการแจ้งเตือน").target(2571, "52.5").build())
			.build();

		List<ItemChange> changes = PlanDiff.between(older, newer);

		assertThat(changes).extracting(ItemChange::kind, ItemChange::id)
			.containsExactly(tuple(ItemChange.GOAL, "g1"), tuple(ItemChange.KPI, "k1"));
		assertThat(changes.get(0).fields()).containsExactly(new FieldChange("alignment.sdgs", "", "SDG11; SDG13"));
		assertThat(changes.get(1).fields()).containsExactly(new FieldChange("targets",
				"2570: 45; 2571: 50; 2572: 55; 2573: 60; 2574: 65",
				"2570: 45; 2571: 52.5; 2572: 55; 2573: 60; 2574: 65"));
	}

	@Test
	void showsAProjectMovedToAnotherStrategyAsChangedStrategy() {
		PlanDocument newer = withGoals(older, goal("g1", "ENV", strategy("s1"), strategy("s2")),
				goal("g2", "MOB", strategy("s3", warning)));

		assertThat(PlanDiff.between(older, newer)).containsExactly(new ItemChange(ChangeType.CHANGED,
				ItemChange.PROJECT, "p1", "ระบบเตือนภัยน้ำท่วม", List.of(new FieldChange("strategy", "กลยุทธ์ s1", "กลยุทธ์ s3"))));
	}

	@Test
	void tellsApartStrategiesWithTheSameTitleByTheirIds() {
		Strategy twin = new Strategy(new ItemId("s2"), "กลยุทธ์ s1", "", List.of(), Alignment.NONE);
		PlanDocument before = withGoals(older, goal("g1", "ENV", strategy("s1", warning), twin));
		PlanDocument after = withGoals(older, goal("g1", "ENV", strategy("s1"),
				new Strategy(new ItemId("s2"), "กลยุทธ์ s1", "", List.of(warning), Alignment.NONE)));

		ItemChange moved = PlanDiff.between(before, after).get(0);

		assertThat(moved.field("strategy")).contains(new FieldChange("strategy", "กลยุทธ์ s1 (s1)", "กลยุทธ์ s1 (s2)"));
	}

	@Test
	void renamingAStrategyDoesNotMoveItsProjects() {
		Strategy renamed = new Strategy(new ItemId("s1"), "ระบบแจ้งเตือนภัยพิบัติ", "", List.of(warning), Alignment.NONE);
		PlanDocument newer = withGoals(older, goal("g1", "ENV", renamed, strategy("s2")), older.goals().get(1));

		assertThat(PlanDiff.between(older, newer)).containsExactly(new ItemChange(ChangeType.CHANGED,
				ItemChange.STRATEGY, "s1", "ระบบแจ้งเตือนภัยพิบัติ",
				List.of(new FieldChange("title", "กลยุทธ์ s1", "ระบบแจ้งเตือนภัยพิบัติ"))));
	}

	@Test
	void reportsPlanLevelFieldsUnderTheIdPlan() {
		PlanDocument newer = PlanBuilder.from(older).title("แผนแม่บทเมืองอัจฉริยะ (ฉบับทบทวน)")
			.missions("พัฒนาโครงสร้างพื้นฐานดิจิทัล")
			.period(2570, 2575)
			.build();

		assertThat(PlanDiff.between(older, newer)).containsExactly(new ItemChange(ChangeType.CHANGED,
				ItemChange.PLAN, "plan", "แผนแม่บทเมืองอัจฉริยะ (ฉบับทบทวน)",
				List.of(new FieldChange("title", "แผนแม่บทเมืองอัจฉริยะจังหวัดพิษณุโลก", "แผนแม่บทเมืองอัจฉริยะ (ฉบับทบทวน)"),
						new FieldChange("missions", "พัฒนาโครงสร้างพื้นฐานดิจิทัล; ยกระดับบริการประชาชน",
								"พัฒนาโครงสร้างพื้นฐานดิจิทัล"),
						new FieldChange("period", "2570–2574", "2570–2575"))));
	}

	@Test
	void reportsEachChangedSectionUnderItsComponentName() {
		PlanSections s = TestPlans.completeSections();
		PlanDocument newer = PlanBuilder.from(older)
			.sections(new PlanSections(s.digitalInfrastructure(), s.dataSources(), s.dataOpenness(), "ISO/IEC 27001",
					s.dataSharing(), s.governanceBody(), s.roles(), s.financing(), ""))
			.build();

		assertThat(PlanDiff.between(older, newer)).containsExactly(
				new ItemChange(ChangeType.CHANGED, ItemChange.SECTION, "dataSecurity", "dataSecurity",
						List.of(new FieldChange("text", s.dataSecurity(), "ISO/IEC 27001"))),
				new ItemChange(ChangeType.CHANGED, ItemChange.SECTION, "monitoring", "monitoring",
						List.of(new FieldChange("text", s.monitoring(), ""))));
	}

	@Test
	void listsThePlanThenSectionsThenGoalsStrategiesProjectsAndKpisWithRemovedItemsLast() {
		PlanDocument newer = PlanBuilder.from(older)
			.vision("เมืองอัจฉริยะเพื่อทุกคน")
			.sections(PlanSections.EMPTY)
			.goals(goal("g0", "GOV", strategy("s0", aProject("p0").build())),
					goal("g1", "ENV", strategy("s1", warning)))
			.kpis(aKpi("k0", "p0").build(), aKpi("k1", "p0").name("จำนวนครัวเรือนที่ได้รับการแจ้งเตือน").build())
			.build();

		assertThat(PlanDiff.between(older, newer)).extracting(ItemChange::type, ItemChange::kind, ItemChange::id)
			.startsWith(tuple(ChangeType.CHANGED, ItemChange.PLAN, "plan"),
					tuple(ChangeType.CHANGED, ItemChange.SECTION, "digitalInfrastructure"))
			.containsSubsequence(tuple(ChangeType.CHANGED, ItemChange.SECTION, "monitoring"),
					tuple(ChangeType.ADDED, ItemChange.GOAL, "g0"),
					tuple(ChangeType.ADDED, ItemChange.STRATEGY, "s0"),
					tuple(ChangeType.ADDED, ItemChange.PROJECT, "p0"),
					tuple(ChangeType.ADDED, ItemChange.KPI, "k0"),
					tuple(ChangeType.CHANGED, ItemChange.KPI, "k1"))
			.endsWith(tuple(ChangeType.REMOVED, ItemChange.GOAL, "g2"),
					tuple(ChangeType.REMOVED, ItemChange.STRATEGY, "s2"),
					tuple(ChangeType.REMOVED, ItemChange.STRATEGY, "s3"));
	}

	@Test
	void comparesEveryComponentOfThePlanSections() {
		assertThat(Snapshots.SECTIONS.keySet()).containsExactlyElementsOf(
				Arrays.stream(PlanSections.class.getRecordComponents()).map(component -> component.getName()).toList());
	}

	private static PlanDocument withGoals(PlanDocument plan, Goal... goals) {
		return PlanBuilder.from(plan).goals(goals).build();
	}
}
