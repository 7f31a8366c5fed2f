package org.smartcityplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.profile.AreaType;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.shared.LocalizedText;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;

import tools.jackson.databind.json.JsonMapper;

/**
 * Ids of another province's target areas and plan items, sent under one's own province: refused with 404 naming
 * the field, never stored; deleting something that is not there says so (404). Each test has its own pair of
 * provinces (its own and another one).
 */
class ForeignIdsWebTests extends WebTestSupport {

	@Autowired
	PlanUseCases plans;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	JsonMapper json;

	@Test
	void anotherProvincesTargetAreaIsRefusedOnTheApiAndTheFormAndNotStored() throws Exception {
		ProvinceCode own = new ProvinceCode("TH-75");
		ProvinceCode other = new ProvinceCode("TH-76");
		Strategy strategy = planWithStrategy(own, "ของจังหวัดเอง");
		long otherArea = profile.addArea(other, new LocalizedText("ย่านเมืองเก่าจังหวัดอื่น", "Other old town"),
				AreaType.OLD_TOWN, 1000, new BigDecimal("2.5")).id();
		Cookie session = signedIn("foreign.coord75", Role.COORDINATOR, own);

		notInProvince(mvc.perform(post("/api/v1/provinces/TH-75/plan/strategies/" + strategy.id() + "/projects")
			.cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content(json.writeValueAsString(PlanFixtures.project("โครงการปลอม", Set.of(otherArea))))),
				"targetAreaIds");
		mvc.perform(post("/p/TH-75/plan/projects").cookie(session).with(csrf()).param("strategyId", strategy.id().value())
			.param("name", "โครงการปลอมผ่านฟอร์ม").param("leadAgency", "สำนักงานจังหวัด").param("startYear", "2570")
			.param("endYear", "2570").param("targetAreaIds", String.valueOf(otherArea)))
			.andExpect(status().isNotFound());

		assertThat(document(own).projects()).isEmpty();
	}

	@Test
	void anImportCarryingAnotherProvincesItemIdsIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
		ProvinceCode own = new ProvinceCode("TH-77");
		ProvinceCode other = new ProvinceCode("TH-93");
		planWithStrategy(own, "ก่อนนำเข้า");
		PlanDocument theirs = planWithProjectAndKpi(other);
		PlanDocument before = document(own);
		Cookie session = signedIn("foreign.coord77", Role.COORDINATOR, own);

		Goal theirGoal = theirs.goals().get(0);
		Strategy theirStrategy = theirGoal.strategies().get(0);
		Project theirProject = theirStrategy.projects().get(0);
		Kpi theirKpi = theirs.kpis().get(0);
		Goal ownGoal = PlanFixtures.goal("ENV", "เป้าหมายใหม่");
		Strategy ownStrategy = PlanFixtures.strategy("กลยุทธ์ใหม่");
		Project ownProject = PlanFixtures.project("โครงการใหม่", Set.of());
		importing(own, session, List.of(theirGoal), List.of()).andExpect(jsonPath("$.field").value("goals.id"));
		importing(own, session, List.of(goalWith(ownGoal, strategyWith(theirStrategy, List.of()))), List.of())
			.andExpect(jsonPath("$.field").value("strategies.id"));
		importing(own, session, List.of(goalWith(ownGoal, strategyWith(ownStrategy, List.of(theirProject)))), List.of())
			.andExpect(jsonPath("$.field").value("projects.id"));
		Kpi theirsOnOurGoal = new Kpi(theirKpi.id(), ownGoal.id(), null, theirKpi.name(), theirKpi.unit(), null,
				theirKpi.targets());
		importing(own, session, List.of(goalWith(ownGoal, strategyWith(ownStrategy, List.of(ownProject)))),
				List.of(theirsOnOurGoal)).andExpect(jsonPath("$.field").value("kpis.id"));

		assertThat(document(own)).isEqualTo(before);
		assertThat(document(other)).isEqualTo(theirs);
	}

	@Test
	void deletingAnotherProvincesItemOrOneThatIsNotThereAnswers404() throws Exception {
		ProvinceCode own = new ProvinceCode("TH-94");
		ProvinceCode other = new ProvinceCode("TH-95");
		planWithStrategy(own, "ของเรา");
		PlanDocument theirs = planWithProjectAndKpi(other);
		Cookie session = signedIn("foreign.coord94", Role.COORDINATOR, own);
		String theirGoal = theirs.goals().get(0).id().value();

		notInProvince(mvc.perform(delete("/api/v1/provinces/TH-94/plan/GOAL/" + theirGoal).param("version", "0")
			.cookie(session).with(csrf())), "itemId");
		notInProvince(mvc.perform(delete("/api/v1/provinces/TH-94/plan/PROJECT/no-such-project").param("version", "0")
			.cookie(session).with(csrf())), "itemId");
		mvc.perform(post("/p/TH-94/plan/items/GOAL/" + theirGoal + "/delete").cookie(session).with(csrf())
			.param("version", "0")).andExpect(status().isNotFound());

		assertThat(document(other)).isEqualTo(theirs);
	}

	private ResultActions importing(ProvinceCode own, Cookie session, List<Goal> goals, List<Kpi> kpis)
			throws Exception {
		PlanDocument current = document(own);
		PlanDocument imported = new PlanDocument(own.value(), current.title(), current.period(), current.vision(),
				current.missions(), goals, kpis, current.sections());
		return mvc.perform(put("/api/v1/provinces/" + own.value() + "/plan").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(imported)))
			.andExpect(status().isNotFound());
	}

	private static void notInProvince(ResultActions result, String field) throws Exception {
		result.andExpect(status().isNotFound()).andExpect(jsonPath("$.field").value(field));
	}

	private static Goal goalWith(Goal goal, Strategy strategy) {
		return new Goal(goal.id(), goal.dimension(), goal.title(), goal.description(), List.of(strategy),
				goal.alignment());
	}

	private static Strategy strategyWith(Strategy strategy, List<Project> projects) {
		return new Strategy(strategy.id(), strategy.title(), strategy.description(), projects, strategy.alignment());
	}

	private Strategy planWithStrategy(ProvinceCode province, String title) {
		plans.startPlan(province, "แผน " + title, PlanFixtures.PERIOD);
		ItemId goal = plans.addGoal(province, PlanFixtures.goal("ENV", title));
		plans.addStrategy(province, goal, PlanFixtures.strategy(title));
		return document(province).goals().get(0).strategies().get(0);
	}

	private PlanDocument planWithProjectAndKpi(ProvinceCode province) {
		Strategy strategy = planWithStrategy(province, "ของจังหวัดอื่น");
		plans.addProject(province, strategy.id(), PlanFixtures.project("โครงการจังหวัดอื่น", Set.of()));
		plans.addKpi(province, PlanFixtures.kpi(document(province).goals().get(0).id(), "ตัวชี้วัดจังหวัดอื่น"));
		return document(province);
	}

	private PlanDocument document(ProvinceCode province) {
		return plans.plan(province).orElseThrow().document();
	}
}
