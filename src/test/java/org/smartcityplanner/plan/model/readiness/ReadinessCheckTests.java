package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.TestPlans;

class ReadinessCheckTests {

	@Test
	void runsTheCommitteeCriteriaInOrderThenTheCompletenessRules() {
		assertThat(ReadinessCheck.standard().policies()).extracting(ReadinessPolicy::code)
			.containsExactly("C1", "C2", "C3", "C4", "C5", "PARTICIPATION", "KPI", "PROJECT", "BUDGET", "DIMENSIONS");
	}

	@Test
	void aCompletePlanPassesEveryPolicyAndScoresOneHundred() {
		ReadinessReport report = ReadinessCheck.standard().run(TestPlans.readyPlan(), TestContexts.ready());

		assertThat(report.results()).allSatisfy(result -> assertThat(result.status()).isEqualTo(CheckStatus.PASS));
		assertThat(report.score()).isEqualTo(100);
		assertThat(report.isReady()).isTrue();
	}

	@Test
	void anEmptyPlanIsNotReady() {
		PlanDocument empty = PlanBuilder.aPlan().vision("").sections(PlanSections.EMPTY).build();

		ReadinessReport report = ReadinessCheck.standard()
			.run(empty, ReadinessContext.withDefaults(Map.of(), ParticipationFacts.NONE));

		assertThat(report.results()).extracting(CheckResult::status)
			.containsExactly(CheckStatus.FAIL, CheckStatus.FAIL, CheckStatus.FAIL, CheckStatus.FAIL, CheckStatus.FAIL,
					CheckStatus.FAIL, CheckStatus.PASS, CheckStatus.PASS, CheckStatus.PASS, CheckStatus.WARNING);
		// 3 passes and 1 warning out of 10: 3.5 / 10 = 35 %
		assertThat(report.score()).isEqualTo(35);
		assertThat(report.isReady()).isFalse();
	}

	@Test
	void aCompletePlanWithoutThePeopleCannotReachOneHundred() {
		ReadinessReport report = ReadinessCheck.standard()
			.run(TestPlans.readyPlan(), TestContexts.withParticipation(ParticipationFacts.NONE));

		assertThat(report.score()).isLessThan(100);
		assertThat(report.isReady()).isFalse();
	}

	@Test
	void reportsOneResultPerPolicyInTheGivenOrder() {
		ReadinessCheck check = new ReadinessCheck(List.of(new ManagementPolicy(), new InfrastructurePlanPolicy()));

		ReadinessReport report = check.run(TestPlans.readyPlan(), TestContexts.ready());

		assertThat(report.results()).extracting(CheckResult::policyCode).containsExactly("C5", "C2");
	}
}
