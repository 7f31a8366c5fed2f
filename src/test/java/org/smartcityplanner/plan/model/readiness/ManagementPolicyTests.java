package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.TestPlans;

class ManagementPolicyTests {

	private final ManagementPolicy policy = new ManagementPolicy();

	@Test
	void passesWhenAllManagementChaptersAreWritten() {
		assertThat(policy.check(TestPlans.readyPlan(), TestContexts.ready())).isEqualTo(CheckResult.pass("C5"));
	}

	@Test
	void failsWithoutAResponsibleOrganisation() {
		CheckResult result = policy.check(planWithManagement("", "บทบาท", "งบประมาณ", "ติดตาม"), TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c5.noGovernanceBody", List.of(), FixTarget.section("governanceBody")));
	}

	@Test
	void warnsForEachBlankOfRolesFinancingAndMonitoring() {
		CheckResult result = policy.check(planWithManagement("คณะกรรมการ", null, " ", ""), TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c5.noRoles", List.of(), FixTarget.section("roles")),
				new Finding("readiness.c5.noFinancing", List.of(), FixTarget.section("financing")),
				new Finding("readiness.c5.noMonitoring", List.of(), FixTarget.section("monitoring")));
	}

	@Test
	void warnsOnlyAboutTheChapterThatIsMissing() {
		CheckResult result = policy.check(planWithManagement("คณะกรรมการ", "บทบาท", "", "ติดตาม"),
				TestContexts.ready());

		assertThat(result.messageKeys()).containsExactly("readiness.c5.noFinancing");
	}

	private static PlanDocument planWithManagement(String body, String roles, String financing, String monitoring) {
		PlanSections s = TestPlans.completeSections();
		return PlanBuilder.from(TestPlans.readyPlan())
			.sections(new PlanSections(s.digitalInfrastructure(), s.dataSources(), s.dataOpenness(),
					s.dataSecurity(), s.dataSharing(), body, roles, financing, monitoring))
			.build();
	}
}
