package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.TestPlans;

class CityDataPlatformPolicyTests {

	private final CityDataPlatformPolicy policy = new CityDataPlatformPolicy();

	@Test
	void passesWhenAllFourDataChaptersAreWritten() {
		assertThat(policy.check(TestPlans.readyPlan(), TestContexts.ready())).isEqualTo(CheckResult.pass("C3"));
	}

	@Test
	void failsWhenAllFourDataChaptersAreBlank() {
		CheckResult result = policy.check(planWithData("", null, " ", ""), TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c3.noDataPlatform", List.of(), FixTarget.section("dataSources")));
	}

	@Test
	void warnsNamingEachBlankDataChapter() {
		CheckResult result = policy.check(planWithData("ข้อมูลจราจร", "", "", "แลกเปลี่ยนผ่าน API"),
				TestContexts.ready());

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.c3.noDataOpenness", List.of(), FixTarget.section("dataOpenness")),
				new Finding("readiness.c3.noDataSecurity", List.of(), FixTarget.section("dataSecurity")));
	}

	@Test
	void warnsWhenOnlySecurityIsMissingBecauseOpennessAndSecurityAreAssessedSeparately() {
		CheckResult result = policy.check(planWithData("ข้อมูลจราจร", "ศูนย์ข้อมูลเปิด", "", "API"),
				TestContexts.ready());

		assertThat(result.messageKeys()).containsExactly("readiness.c3.noDataSecurity");
	}

	private static PlanDocument planWithData(String sources, String openness, String security, String sharing) {
		PlanSections s = TestPlans.completeSections();
		return PlanBuilder.from(TestPlans.readyPlan())
			.sections(new PlanSections(s.digitalInfrastructure(), sources, openness, security, sharing,
					s.governanceBody(), s.roles(), s.financing(), s.monitoring()))
			.build();
	}
}
