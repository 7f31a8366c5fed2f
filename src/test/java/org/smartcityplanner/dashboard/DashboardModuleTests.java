package org.smartcityplanner.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionPlanAdopted;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.dashboard.internal.FiguresStore;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.plan.PlanStatusChanged;
import org.smartcityplanner.plan.PlanVersionSaved;
import org.smartcityplanner.plan.ProjectAdded;
import org.smartcityplanner.plan.ProjectRemoved;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.Publications;
import org.smartcityplanner.testing.TestDatabaseInitializer;
import org.smartcityplanner.training.CertificateIssued;
import org.smartcityplanner.training.TraineeRegistered;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard's read model fed by the plan's, the action plan's and training's events, with only the modules it depends
 * on. Not transactional: listeners run after the publishing transaction commits, so each test has its own
 * province.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = "scp.demo.enabled=false")
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class DashboardModuleTests {

	@Autowired
	FiguresStore figures;
	@Autowired
	PlanUseCases plans;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	CompletedEventPublications completed;
	@Autowired
	org.smartcityplanner.engagement.internal.EngagementLifecycle engagements;

	@Test
	void countsEachAddedProjectOnceHoweverOftenItsEventIsDelivered(Scenario scenario) {
		ProvinceCode province = startedPlan("TH-20");
		ProjectAdded first = new ProjectAdded(province, ItemId.random(), "ระบบเฝ้าระวังฝุ่น");
		ProjectAdded second = new ProjectAdded(province, ItemId.random(), "แอปแจ้งเตือนฝุ่น");

		scenario.publish(first).andWaitForStateChange(() -> figuresOf(province).projects(), count -> count == 1);
		scenario.publish(first).andWaitForStateChange(() -> Publications.completions(completed, first) >= 2);
		scenario.publish(second)
			.andWaitForStateChange(() -> Publications.completions(completed, second) >= 1)
			.andVerify(done -> assertThat(figuresOf(province).projects()).isEqualTo(2));
	}

	@Test
	void aStartedPlanIsKnownAsADraftBeforeItHasAnyProject(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-28");
		scenario.stimulate(() -> plans.startPlan(province, "แผนทดสอบแดชบอร์ด", PlanFixtures.PERIOD))
			.andWaitForStateChange(() -> figuresOf(province).planStatus(), status -> status == PlanStatus.DRAFT)
			.andVerify(status -> assertThat(figuresOf(province).projects()).isZero());
	}

	@Test
	void aRemovedProjectNoLongerCounts(Scenario scenario) {
		ProvinceCode province = startedPlan("TH-21");
		ItemId project = ItemId.random();
		scenario.publish(new ProjectAdded(province, project, "ไฟถนนอัจฉริยะ"))
			.andWaitForStateChange(() -> figuresOf(province).projects(), count -> count == 1);

		scenario.publish(new ProjectRemoved(province, project))
			.andWaitForStateChange(() -> figuresOf(province).projects(), count -> count == 0)
			.andVerify(count -> assertThat(figuresOf(province).hasPlan()).isTrue());
	}

	@Test
	void showsTheStatusTheLatestStatusChangeMovedThePlanTo(Scenario scenario) {
		ProvinceCode province = startedPlan("TH-22");
		long planId = plans.plan(province).orElseThrow().header().planId();

		scenario.publish(new PlanStatusChanged(province, planId, PlanStatus.DRAFT, PlanStatus.IN_REVIEW, "coordinator"))
			.andWaitForStateChange(() -> figuresOf(province).planStatus(), status -> status == PlanStatus.IN_REVIEW)
			.andVerify(status -> assertThat(figuresOf(province).projects()).isZero());
	}

	@Test
	void keepsTheNewestSavedVersionWhenAnOlderOneArrivesLate(Scenario scenario) {
		ProvinceCode province = startedPlan("TH-23");
		long planId = plans.plan(province).orElseThrow().header().planId();
		PlanVersionSaved older = new PlanVersionSaved(province, planId, 901, "ก่อนประชุมครั้งที่ 2");

		scenario.publish(new PlanVersionSaved(province, planId, 902, "หลังประชุมครั้งที่ 2"))
			.andWaitForStateChange(() -> figuresOf(province).lastVersion());
		scenario.publish(older)
			.andWaitForStateChange(() -> Publications.completions(completed, older) >= 1)
			.andVerify(done -> assertThat(figuresOf(province).lastVersion()).isEqualTo("หลังประชุมครั้งที่ 2"));
	}

	@Test
	void theNationalViewCountsAProvinceEngagedFromOpeningToClosingItsEngagement(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-83");
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));
		scenario.stimulate(() -> engagements.open(province, "งานทดสอบภาพรวมประเทศ", today.minusDays(5), null))
			.andWaitForStateChange(() -> engagedInNationalView(province), engaged -> Boolean.TRUE.equals(engaged))
			.andVerify(engaged -> assertThat(engaged).isTrue());
		scenario.stimulate(() -> engagements.close(engagementOf(province), today))
			.andWaitForStateChange(() -> engagedInNationalView(province), engaged -> Boolean.FALSE.equals(engaged))
			.andVerify(engaged -> assertThat(engaged).isFalse());
	}

	private Boolean engagedInNationalView(ProvinceCode province) {
		return jdbc.sql("select engaged from dsh_national_province where province_code = ?").param(province.value())
			.query(Boolean.class).optional().orElse(null);
	}

	private long engagementOf(ProvinceCode province) {
		return jdbc.sql("select id from eng_engagement where province_code = ? and status = 'OPEN'")
			.param(province.value()).query(Long.class).single();
	}

	@Test
	void recordsTheLatestAdoptedActionPlan(Scenario scenario) {
		ProvinceCode province = startedPlan("TH-24");
		Instant adoptedAt = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ActionPlanAdopted earlier = new ActionPlanAdopted(province, 3, 9, 12, adoptedAt.minusSeconds(3600));

		scenario.publish(new ActionPlanAdopted(province, 4, 5, 7, adoptedAt))
			.andWaitForStateChange(() -> figuresOf(province).adoptedProjects());
		scenario.publish(earlier)
			.andWaitForStateChange(() -> Publications.completions(completed, earlier) >= 1)
			.andVerify(done -> {
				assertThat(figuresOf(province).adoptedProjects()).isEqualTo(5);
				assertThat(figuresOf(province).adoptedAt()).isEqualTo(adoptedAt);
			});
	}

	@Test
	void seedsAProvinceFromItsPlanWhenTheFirstEventArrivesForAPlanTheReadModelHasNotSeen(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-25");
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("ศูนย์ข้อมูลเมือง", 1_000L);
		costs.put("ไฟถนนอัจฉริยะ", 2_000L);
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, province, costs);
		// the plan publishes its own ProjectAdded events: let the read model take them before it forgets the province
		List<String> names = List.copyOf(costs.keySet());
		Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> java.util.stream.IntStream.range(0, ids.size())
			.allMatch(i -> Publications.completions(completed,
					new ProjectAdded(province, new ItemId(ids.get(i)), names.get(i))) >= 1));
		forget(province);
		long planId = plans.plan(province).orElseThrow().header().planId();
		var saved = plans.saveVersion(province, "ร่างแรก");

		scenario.publish(new PlanVersionSaved(province, planId, saved.id(), saved.name()))
			.andWaitForStateChange(() -> figuresOf(province).lastVersion())
			.andVerify(version -> {
				assertThat(version).isEqualTo("ร่างแรก");
				assertThat(figuresOf(province).projects()).isEqualTo(ids.size());
				assertThat(figuresOf(province).planStatus()).isEqualTo(PlanStatus.DRAFT);
			});
	}

	@Test
	void countsEachTraineeOnceAndACertificateEvenWhenItOvertakesTheRegistration(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-19");
		TraineeRegistered registered = new TraineeRegistered(province, 1, 501);
		CertificateIssued overtaking = new CertificateIssued(province, 1, 502);

		scenario.publish(registered).andWaitForStateChange(() -> figuresOf(province).trainees(), count -> count == 1);
		scenario.publish(registered).andWaitForStateChange(() -> Publications.completions(completed, registered) >= 2);
		scenario.publish(overtaking).andWaitForStateChange(() -> figuresOf(province).certified(), count -> count == 1);
		TraineeRegistered late = new TraineeRegistered(province, 1, 502);
		scenario.publish(late)
			.andWaitForStateChange(() -> Publications.completions(completed, late) >= 1)
			.andVerify(done -> {
				assertThat(figuresOf(province).trainees()).isEqualTo(2);
				assertThat(figuresOf(province).certified()).isEqualTo(1);
			});
	}

	private ProvinceCode startedPlan(String code) {
		ProvinceCode province = new ProvinceCode(code);
		plans.startPlan(province, "แผนทดสอบแดชบอร์ด", PlanFixtures.PERIOD);
		return province;
	}

	private ProvinceFigures figuresOf(ProvinceCode province) {
		return figures.find(province).orElse(ProvinceFigures.NONE);
	}

	/** As if the province's plan predated the read model. */
	private void forget(ProvinceCode province) {
		jdbc.sql("delete from dsh_plan_project where province_code = ?").param(province.value()).update();
		jdbc.sql("delete from dsh_province_figures where province_code = ?").param(province.value()).update();
	}
}
