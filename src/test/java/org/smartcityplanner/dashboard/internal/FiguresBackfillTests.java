package org.smartcityplanner.dashboard.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.dashboard.ProvinceFigures;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestDatabaseInitializer;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The one-time start-up fill of the read model for data that predates it, through the modules' APIs (same
 * context as {@code DashboardModuleTests}).
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = "scp.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class FiguresBackfillTests {

	@Autowired
	FiguresBackfill backfill;
	@Autowired
	FiguresStore figures;
	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	JdbcClient jdbc;

	@Test
	void everyProvinceHasFiguresAfterStartUpThoseWithoutAPlanShowingNone() {
		assertThat(figures.all()).hasSizeGreaterThanOrEqualTo(77);
		assertThat(figures.find(new ProvinceCode("TH-96")).orElseThrow()).isEqualTo(ProvinceFigures.NONE);
	}

	@Test
	void fillsAProvinceWhosePlanActionPlanAndTraineesPredateTheReadModel() {
		ProvinceCode province = new ProvinceCode("TH-26");
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("ศูนย์ข้อมูลเมือง", 1_000L);
		costs.put("ไฟถนนอัจฉริยะ", 2_000L);
		costs.put("รถโดยสารไฟฟ้า", 3_000L);
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, province, costs);
		plans.saveVersion(province, "ฉบับก่อนมีแดชบอร์ด");
		actionPlans.addActionItem(province, new FiscalYear(2570), ids.get(0));
		actionPlans.addActionItem(province, new FiscalYear(2571), ids.get(0));
		actionPlans.addActionItem(province, new FiscalYear(2570), ids.get(1));
		TrainingFixtures training = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = training.cohort(province, "รุ่นก่อนมีแดชบอร์ด");
		training.register(cohort, 1);
		training.register(cohort, 2);
		forget(province);

		backfill.fillMissingProvinces();

		assertThat(figures.find(province)).hasValue(new ProvinceFigures(PlanStatus.DRAFT, 3, "ฉบับก่อนมีแดชบอร์ด", 2,
				null, 2, 0));
	}

	@Test
	void asksNothingAboutAProvinceItAlreadyKnows() {
		ProvinceCode province = new ProvinceCode("TH-27");
		jdbc.sql("update dsh_province_figures set plan_status = 'APPROVED' where province_code = ?")
			.param(province.value()).update();

		backfill.fillMissingProvinces();

		// the plan module has no plan for it: a fresh fill would have cleared the status
		assertThat(figures.find(province).orElseThrow().planStatus()).isEqualTo(PlanStatus.APPROVED);
	}

	private void forget(ProvinceCode province) {
		jdbc.sql("delete from dsh_plan_project where province_code = ?").param(province.value()).update();
		jdbc.sql("delete from dsh_trainee where province_code = ?").param(province.value()).update();
		jdbc.sql("delete from dsh_province_figures where province_code = ?").param(province.value()).update();
	}
}
