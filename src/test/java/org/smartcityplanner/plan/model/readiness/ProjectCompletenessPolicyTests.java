package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.plan.model.KpiBuilder.aKpi;
import static org.smartcityplanner.plan.model.ProjectBuilder.aProject;
import static org.smartcityplanner.plan.model.TestPlans.goal;
import static org.smartcityplanner.plan.model.TestPlans.strategy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.ProjectBuilder;
import org.smartcityplanner.plan.model.TestPlans;

class ProjectCompletenessPolicyTests {

	private final ProjectCompletenessPolicy policy = new ProjectCompletenessPolicy();
	private final FixTarget projectTarget = FixTarget.project(new ItemId("p1"));

	@Test
	void passesWhenEveryProjectIsComplete() {
		assertThat(policy.check(TestPlans.readyPlan(), TestContexts.ready()))
			.isEqualTo(CheckResult.pass("PROJECT"));
	}

	@Test
	void failsWithoutATargetArea() {
		CheckResult result = check(aProject("p1").name("ระบบเตือนภัย").targetAreas());

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.project.noTargetArea", List.of("ระบบเตือนภัย"), projectTarget));
	}

	@Test
	void failsWithoutALeadAgency() {
		CheckResult result = check(aProject("p1").name("ระบบเตือนภัย").leadAgency(" "));

		assertThat(result.findings()).containsExactly(
				new Finding("readiness.project.noLeadAgency", List.of("ระบบเตือนภัย"), projectTarget));
	}

	@Test
	void failsWithoutStartOrEndYear() {
		CheckResult result = check(aProject("p1").name("ระบบเตือนภัย").years(2570, null));

		assertThat(result.findings()).containsExactly(
				new Finding("readiness.project.missingYears", List.of("ระบบเตือนภัย"), projectTarget));
	}

	@Test
	void failsWhenItEndsBeforeItStarts() {
		CheckResult result = check(aProject("p1").name("ระบบเตือนภัย").years(2571, 2570));

		assertThat(result.findings()).containsExactly(new Finding("readiness.project.endsBeforeStart",
				List.of("ระบบเตือนภัย", "2571", "2570"), projectTarget));
	}

	@Test
	void failsWhenItsYearsRunOutsideThePlanPeriod() {
		CheckResult result = check(aProject("p1").name("ระบบเตือนภัย").years(2573, 2575).noBudget()
			.budget(2573, 1).budget(2574, 1).budget(2575, 1).estimatedTotal(3L));

		assertThat(result.findings()).containsExactly(new Finding("readiness.project.yearsOutsidePeriod",
				List.of("ระบบเตือนภัย", "2573", "2575", "2570", "2574"), projectTarget));
	}

	@Test
	void failsWhenAYearOfTheProjectHasNoBudget() {
		CheckResult result = check(aProject("p1").name("ระบบเตือนภัย").years(2570, 2572).withoutBudgetFor(2571));

		assertThat(result.findings()).containsExactly(
				new Finding("readiness.project.missingBudget", List.of("ระบบเตือนภัย", "2571"), projectTarget),
				new Finding("readiness.project.missingBudget", List.of("ระบบเตือนภัย", "2572"), projectTarget));
	}

	@Test
	void failsWhenNoKpiMeasuresTheProject() {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1", aProject("p1").name("ระบบเตือนภัย").build())))
			.kpis(aKpi("k1", "g1").build())
			.build();

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.findings()).containsExactly(
				new Finding("readiness.project.noKpi", List.of("ระบบเตือนภัย"), FixTarget.newKpiOf(new ItemId("p1"))));
	}

	@Test
	void warnsWhenATargetAreaIsNoLongerInTheProvinceProfile() {
		CheckResult result = check(aProject("p1").name("ระบบเตือนภัย").targetAreas(1L, 9L));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.project.unknownTargetArea", List.of("ระบบเตือนภัย", "9"), projectTarget));
	}

	private CheckResult check(ProjectBuilder project) {
		PlanDocument plan = PlanBuilder.aPlan()
			.goals(goal("g1", "ENV", strategy("s1", project.build())))
			.kpis(aKpi("k1", "p1").build())
			.build();
		return policy.check(plan, TestContexts.ready());
	}
}
