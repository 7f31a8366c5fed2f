package org.smartcityplanner.plan;

import org.smartcityplanner.plan.internal.PlanUseCases;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan module publishes its events for the modules that listen (action plan, dashboard): one per project
 * added, changed or removed (also when a strategy or goal takes its projects along, and for an import), one per
 * status step including a reopen, one per saved version.
 */
@PlanModuleTest
@Transactional
class PlanEventsModuleTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-42");

	@Autowired
	PlanUseCases plans;
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

	@Test
	void projectsPublishAddedChangedAndRemovedAlsoWhenTheirStrategyOrGoalIsDeleted(AssertablePublishedEvents events) {
		plans.startPlan(PROVINCE, "แผนทดสอบเหตุการณ์", PlanFixtures.PERIOD);
		ItemId goal = plans.addGoal(PROVINCE, PlanFixtures.goal("ENV", "อากาศสะอาด"));
		ItemId first = plans.addStrategy(PROVINCE, goal, PlanFixtures.strategy("ลดฝุ่น"));
		ItemId second = plans.addStrategy(PROVINCE, goal, PlanFixtures.strategy("ลดควัน"));
		Project a = PlanFixtures.project("เซนเซอร์ฝุ่น", Set.of());
		Project b = PlanFixtures.project("รถกวาดถนนไฟฟ้า", Set.of());
		Project c = PlanFixtures.project("ห้ามเผาในที่โล่ง", Set.of());
		plans.addProject(PROVINCE, first, a);
		plans.addProject(PROVINCE, first, b);
		plans.addProject(PROVINCE, second, c);
		LoadedPlan plan = plans.plan(PROVINCE).orElseThrow();
		Project renamed = new Project(a.id(), "เซนเซอร์ฝุ่นทั่วเมือง", a.rationale(), a.objectives(), a.targetAreaIds(),
				a.leadAgency(), a.partners(), a.startYear(), a.endYear(), a.budget(), a.estimatedTotal(), a.outputs(),
				a.outcomes(), a.alignment());
		plans.updateProject(PROVINCE, first, renamed, plan.versionOf(a.id().value()));

		assertThat(events.ofType(ProjectAdded.class)).extracting(ProjectAdded::projectId).containsExactly(a.id(), b.id(),
				c.id());
		assertThat(events.ofType(ProjectChanged.class)).containsExactly(
				new ProjectChanged(PROVINCE, a.id(), "เซนเซอร์ฝุ่นทั่วเมือง"));

		plan = plans.plan(PROVINCE).orElseThrow();
		plans.deleteItem(PROVINCE, ItemKind.STRATEGY, first, plan.versionOf(first.value()));
		assertThat(events.ofType(ProjectRemoved.class)).extracting(ProjectRemoved::projectId).containsExactlyInAnyOrder(
				a.id(), b.id());
		plans.deleteItem(PROVINCE, ItemKind.GOAL, goal, plan.versionOf(goal.value()));
		assertThat(events.ofType(ProjectRemoved.class)).extracting(ProjectRemoved::projectId).containsExactlyInAnyOrder(
				a.id(), b.id(), c.id());
	}

	@Test
	void statusStepsReopensAndSavedVersionsArePublished(AssertablePublishedEvents events) {
		plans.startPlan(PROVINCE, "แผนทดสอบเหตุการณ์", PlanFixtures.PERIOD);
		SignedIn.as(identity, jdbc, users, "events.coord42", Role.COORDINATOR, PROVINCE);
		new PlanSteps(plans, identity, jdbc, users).takeTo(PROVINCE, PlanStatus.APPROVED, "events.approver42");
		long approvedVersion = plans.statusHistory(PROVINCE).get(0).versionId();
		PlanVersionSummary saved = plans.saveVersion(PROVINCE, "ฉบับอนุมัติ");
		LoadedPlan approved = plans.plan(PROVINCE).orElseThrow();
		plans.reopen(PROVINCE, approved.header().version(), "ไม่ต้องบันทึกซ้ำ");

		long planId = approved.header().planId();
		assertThat(events.ofType(PlanStatusChanged.class)).containsExactly(
				new PlanStatusChanged(PROVINCE, planId, PlanStatus.DRAFT, PlanStatus.IN_REVIEW, "events.coord42"),
				new PlanStatusChanged(PROVINCE, planId, PlanStatus.IN_REVIEW, PlanStatus.SUBMITTED, "events.coord42"),
				new PlanStatusChanged(PROVINCE, planId, PlanStatus.SUBMITTED, PlanStatus.APPROVED, "events.approver42"),
				new PlanStatusChanged(PROVINCE, planId, PlanStatus.APPROVED, PlanStatus.DRAFT, "events.coord42"));
		assertThat(events.ofType(PlanVersionSaved.class)).extracting(PlanVersionSaved::versionId)
			.containsExactly(approvedVersion, saved.id());
		assertThat(events.ofType(PlanVersionSaved.class)).last()
			.isEqualTo(new PlanVersionSaved(PROVINCE, planId, saved.id(), "ฉบับอนุมัติ"));
	}

	@Test
	void anImportPublishesRemovedForGoneAddedForNewAndChangedForChangedProjects(AssertablePublishedEvents events) {
		plans.startPlan(PROVINCE, "แผนทดสอบเหตุการณ์", PlanFixtures.PERIOD);
		ItemId goal = plans.addGoal(PROVINCE, PlanFixtures.goal("ENV", "อากาศสะอาด"));
		ItemId strategy = plans.addStrategy(PROVINCE, goal, PlanFixtures.strategy("ลดฝุ่น"));
		Project kept = PlanFixtures.project("คงเดิม", Set.of());
		Project changed = PlanFixtures.project("จะเปลี่ยนชื่อ", Set.of());
		Project gone = PlanFixtures.project("จะหายไป", Set.of());
		List.of(kept, changed, gone).forEach(project -> plans.addProject(PROVINCE, strategy, project));
		PlanDocument current = plans.plan(PROVINCE).orElseThrow().document();
		Project added = PlanFixtures.project("โครงการใหม่จากไฟล์", Set.of());
		Project renamed = new Project(changed.id(), "เปลี่ยนชื่อแล้ว", changed.rationale(), changed.objectives(),
				changed.targetAreaIds(), changed.leadAgency(), changed.partners(), changed.startYear(),
				changed.endYear(), changed.budget(), changed.estimatedTotal(), changed.outputs(), changed.outcomes(),
				changed.alignment());
		Strategy before = current.goals().get(0).strategies().get(0);
		List<Project> projects = new ArrayList<>(List.of(before.projects().get(0), renamed, added));
		Strategy after = new Strategy(before.id(), before.title(), before.description(), projects, before.alignment());
		Goal g = current.goals().get(0);
		plans.importDocument(PROVINCE, new PlanDocument(current.provinceCode(), current.title(), current.period(),
				current.vision(), current.missions(), List.of(new Goal(g.id(), g.dimension(), g.title(),
						g.description(), List.of(after), g.alignment())), current.kpis(), current.sections()));

		assertThat(events.ofType(ProjectRemoved.class)).containsExactly(new ProjectRemoved(PROVINCE, gone.id()));
		assertThat(events.ofType(ProjectAdded.class)).extracting(ProjectAdded::projectId).containsExactly(kept.id(),
				changed.id(), gone.id(), added.id());
		assertThat(events.ofType(ProjectChanged.class)).containsExactly(
				new ProjectChanged(PROVINCE, changed.id(), "เปลี่ยนชื่อแล้ว"));
	}
}
