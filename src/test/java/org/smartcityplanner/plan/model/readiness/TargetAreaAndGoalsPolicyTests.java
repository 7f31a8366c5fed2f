package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.TestPlans;

class TargetAreaAndGoalsPolicyTests {

	private final TargetAreaAndGoalsPolicy policy = new TargetAreaAndGoalsPolicy();

	@Test
	void passesWithAVisionAMappedAndPositionedAreaAndAKpiForEveryGoal() {
		CheckResult result = policy.check(TestPlans.readyPlan(), TestContexts.ready());

		assertThat(result).isEqualTo(CheckResult.pass("C1"));
	}

	@Test
	void failsWithoutAVision() {
		PlanDocument plan = PlanBuilder.from(TestPlans.readyPlan()).vision("  ").build();

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c1.noVision", List.of(), FixTarget.planField("vision")));
	}

	@Test
	void failsWhenTheProvinceHasNoTargetArea() {
		CheckResult result = policy.check(TestPlans.readyPlan(), TestContexts.withAreas(Map.of()));

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c1.noTargetArea", List.of(), FixTarget.areas()));
	}

	@Test
	void failsWhenNoTargetAreaHasABoundaryAndNamesEachUnmappedArea() {
		ReadinessContext context = TestContexts.withAreas(Map.of(2L, new AreaInfo("ย่านสถานีรถไฟ", false, true, true),
				1L, new AreaInfo("เขตเมืองเก่า", false, true, true)));

		CheckResult result = policy.check(TestPlans.readyPlan(), context);

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c1.noAreaWithBoundary", List.of(), FixTarget.areas()),
				new Finding("readiness.c1.areaWithoutBoundary", List.of("เขตเมืองเก่า"), FixTarget.area(1)),
				new Finding("readiness.c1.areaWithoutBoundary", List.of("ย่านสถานีรถไฟ"), FixTarget.area(2)));
	}

	@Test
	void warnsAboutAnAreaWithoutBoundaryWhenAnotherAreaHasOne() {
		ReadinessContext context = TestContexts.withAreas(Map.of(1L, new AreaInfo("เขตเมืองเก่า", true, true, true),
				2L, new AreaInfo("ย่านสถานีรถไฟ", false, true, true)));

		CheckResult result = policy.check(TestPlans.readyPlan(), context);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c1.areaWithoutBoundary", List.of("ย่านสถานีรถไฟ"), FixTarget.area(2)));
	}

	@Test
	void warnsAboutAnAreaNotDeclaredNewOrLiveableCity() {
		ReadinessContext context = TestContexts.withAreas(Map.of(1L, new AreaInfo("เขตเมืองเก่า", true, true, false)));

		CheckResult result = policy.check(TestPlans.readyPlan(), context);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c1.areaWithoutCityType", List.of("เขตเมืองเก่า"), FixTarget.area(1)));
	}

	@Test
	void warnsAboutAnAreaWithoutPositioning() {
		ReadinessContext context = TestContexts.withAreas(Map.of(1L, new AreaInfo("เขตเมืองเก่า", true, false, true)));

		CheckResult result = policy.check(TestPlans.readyPlan(), context);

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c1.areaWithoutPositioning", List.of("เขตเมืองเก่า"), FixTarget.area(1)));
	}

	@Test
	void warnsAboutAGoalThatNoKpiMeasures() {
		PlanDocument ready = TestPlans.readyPlan();
		PlanDocument plan = PlanBuilder.from(ready)
			.kpis(ready.kpis().stream().filter(kpi -> !kpi.ownerId().value().equals("goal-MOB")).toList())
			.build();

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(new Finding("readiness.c1.goalWithoutKpi",
				List.of("เป้าหมาย goal-MOB"), FixTarget.newKpiOf(plan.goals().get(2).id())));
	}

	@Test
	void listsFailuresBeforeWarnings() {
		PlanDocument plan = PlanBuilder.from(TestPlans.readyPlan()).vision(null).build();
		ReadinessContext context = TestContexts.withAreas(Map.of(1L, new AreaInfo("เขตเมืองเก่า", true, false, true)));

		CheckResult result = policy.check(plan, context);

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.messageKeys()).containsExactly("readiness.c1.noVision",
				"readiness.c1.areaWithoutPositioning");
	}
}
