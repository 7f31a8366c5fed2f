package org.smartcityplanner.plan;

import org.smartcityplanner.plan.internal.PlanCheckUseCases;
import org.smartcityplanner.plan.internal.PlanUseCases;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.readiness.CheckStatus;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module bootstrapped with only the modules it depends on, directly or not (profile, reference,
 * identity, audit; not engagement, dashboard or demo):
 * proves it works through their APIs alone, and that the readiness check sees the profile's target areas.
 */
@PlanModuleTest
@Transactional
class PlanModuleTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-60");

	@Autowired
	PlanUseCases plans;
	@Autowired
	PlanCheckUseCases checks;

	@Test
	void aNewPlanFailsTheTargetAreaCriterionUntilTheProvinceHasAnAreaWithABoundary() {
		plans.startPlan(PROVINCE, "แผนทดสอบระดับโมดูล", PlanFixtures.PERIOD);
		Goal goal = PlanFixtures.goal("ENV", "ลดฝุ่น");
		plans.addGoal(PROVINCE, goal);

		var report = checks.readiness(PROVINCE).orElseThrow();
		assertThat(report.results()).filteredOn(result -> result.policyCode().equals("C1"))
			.singleElement().satisfies(result -> assertThat(result.status()).isEqualTo(CheckStatus.FAIL));
		assertThat(checks.alignment(PROVINCE).orElseThrow().gaps()).isNotEmpty();
	}
}
