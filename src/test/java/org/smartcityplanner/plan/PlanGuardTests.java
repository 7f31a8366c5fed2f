package org.smartcityplanner.plan;

import org.smartcityplanner.plan.internal.PlanUseCases;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanSections;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * A submitted or approved plan is read-only for every kind of write; only a coordinator or an admin reopens an
 * approved plan, audited, as the next revision. Each test rolls back.
 */
@DatabaseTest
@Transactional
class PlanGuardTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-41");

	@Autowired
	PlanUseCases plans;
	@Autowired
	PlanComments comments;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	UserDetailsService users;

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	@ParameterizedTest
	@EnumSource(value = PlanStatus.class, names = { "SUBMITTED", "APPROVED" })
	void refusesEveryKindOfEditOfASubmittedOrApprovedPlan(PlanStatus status) {
		LoadedPlan plan = samplePlanIn(status);
		PlanDocument before = plan.document();
		Goal goal = before.goals().get(0);
		Strategy strategy = goal.strategies().get(0);
		Project project = strategy.projects().get(0);
		var kpi = before.kpis().get(0);
		int planVersion = plan.header().version();
		Map<String, ThrowingCallable> writes = new LinkedHashMap<>();
		writes.put("overview", () -> plans.updateOverview(PROVINCE, planVersion, "ชื่อใหม่", "", PlanFixtures.PERIOD,
				"", List.of()));
		writes.put("sections", () -> plans.updateSections(PROVINCE, planVersion,
				new PlanSections("x", "", "", "", "", "", "", "", "")));
		writes.put("add goal", () -> plans.addGoal(PROVINCE, PlanFixtures.goal("ECO", "เป้าหมายใหม่")));
		writes.put("change goal", () -> plans.updateGoal(PROVINCE, renamed(goal), plan.versionOf(goal.id().value())));
		writes.put("add strategy", () -> plans.addStrategy(PROVINCE, goal.id(), PlanFixtures.strategy("ใหม่")));
		writes.put("change strategy", () -> plans.updateStrategy(PROVINCE, new Strategy(strategy.id(), "ใหม่", "",
				List.of(), strategy.alignment()), plan.versionOf(strategy.id().value())));
		writes.put("add project", () -> plans.addProject(PROVINCE, strategy.id(),
				PlanFixtures.project("โครงการใหม่", Set.of())));
		writes.put("change project", () -> plans.updateProject(PROVINCE, strategy.id(), project,
				plan.versionOf(project.id().value())));
		writes.put("add KPI", () -> plans.addKpi(PROVINCE, PlanFixtures.kpi(goal.id(), "ตัวชี้วัดใหม่")));
		writes.put("change KPI", () -> plans.updateKpi(PROVINCE, kpi, plan.versionOf(kpi.id().value())));
		for (ItemKind kind : ItemKind.values()) {
			ItemId id = switch (kind) {
				case GOAL -> goal.id();
				case STRATEGY -> strategy.id();
				case PROJECT -> project.id();
				case KPI -> kpi.id();
			};
			writes.put("delete " + kind, () -> plans.deleteItem(PROVINCE, kind, id, plan.versionOf(id.value())));
		}
		writes.put("import", () -> plans.importDocument(PROVINCE, before));

		writes.forEach((name, write) -> assertThatThrownBy(write).as(name).isInstanceOfSatisfying(
				InvalidInputException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("plan.rule.readOnly." + status)));
		LoadedPlan after = plans.plan(PROVINCE).orElseThrow();
		assertThat(after.document()).isEqualTo(before);
		assertThat(after.header().status()).isEqualTo(status);
		// comments change nothing in the plan, so they stay open
		assertThat(comments.add(PROVINCE, goal.id(), "ข้อสังเกตของคณะกรรมการ").body())
			.isEqualTo("ข้อสังเกตของคณะกรรมการ");
	}

	@Test
	void aSubmittedPlanSentBackForReviewCanBeEditedAgain() {
		LoadedPlan plan = samplePlanIn(PlanStatus.SUBMITTED);
		plans.changeStatus(PROVINCE, plan.header().version(), PlanStatus.IN_REVIEW);
		Goal goal = plan.document().goals().get(0);
		plans.updateGoal(PROVINCE, renamed(goal), plan.versionOf(goal.id().value()));
		assertThat(plans.plan(PROVINCE).orElseThrow().document().goals().get(0).title()).isEqualTo("แก้ไขแล้ว");
	}

	@Test
	void aCoordinatorReopensAnApprovedPlanAsTheNextRevisionAudited() {
		LoadedPlan approved = samplePlanIn(PlanStatus.APPROVED);
		SignedIn.as(identity, jdbc, users, "guard.coord41", Role.COORDINATOR, PROVINCE);

		assertThat(plans.canReopen(PROVINCE)).isTrue();
		plans.reopen(PROVINCE, approved.header().version(), "ฉบับอนุมัติ 1");

		LoadedPlan reopened = plans.plan(PROVINCE).orElseThrow();
		assertThat(reopened.header().status()).isEqualTo(PlanStatus.DRAFT);
		assertThat(reopened.header().revisionNumber()).isEqualTo(approved.header().revisionNumber() + 1);
		assertThat(plans.statusHistory(PROVINCE).get(0)).satisfies(step -> {
			assertThat(step.from()).isEqualTo(PlanStatus.APPROVED);
			assertThat(step.to()).isEqualTo(PlanStatus.DRAFT);
			assertThat(step.changedBy()).isEqualTo("guard.coord41");
		});
		assertThat(jdbc.sql("""
				select actor from aud_entry where entity_type = 'plan' and action = 'reopened' and province_code = ?""")
			.param(PROVINCE.value()).query(String.class).list()).containsExactly("guard.coord41");
		// the approval saved the approved plan as a version, so the reopen adds no copy of it
		assertThat(plans.versions(PROVINCE)).singleElement().satisfies(version -> {
			assertThat(version.name()).isEqualTo("ฉบับอนุมัติ (ปรับปรุงครั้งที่ 1)");
			assertThat(version.createdBy()).isEqualTo("guard.approver");
			assertThat(plans.version(PROVINCE, version.id())).contains(approved.document());
		});
		Goal goal = reopened.document().goals().get(0);
		plans.updateGoal(PROVINCE, renamed(goal), reopened.versionOf(goal.id().value()));
		assertThat(plans.plan(PROVINCE).orElseThrow().document().goals().get(0).title()).isEqualTo("แก้ไขแล้ว");
	}

	@Test
	void reopeningLeavesSavedVersionsAsTheyAreAndSavesNoDuplicate() {
		samplePlanIn(PlanStatus.APPROVED);
		PlanVersionSummary printed = plans.saveVersion(PROVINCE, "ฉบับพิมพ์เล่ม");
		PlanDocument printedDocument = plans.version(PROVINCE, printed.id()).orElseThrow();
		SignedIn.as(identity, jdbc, users, "guard.admin", Role.ADMIN);

		plans.reopen(PROVINCE, plans.plan(PROVINCE).orElseThrow().header().version(), "ไม่ควรถูกบันทึก");

		assertThat(plans.versions(PROVINCE)).hasSize(2).first().isEqualTo(printed);
		assertThat(plans.version(PROVINCE, printed.id())).contains(printedDocument);
	}

	@ParameterizedTest
	@EnumSource(value = Role.class, names = { "CONSULTANT", "WORKING_GROUP" })
	void consultantsAndWorkingGroupMembersCannotReopenAnApprovedPlan(Role role) {
		LoadedPlan approved = samplePlanIn(PlanStatus.APPROVED);
		SignedIn.as(identity, jdbc, users, "guard." + role.name().toLowerCase(), role, PROVINCE);

		assertThat(plans.canReopen(PROVINCE)).isFalse();
		assertThatThrownBy(() -> plans.reopen(PROVINCE, approved.header().version(), "x"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(plans.plan(PROVINCE).orElseThrow().header().status()).isEqualTo(PlanStatus.APPROVED);
		// only the version the approval saved
		assertThat(plans.versions(PROVINCE)).singleElement()
			.satisfies(version -> assertThat(version.createdBy()).isEqualTo("guard.approver"));
	}

	@Test
	void anApprovedPlanLeavesApprovalOnlyByBeingReopened() {
		LoadedPlan approved = samplePlanIn(PlanStatus.APPROVED);
		SignedIn.as(identity, jdbc, users, "guard.coord41", Role.COORDINATOR, PROVINCE);
		assertThatThrownBy(() -> plans.changeStatus(PROVINCE, approved.header().version(), PlanStatus.DRAFT))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("plan.rule.reopenOnly"));
		assertThat(plans.plan(PROVINCE).orElseThrow().header().revisionNumber()).isEqualTo(1);
	}

	/** A small plan moved along the approval flow to {@code status}. */
	private LoadedPlan samplePlanIn(PlanStatus status) {
		plans.startPlan(PROVINCE, "แผนทดสอบการล็อก", PlanFixtures.PERIOD);
		ItemId goal = plans.addGoal(PROVINCE, PlanFixtures.goal("ENV", "อากาศสะอาด"));
		ItemId strategy = plans.addStrategy(PROVINCE, goal, PlanFixtures.strategy("ลดฝุ่น"));
		plans.addProject(PROVINCE, strategy, PlanFixtures.project("เซนเซอร์ฝุ่น", Set.of()));
		plans.addKpi(PROVINCE, PlanFixtures.kpi(goal, "ค่าเฉลี่ยฝุ่น"));
		new PlanSteps(plans, identity, jdbc, users).takeTo(PROVINCE, status, "guard.approver");
		return plans.plan(PROVINCE).orElseThrow();
	}

	private static Goal renamed(Goal goal) {
		return new Goal(goal.id(), goal.dimension(), "แก้ไขแล้ว", goal.description(), List.of(), goal.alignment());
	}
}
