package org.smartcityplanner.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action-plan module bootstrapped with only what it depends on (plan, profile, reference, identity, audit):
 * the master plan's projects become its candidate projects, costed from the plan's estimates, through the
 * public APIs alone. Shares its context with the action-plan web tests ({@link ActionPlanModuleTest}).
 */
@ActionPlanModuleTest
@Transactional
class ActionPlanModuleBootTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-95");

	@Autowired
	ActionPlanApi actionPlans;
	@Autowired
	PlanUseCases plans;
	@Autowired
	ApplicationContext context;

	@Test
	void thePlansProjectsAreTheCandidatesCostedFromThePlanEstimate() {
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("ระบบเซนเซอร์ฝุ่น", 2_000_000L);
		costs.put("ศูนย์ข้อมูลเมือง", 5_000_000L);
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, PROVINCE, costs);

		assertThat(actionPlans.projects(PROVINCE)).extracting(CandidateProject::id)
			.containsExactlyInAnyOrderElementsOf(ids);
		assertThat(actionPlans.project(PROVINCE, ids.get(1)).orElseThrow().costByYear())
			.containsExactly(Map.entry(new FiscalYear(2570), Baht.of(5_000_000L)));
		assertThat(actionPlans.projects(new ProvinceCode("TH-96"))).as("another province").isEmpty();
	}

	@Test
	void bootsWithoutReportsTrainingEngagementOrTheDashboard() {
		assertThat(context.getBeanNamesForType(org.smartcityplanner.reports.internal.ReportsUseCases.class)).isEmpty();
		assertThat(context.getBeanNamesForType(org.smartcityplanner.training.CohortApi.class)).isEmpty();
		assertThat(context.getBeanNamesForType(org.smartcityplanner.engagement.EngagementApi.class)).isEmpty();
		assertThat(context.getBeanNamesForType(org.smartcityplanner.dashboard.ProvinceOverviews.class)).isEmpty();
	}
}
