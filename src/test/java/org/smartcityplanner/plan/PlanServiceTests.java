package org.smartcityplanner.plan;

import org.smartcityplanner.plan.internal.PlanUseCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

// Each test rolls back, so the shared PostgreSQL schema stays clean and provinces can be reused.
@DatabaseTest
@Transactional
class PlanServiceTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-50");

	@Autowired
	PlanUseCases plans;
	@Autowired
	JsonMapper json;

	@Test
	void buildsAPlanItemByItemAndReadsItBackWhole() {
		PlanDocument document = sampleDocument();
		assertThat(document.goals()).singleElement().satisfies(goal -> {
			assertThat(goal.dimension()).isEqualTo("ENV");
			assertThat(goal.alignment().sdgs()).containsExactly("SDG11");
			assertThat(goal.strategies()).singleElement().satisfies(strategy -> assertThat(strategy.projects())
				.singleElement().satisfies(project -> {
					assertThat(project.budget()).containsEntry(new FiscalYear(2570),
							org.smartcityplanner.shared.Baht.of(1_200_000));
					assertThat(project.budgetTotal()).isEqualTo(project.estimatedTotal());
					assertThat(project.partners()).containsExactly("เทศบาลนคร");
				}));
		});
		assertThat(document.kpis()).hasSize(2);
		assertThat(document.kpis().get(0).targets()).hasSize(5).containsEntry(new FiscalYear(2574), new BigDecimal("28"));
	}

	@Test
	void aSaveOverSomeoneElsesChangeIsRefused() {
		sampleDocument();
		LoadedPlan loaded = plans.plan(PROVINCE).orElseThrow();
		Goal goal = loaded.document().goals().get(0);
		int version = loaded.versionOf(goal.id().value());
		plans.updateGoal(PROVINCE, rename(goal, "ชื่อจากคนแรก"), version);
		assertThatThrownBy(() -> plans.updateGoal(PROVINCE, rename(goal, "ชื่อจากคนที่สอง"), version))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(plans.plan(PROVINCE).orElseThrow().document().goals().get(0).title()).isEqualTo("ชื่อจากคนแรก");
	}

	@Test
	void refusesTargetYearsOutsideThePlanPeriod() {
		sampleDocument();
		ItemId goalId = plans.plan(PROVINCE).orElseThrow().document().goals().get(0).id();
		Kpi outside = new Kpi(ItemId.random(), goalId, null, "นอกช่วงแผน", "ร้อยละ", null,
				Map.of(new FiscalYear(2580), BigDecimal.ONE));
		assertThatThrownBy(() -> plans.addKpi(PROVINCE, outside)).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("plan.rule.yearOutsidePeriod");
	}

	@Test
	void exportAndImportGiveBackTheSameDocument() {
		PlanDocument original = sampleDocument();
		String exported = json.writeValueAsString(original);
		PlanDocument parsed = json.readValue(exported, PlanDocument.class);
		assertThat(parsed).isEqualTo(original);

		plans.importDocument(PROVINCE, parsed);
		assertThat(plans.plan(PROVINCE).orElseThrow().document()).isEqualTo(original);
	}

	@Test
	void aSavedVersionReadsBackAsItWasWhileThePlanMovesOn() {
		PlanDocument before = sampleDocument();
		PlanVersionSummary saved = plans.saveVersion(PROVINCE, "ร่าง 1");
		LoadedPlan loaded = plans.plan(PROVINCE).orElseThrow();
		Goal goal = loaded.document().goals().get(0);
		plans.updateGoal(PROVINCE, rename(goal, "หลังประชุมครั้งที่ 2"), loaded.versionOf(goal.id().value()));

		assertThat(plans.version(PROVINCE, saved.id())).contains(before);
		assertThat(plans.versions(PROVINCE)).extracting(PlanVersionSummary::name).containsExactly("ร่าง 1");
	}

	@Test
	void deletingAGoalRemovesItsStrategiesProjectsAndTheirKpis() {
		sampleDocument();
		LoadedPlan loaded = plans.plan(PROVINCE).orElseThrow();
		Goal goal = loaded.document().goals().get(0);
		plans.deleteItem(PROVINCE, ItemKind.GOAL, goal.id(), loaded.versionOf(goal.id().value()));
		PlanDocument after = plans.plan(PROVINCE).orElseThrow().document();
		assertThat(after.goals()).isEmpty();
		assertThat(after.kpis()).isEmpty();
	}

	@Test
	void theStatusFollowsTheApprovalFlow() {
		sampleDocument();
		int version = plans.plan(PROVINCE).orElseThrow().header().version();
		assertThatThrownBy(() -> plans.changeStatus(PROVINCE, version, PlanStatus.APPROVED))
			.isInstanceOf(InvalidInputException.class);
		plans.changeStatus(PROVINCE, version, PlanStatus.IN_REVIEW);
		assertThat(plans.plan(PROVINCE).orElseThrow().header().status()).isEqualTo(PlanStatus.IN_REVIEW);
		assertThat(plans.statusHistory(PROVINCE)).singleElement().satisfies(step -> {
			assertThat(step.from()).isEqualTo(PlanStatus.DRAFT);
			assertThat(step.to()).isEqualTo(PlanStatus.IN_REVIEW);
			assertThat(step.changedBy()).isEqualTo("system");
		});
	}

	private PlanDocument sampleDocument() {
		plans.startPlan(PROVINCE, "แผนแม่บทเมืองอัจฉริยะ", PlanFixtures.PERIOD);
		LoadedPlan started = plans.plan(PROVINCE).orElseThrow();
		plans.updateOverview(PROVINCE, started.header().version(), "แผนแม่บทเมืองอัจฉริยะ", "", PlanFixtures.PERIOD,
				"เมืองน่าอยู่", List.of("พันธกิจที่ 1", "พันธกิจที่ 2"));
		Goal goal = PlanFixtures.goal("ENV", "ลดฝุ่น PM2.5");
		plans.addGoal(PROVINCE, goal);
		var strategy = PlanFixtures.strategy("เฝ้าระวังคุณภาพอากาศ");
		plans.addStrategy(PROVINCE, goal.id(), strategy);
		Project project = PlanFixtures.project("เซนเซอร์วัดฝุ่นทั่วเมือง", java.util.Set.of());
		plans.addProject(PROVINCE, strategy.id(), project);
		plans.addKpi(PROVINCE, PlanFixtures.kpi(goal.id(), "ค่าเฉลี่ย PM2.5 รายปี"));
		plans.addKpi(PROVINCE, PlanFixtures.kpi(project.id(), "จุดตรวจวัดที่ส่งข้อมูลได้"));
		return plans.plan(PROVINCE).orElseThrow().document();
	}

	private static Goal rename(Goal goal, String title) {
		return new Goal(goal.id(), goal.dimension(), title, goal.description(), List.of(), goal.alignment());
	}
}
