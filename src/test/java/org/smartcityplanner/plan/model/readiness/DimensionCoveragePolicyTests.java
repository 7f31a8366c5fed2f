package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.plan.model.TestPlans.goal;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.TestPlans;

class DimensionCoveragePolicyTests {

	private final DimensionCoveragePolicy policy = new DimensionCoveragePolicy();

	@Test
	void passesWhenEveryDimensionHasAGoal() {
		assertThat(policy.check(TestPlans.readyPlan(), TestContexts.ready()))
			.isEqualTo(CheckResult.pass("DIMENSIONS"));
	}

	@Test
	void warnsForEveryDimensionWithoutAGoalInTheOfficialOrder() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV"), goal("g2", "ECO"), goal("g3", "ENE"), goal("g4", "LIV"), goal("g5", "GOV"))
			.build();

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).filteredOn(finding -> finding.messageKey().equals("readiness.dimension.noGoal"))
			.containsExactly(new Finding("readiness.dimension.noGoal", List.of("MOB"), FixTarget.dimension("MOB")),
					new Finding("readiness.dimension.noGoal", List.of("PEO"), FixTarget.dimension("PEO")));
	}

	@Test
	void onlyWarnsEvenWhenNoDimensionHasAGoal() {
		CheckResult result = policy.check(PlanBuilder.aPlan().build(), TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).hasSize(7);
	}

	@Test
	void aDimensionWithOnlyAGoalIsNotCovered() {
		PlanDocument plan = PlanBuilder.from(TestPlans.readyPlan())
			.goals(TestPlans.readyPlan().goals().stream()
				.map(g -> g.dimension().equals("MOB") ? goal("goal-MOB", "MOB") : g).toList())
			.build();

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.findings()).containsExactly(
				new Finding("readiness.dimension.noProject", List.of("MOB"), FixTarget.dimension("MOB")));
	}

	@Test
	void aDimensionWithAProjectButNoKpiIsNotCovered() {
		PlanDocument ready = TestPlans.readyPlan();
		PlanDocument plan = PlanBuilder.from(ready)
			.kpis(ready.kpis().stream().filter(kpi -> !kpi.id().value().endsWith("-GOV")).toList())
			.build();

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.findings()).containsExactly(
				new Finding("readiness.dimension.noKpi", List.of("GOV"), FixTarget.dimension("GOV")));
	}

	@Test
	void aKpiOnTheGoalAloneCoversADimensionThatHasAProject() {
		PlanDocument ready = TestPlans.readyPlan();
		PlanDocument plan = PlanBuilder.from(ready)
			.kpis(ready.kpis().stream().filter(kpi -> !kpi.id().value().equals("kpi-project-GOV")).toList())
			.build();

		assertThat(policy.check(plan, TestContexts.ready())).isEqualTo(CheckResult.pass("DIMENSIONS"));
	}
}
