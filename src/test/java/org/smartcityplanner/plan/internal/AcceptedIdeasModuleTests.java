package org.smartcityplanner.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.IdeaAccepted;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.participation.spi.PlanItemKind;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.PlanModuleTest;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.smartcityplanner.testing.Publications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.Scenario;

/**
 * The plan's side of public ideas: it offers participation its goals, strategies and projects to choose from,
 * and links an accepted idea to the item it became when {@link IdeaAccepted} arrives. Not transactional:
 * listeners run after the publishing transaction commits, so each test has a province of its own.
 */
@PlanModuleTest
class AcceptedIdeasModuleTests {

	@Autowired
	PlanUseCases plans;
	@Autowired
	PlanItemCatalogue catalogue;
	@Autowired
	PlanItemSources sources;
	@Autowired
	AuditLog audit;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	CompletedEventPublications completed;

	@Test
	void theCatalogueListsGoalsStrategiesAndProjectsInPlanOrderWithTheirGoalsDimension() {
		ProvinceCode province = new ProvinceCode("TH-61");
		Items items = plan(province);

		assertThat(catalogue.items(province)).containsExactly(
				new PlanItemChoice(ref(items.goal), "น้ำสะอาดทุกครัวเรือน", "ENV", PlanItemKind.GOAL),
				new PlanItemChoice(ref(items.strategy), "ลดน้ำสูญเสีย", "ENV", PlanItemKind.STRATEGY),
				new PlanItemChoice(ref(items.project), "มาตรวัดน้ำอัจฉริยะ", "ENV", PlanItemKind.PROJECT));
		assertThat(catalogue.find(province, ref(items.project))).map(PlanItemChoice::title)
			.contains("มาตรวัดน้ำอัจฉริยะ");
		// the same item asked for in a province without a plan, or under another type, is not found
		assertThat(catalogue.find(new ProvinceCode("TH-62"), ref(items.project))).isEmpty();
		assertThat(catalogue.find(province, new ResourceRef("plan.kpi", items.project.value()))).isEmpty();
		assertThat(catalogue.items(new ProvinceCode("TH-62"))).isEmpty();
	}

	@Test
	void anAcceptedIdeaIsLinkedToItsPlanItemOnceAndAuditedOnce(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-59");
		Items items = plan(province);
		ResourceRef idea = new ResourceRef("participation.idea", "90001");
		IdeaAccepted accepted = new IdeaAccepted(province, idea, ref(items.project), "มาตรวัดน้ำอัจฉริยะ");

		scenario.publish(accepted)
			.andWaitForStateChange(() -> sources.fromThePublic(province), linked -> !linked.isEmpty())
			.andVerify(linked -> {
				assertThat(linked).containsExactly(items.project.value());
				assertThat(links(province)).containsExactly(items.project.value() + " participation.idea:90001");
			});
		// the registry may deliver the event again after a restart: still one link, one audit entry
		long before = Publications.completions(completed, accepted);
		scenario.publish(accepted)
			.andWaitForStateChange(() -> Publications.completions(completed, accepted) > before)
			.andVerify(done -> assertThat(links(province)).hasSize(1));
		assertThat(audit.latest("plan-item-source", 200))
			.filteredOn(entry -> province.value().equals(entry.provinceCode()))
			.singleElement()
			.satisfies(entry -> {
				assertThat(entry.action()).isEqualTo("linked");
				assertThat(entry.entityId()).isEqualTo(items.project.value());
				assertThat(entry.after()).contains("participation.idea:90001");
			});
	}

	@Test
	void anIdeaAcceptedAsAnItemThatLeftThePlanOrAsAnotherProvincesItemLinksNothing(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-68");
		ProvinceCode other = new ProvinceCode("TH-69");
		Items items = plan(province);
		Items foreign = plan(other);
		IdeaAccepted gone = new IdeaAccepted(province, new ResourceRef("participation.idea", "90002"),
				ref(ItemId.random()), "โครงการที่ถูกลบไปแล้ว");
		IdeaAccepted elsewhere = new IdeaAccepted(province, new ResourceRef("participation.idea", "90003"),
				ref(foreign.project), "โครงการของจังหวัดอื่น");

		scenario.publish(gone).andWaitForStateChange(() -> Publications.completions(completed, gone) > 0);
		scenario.publish(elsewhere)
			.andWaitForStateChange(() -> Publications.completions(completed, elsewhere) > 0)
			.andVerify(done -> {
				assertThat(links(province)).isEmpty();
				assertThat(links(other)).isEmpty();
				assertThat(sources.fromThePublic(province)).isEmpty();
				assertThat(items.project).isNotNull();
			});
	}

	private Items plan(ProvinceCode province) {
		plans.startPlan(province, "แผนทดสอบข้อเสนอของประชาชน", PlanFixtures.PERIOD);
		ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", "น้ำสะอาดทุกครัวเรือน"));
		ItemId strategy = plans.addStrategy(province, goal, PlanFixtures.strategy("ลดน้ำสูญเสีย"));
		Project project = PlanFixtures.project("มาตรวัดน้ำอัจฉริยะ", Set.of());
		plans.addProject(province, strategy, project);
		return new Items(goal, strategy, project.id());
	}

	private List<String> links(ProvinceCode province) {
		return jdbc.sql("""
				select s.item_id || ' ' || s.source_type || ':' || s.source_id from pln_item_source s
				join pln_plan p on p.id = s.plan_id where p.province_code = ?""")
			.param(province.value()).query(String.class).list();
	}

	private static ResourceRef ref(ItemId id) {
		return new ResourceRef(PlanItemChoice.TYPE, id.value());
	}

	private record Items(ItemId goal, ItemId strategy, ItemId project) {
	}
}
