package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.TestPlans;

class InfrastructurePlanPolicyTests {

	private final InfrastructurePlanPolicy policy = new InfrastructurePlanPolicy();

	@Test
	void passesWhenTheInfrastructureChapterIsWritten() {
		assertThat(policy.check(TestPlans.readyPlan(), TestContexts.ready())).isEqualTo(CheckResult.pass("C2"));
	}

	@Test
	void failsWhenTheInfrastructureChapterIsBlank() {
		PlanSections s = TestPlans.completeSections();
		PlanDocument plan = planWith(new PlanSections(" \n", s.dataSources(), s.dataOpenness(), s.dataSecurity(),
				s.dataSharing(), s.governanceBody(), s.roles(), s.financing(), s.monitoring()));

		CheckResult result = policy.check(plan, TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(new Finding("readiness.c2.noInfrastructurePlan", List.of(),
				FixTarget.section("digitalInfrastructure")));
	}

	@Test
	void failsWhenThePlanHasNoChaptersAtAll() {
		assertThat(policy.check(planWith(null), TestContexts.ready()).status()).isEqualTo(CheckStatus.FAIL);
	}

	@Test
	void neverWarnsBecauseTheChapterIsEitherWrittenOrNot() {
		PlanDocument plan = planWith(new PlanSections("เครือข่าย 5G", "", "", "", "", "", "", "", ""));

		assertThat(policy.check(plan, TestContexts.ready()).status()).isEqualTo(CheckStatus.PASS);
	}

	private static PlanDocument planWith(PlanSections sections) {
		return PlanBuilder.from(TestPlans.readyPlan()).sections(sections).build();
	}
}
