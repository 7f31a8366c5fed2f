package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.plan.model.ProjectBuilder.aProject;
import static org.smartcityplanner.plan.model.TestPlans.goal;
import static org.smartcityplanner.plan.model.TestPlans.strategy;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.ProjectBuilder;
import org.smartcityplanner.plan.model.TestPlans;

class BudgetConsistencyPolicyTests {

	private final BudgetConsistencyPolicy policy = new BudgetConsistencyPolicy();
	private final FixTarget projectTarget = FixTarget.project(new ItemId("p1"));

	@Test
	void passesWhenEveryBudgetAddsUp() {
		assertThat(policy.check(TestPlans.readyPlan(), TestContexts.ready())).isEqualTo(CheckResult.pass("BUDGET"));
	}

	@Test
	void passesWithoutAStatedTotal() {
		assertThat(check(aProject("p1").estimatedTotal(null)).status()).isEqualTo(CheckStatus.PASS);
	}

	@Test
	void failsOnANegativeYearlyAmount() {
		CheckResult result = check(aProject("p1").name("ระบบเตือนภัย").budget(2571, -500_000).estimatedTotal(500_000L));

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(new Finding("readiness.budget.negativeAmount",
				List.of("ระบบเตือนภัย", "2571", "-500,000.00"), projectTarget));
	}

	@Test
	void failsOnABudgetYearOutsideTheProjectYears() {
		CheckResult result = check(
				aProject("p1").name("ระบบเตือนภัย").budget(2573, 1_000_000).estimatedTotal(3_000_000L));

		assertThat(result.findings()).containsExactly(new Finding("readiness.budget.yearOutsideProject",
				List.of("ระบบเตือนภัย", "2573", "2570", "2571"), projectTarget));
	}

	@Test
	void failsWhenTheStatedTotalDiffersFromTheSumOfTheYearsAndReportsBoth() {
		CheckResult result = check(
				aProject("p1").name("ระบบเตือนภัย").budget(2571, 1_200_000).estimatedTotal(2_000_000L));

		assertThat(result.findings()).containsExactly(new Finding("readiness.budget.totalMismatch",
				List.of("ระบบเตือนภัย", "2,000,000.00", "2,200,000.00"), projectTarget));
	}

	@Test
	void warnsAboutAYearBudgetedAtZero() {
		CheckResult result = check(aProject("p1").name("ระบบเตือนภัย").budget(2571, 0).estimatedTotal(1_000_000L));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.budget.zeroAmount", List.of("ระบบเตือนภัย", "2571"), projectTarget));
	}

	@Test
	void leavesUnknownProjectYearsToTheProjectCheck() {
		assertThat(check(aProject("p1").years(null, null)).status()).isEqualTo(CheckStatus.PASS);
	}

	private CheckResult check(ProjectBuilder project) {
		return policy.check(PlanBuilder.aPlan().goals(goal("g1", "ENV", strategy("s1", project.build()))).build(),
				TestContexts.ready());
	}
}
