package org.smartcityplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.PlanModuleTest;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.ModuleWebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The plan pages and API as a consultant, a coordinator and a working-group member use them. Each test works
 * in a province of its own so the tests do not see each other's plans.
 */
@PlanModuleTest
class PlanWebTests extends ModuleWebTestSupport {

	@Autowired
	PlanUseCases plans;
	@Autowired
	org.smartcityplanner.profile.internal.ProfileUseCases profile;
	@Autowired
	org.smartcityplanner.plan.PlanComments comments;

	@Test
	void aCoordinatorStartsAPlanAndBuildsItThroughTheForms() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-51");
		Cookie session = signedIn("plan.coord51", Role.COORDINATOR, province);
		mvc.perform(get("/p/TH-51/plan").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("เริ่มจัดทำแผน")));
		mvc.perform(post("/p/TH-51/plan").cookie(session).with(csrf()).param("title", "แผนแม่บทเมืองอัจฉริยะลำพูน")
			.param("firstYear", "2570").param("years", "5"))
			.andExpect(redirectedUrl("/p/TH-51/plan"));

		mvc.perform(post("/p/TH-51/plan/goals").cookie(session).with(csrf()).param("dimension", "ENV")
			.param("title", "อากาศสะอาด").param("alignment.sdgs", "SDG11"))
			.andExpect(redirectedUrlPattern("/p/TH-51/plan#item-*"));
		Goal goal = document(province).goals().get(0);
		mvc.perform(post("/p/TH-51/plan/goals/" + goal.id() + "/strategies").cookie(session).with(csrf())
			.param("title", "เฝ้าระวังฝุ่น")).andExpect(status().is3xxRedirection());
		Strategy strategy = document(province).goals().get(0).strategies().get(0);
		mvc.perform(post("/p/TH-51/plan/projects").cookie(session).with(csrf()).param("strategyId", strategy.id().value())
			.param("name", "เครือข่ายเซนเซอร์ฝุ่น").param("leadAgency", "สำนักงานจังหวัด").param("startYear", "2570")
			.param("endYear", "2571").param("budget[2570]", "1200000").param("budget[2571]", "800000.50"))
			.andExpect(status().is3xxRedirection());
		Project project = document(province).projects().findFirst().orElseThrow();
		assertThat(project.budgetTotal().toString()).isEqualTo("2000000.50");
		mvc.perform(post("/p/TH-51/plan/kpis").cookie(session).with(csrf()).param("ownerId", project.id().value())
			.param("indicatorCode", "IND-ENV-01").param("baselineValue", "38.5").param("baselineYear", "2568")
			.param("targets[2570]", "35").param("targets[2574]", "28"))
			.andExpect(status().is3xxRedirection());
		assertThat(document(province).kpis()).singleElement().satisfies(kpi -> {
			assertThat(kpi.indicatorCode()).isEqualTo("IND-ENV-01");
			assertThat(kpi.name()).isNotBlank();
			assertThat(kpi.targets()).hasSize(2);
		});

		mvc.perform(get("/p/TH-51/plan").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("อากาศสะอาด")))
			.andExpect(content().string(containsString(document(province).kpis().get(0).name())))
			.andExpect(content().string(containsString("เครือข่ายเซนเซอร์ฝุ่น")));
		mvc.perform(get("/p/TH-51/plan/readiness").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("คะแนนความพร้อม")));
		mvc.perform(get("/p/TH-51/plan/alignment").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("SDG11")));
	}

	@Test
	void aLibraryKpiWithoutBaselineTakesTheProvincesLatestRecordedBaseline() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-63");
		Cookie session = signedIn("plan.coord63", Role.COORDINATOR, province);
		Goal goal = document(sampleStrategyProvince(province)).goals().get(0);
		profile.addBaseline(province, new org.smartcityplanner.profile.BaselineDraft("IND-ENV-01", null, 2566,
				new java.math.BigDecimal("41.0"), "สถานีตรวจวัดคุณภาพอากาศ", ""));
		profile.addBaseline(province, new org.smartcityplanner.profile.BaselineDraft("IND-ENV-01", null, 2568,
				new java.math.BigDecimal("37.2"), "กรมควบคุมมลพิษ", ""));
		mvc.perform(post("/p/TH-63/plan/kpis").cookie(session).with(csrf()).param("ownerId", goal.id().value())
			.param("indicatorCode", "IND-ENV-01").param("targets[2570]", "35"))
			.andExpect(status().is3xxRedirection());
		assertThat(document(province).kpis()).singleElement().satisfies(kpi -> {
			assertThat(kpi.baseline().value()).isEqualByComparingTo("37.2");
			assertThat(kpi.baseline().year().buddhistYear()).isEqualTo(2568);
			assertThat(kpi.baseline().source()).isEqualTo("กรมควบคุมมลพิษ");
		});
	}

	@Test
	void badNumbersAndYearsComeBackAtTheirFieldsWithTheInputKept() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-52");
		Cookie session = signedIn("plan.coord52", Role.CONSULTANT, province);
		Strategy strategy = sampleStrategy(province);
		mvc.perform(post("/p/TH-52/plan/projects").cookie(session).with(csrf()).param("strategyId", strategy.id().value())
			.param("name", "ชื่อที่ต้องคงไว้").param("startYear", "2572").param("endYear", "2571")
			.param("budget[2570]", "abc").param("budget[2571]", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("value=\"ชื่อที่ต้องคงไว้\"")))
			.andExpect(content().string(containsString("value=\"abc\"")))
			.andExpect(content().string(containsString("ปีสิ้นสุดต้องไม่ก่อนปีเริ่มต้น")))
			.andExpect(content().string(containsString("ต้องไม่ติดลบ")));
		assertThat(document(province).projects()).isEmpty();
	}

	@Test
	void aForgedTargetYearOutsideThePeriodIsRefusedWithAReason() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-53");
		Cookie session = signedIn("plan.coord53", Role.COORDINATOR, province);
		Goal goal = document(sampleStrategyProvince(province)).goals().get(0);
		mvc.perform(post("/p/TH-53/plan/kpis").cookie(session).with(csrf()).param("ownerId", goal.id().value())
			.param("name", "ตัวชี้วัดทดสอบ").param("unit", "ร้อยละ").param("targets[2590]", "10"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ปีงบประมาณ 2590 อยู่นอกช่วงของแผน")));
	}

	@Test
	void theSecondOfTwoConcurrentEditsSeesTheFirstAndKeepsItsOwnInput() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-54");
		Cookie session = signedIn("plan.coord54", Role.COORDINATOR, province);
		sampleStrategy(province);
		LoadedPlan loaded = plans.plan(province).orElseThrow();
		Goal goal = loaded.document().goals().get(0);
		String version = String.valueOf(loaded.versionOf(goal.id().value()));
		mvc.perform(post("/p/TH-54/plan/goals/" + goal.id()).cookie(session).with(csrf()).param("dimension", "ENV")
			.param("title", "ชื่อของคนแรก").param("version", version)).andExpect(status().is3xxRedirection());
		mvc.perform(post("/p/TH-54/plan/goals/" + goal.id()).cookie(session).with(csrf()).param("dimension", "ENV")
			.param("title", "ชื่อของคนที่สอง").param("version", version))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("มีผู้อื่นบันทึกรายการนี้ไปก่อนคุณ")))
			.andExpect(content().string(containsString("ชื่อของคนแรก")))
			.andExpect(content().string(containsString("value=\"ชื่อของคนที่สอง\"")));
		assertThat(document(province).goals().get(0).title()).isEqualTo("ชื่อของคนแรก");

		String current = String.valueOf(plans.plan(province).orElseThrow().versionOf(goal.id().value()));
		mvc.perform(get("/p/TH-54/plan/goals/" + goal.id()).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("/p/TH-54/plan/items/GOAL/" + goal.id() + "/delete")))
			.andExpect(content().string(containsString("name=\"version\" value=\"" + current + "\"")));
		mvc.perform(post("/p/TH-54/plan/items/GOAL/" + goal.id() + "/delete").cookie(session).with(csrf())
			.param("version", current)).andExpect(redirectedUrl("/p/TH-54/plan"));
		assertThat(document(province).goals()).isEmpty();
	}

	@Test
	void workingGroupMembersReadButDoNotEdit() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-55");
		sampleStrategy(province);
		Cookie member = signedIn("plan.member55", Role.WORKING_GROUP, province);
		mvc.perform(get("/p/TH-55/plan").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("/plan/goals/new"))));
		mvc.perform(get("/p/TH-55/plan/goals/new").cookie(member).accept(MediaType.TEXT_HTML))
			.andExpect(status().isForbidden());
	}

	@Test
	void aLargePlanShowsOneDimensionAtATimeAndEveryDimensionOnRequest() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-62");
		Cookie session = signedIn("plan.coord62", Role.COORDINATOR, province);
		var large = org.smartcityplanner.bench.LargePlan.build("TH-62", java.util.List.of(), 62);
		plans.importDocument(province, large);
		String firstEco = large.goals().stream().filter(goal -> goal.dimension().equals("ECO")).findFirst()
			.orElseThrow().title();
		String firstEnv = large.goals().get(0).title();
		mvc.perform(get("/p/TH-62/plan").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString(firstEnv)))
			.andExpect(content().string(not(containsString(firstEco))))
			.andExpect(content().string(containsString("แสดงรายละเอียดมิตินี้")));
		mvc.perform(get("/p/TH-62/plan").cookie(session).param("dimension", "ECO")).andExpect(status().isOk())
			.andExpect(content().string(containsString(firstEco)))
			.andExpect(content().string(not(containsString(firstEnv))));
		mvc.perform(get("/p/TH-62/plan").cookie(session).param("dimension", "ALL")).andExpect(status().isOk())
			.andExpect(content().string(containsString(firstEco)))
			.andExpect(content().string(containsString(firstEnv)));
		mvc.perform(get("/p/TH-62/plan").cookie(session).param("dimension", "<script>")).andExpect(status().isOk())
			.andExpect(content().string(containsString(firstEnv)));
	}

	@Test
	void workingGroupMembersCommentAndEditorsResolve() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-58");
		Strategy strategy = sampleStrategy(province);
		Cookie member = signedIn("plan.member58", Role.WORKING_GROUP, province);
		Cookie coordinator = signedIn("plan.coord58", Role.COORDINATOR, province);
		String page = "/p/TH-58/plan/items/" + strategy.id() + "/comments";
		mvc.perform(post(page).cookie(member).with(csrf()).param("body", "ควรเพิ่มจุดตรวจวัดในย่านตลาด"))
			.andExpect(redirectedUrl(page)).andExpect(flash().attribute("flashSuccess", "plan.comment.added"));
		mvc.perform(post(page).cookie(member).with(csrf()).param("body", "   "))
			.andExpect(redirectedUrl(page)).andExpect(flash().attribute("flashError", "plan.comment.refused"));
		assertThat(comments.openCounts(province)).containsEntry(strategy.id().value(), 1);
		mvc.perform(get("/p/TH-58/plan").cookie(member))
			.andExpect(content().string(containsString("ความคิดเห็นที่รอดำเนินการ 1")));
		long commentId = jdbc.sql("select id from pln_comment where body like 'ควรเพิ่ม%'").query(Long.class).single();
		mvc.perform(post("/p/TH-58/plan/comments/" + commentId + "/resolve").cookie(member).with(csrf())
			.param("itemId", strategy.id().value()).accept(MediaType.TEXT_HTML)).andExpect(status().isForbidden());
		mvc.perform(post("/p/TH-58/plan/comments/" + commentId + "/resolve").cookie(coordinator).with(csrf())
			.param("itemId", strategy.id().value())).andExpect(redirectedUrl(page));
		mvc.perform(get(page).cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ดำเนินการแล้วโดย plan.coord58")));
		mvc.perform(get("/p/TH-58/plan/items/not-an-item/comments").cookie(member)).andExpect(status().isNotFound());
	}

	@Test
	void versionsAreSavedAndComparedWithTheCurrentPlan() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-56");
		Cookie session = signedIn("plan.coord56", Role.COORDINATOR, province);
		sampleStrategy(province);
		mvc.perform(post("/p/TH-56/plan/versions").cookie(session).with(csrf()).param("name", "ร่าง 1"))
			.andExpect(redirectedUrl("/p/TH-56/plan/versions"));
		long versionId = plans.versions(province).get(0).id();
		LoadedPlan loaded = plans.plan(province).orElseThrow();
		Goal goal = loaded.document().goals().get(0);
		plans.updateGoal(province, new Goal(goal.id(), "ENV", "หลังประชุมครั้งที่ 2", "", java.util.List.of(),
				goal.alignment()), loaded.versionOf(goal.id().value()));
		// people are shown by name, not by their sign-in name
		mvc.perform(get("/p/TH-56/plan/versions").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("<td>Test plan.coord56</td>")));
		mvc.perform(get("/p/TH-56/plan/versions/" + versionId).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ลดฝุ่น PM2.5")))
			.andExpect(content().string(containsString("Test plan.coord56")));
		// the diff says which two versions it compares
		mvc.perform(get("/p/TH-56/plan/versions/diff").cookie(session).param("from", String.valueOf(versionId)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("จาก “ร่าง 1”")))
			.andExpect(content().string(containsString("ถึง “แผนปัจจุบัน” (ขณะนี้)")))
			.andExpect(content().string(containsString("ลดฝุ่น PM2.5")))
			.andExpect(content().string(containsString("หลังประชุมครั้งที่ 2")));
		mvc.perform(get("/p/TH-56/plan/versions/diff").cookie(session).param("from", "999999"))
			.andExpect(status().isNotFound());
	}

	@Test
	void thePlanRoundTripsThroughTheJsonApi() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-57");
		Cookie session = signedIn("plan.coord57", Role.COORDINATOR, province);
		sampleStrategy(province);
		String exported = mvc.perform(get("/api/v1/provinces/TH-57/plan/export").cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		var before = document(province);
		mvc.perform(put("/api/v1/provinces/TH-57/plan").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(exported)).andExpect(status().isNoContent());
		assertThat(document(province)).isEqualTo(before);

		mvc.perform(put("/api/v1/provinces/TH-57/plan").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content(exported.replace("\"TH-57\"", "\"TH-10\"")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(containsString("TH-10")));
		mvc.perform(put("/api/v1/provinces/TH-57/plan").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"title\": "))
			.andExpect(status().isBadRequest());
		for (String incomplete : new String[] { "{\"provinceCode\":\"TH-57\",\"title\":\"x\"}",
				"{\"provinceCode\":\"TH-57\",\"title\":\"x\",\"period\":{\"first\":2570,\"last\":2574},"
						+ "\"goals\":[{\"dimension\":\"ENV\",\"title\":\"ไม่มีรหัส\"}]}",
				"{\"provinceCode\":\"TH-57\",\"title\":\"x\",\"period\":{\"first\":2574,\"last\":2570}}",
				"{\"provinceCode\":\"TH-57\",\"title\":\"x\",\"period\":{\"first\":\"abc\",\"last\":2570}}" }) {
			mvc.perform(put("/api/v1/provinces/TH-57/plan").cookie(session).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(incomplete))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		assertThat(document(province)).isEqualTo(before);
		String goalId = before.goals().get(0).id().value();
		String planJson = mvc.perform(get("/api/v1/provinces/TH-57/plan").cookie(session))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		int goalVersion = plans.plan(province).orElseThrow().versionOf(goalId);
		assertThat(planJson).contains("\"" + goalId + "\":" + goalVersion);
		mvc.perform(put("/api/v1/provinces/TH-57/plan/goals/" + goalId).param("version", String.valueOf(goalVersion))
			.cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"dimension\":\"ENV\",\"title\":\"แก้ผ่าน API\",\"description\":\"\",\"strategies\":[],"
					+ "\"alignment\":{\"nationalStrategies\":[],\"masterPlans\":[],\"milestones\":[],\"sdgs\":[],"
					+ "\"provincialStrategies\":[]}}"))
			.andExpect(status().isNoContent());
		mvc.perform(put("/api/v1/provinces/TH-57/plan/goals/" + goalId).param("version", String.valueOf(goalVersion))
			.cookie(session).with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"dimension\":\"ENV\",\"title\":\"ซ้ำด้วยรุ่นเก่า\",\"strategies\":[],"
					+ "\"alignment\":{\"nationalStrategies\":[],\"masterPlans\":[],\"milestones\":[],\"sdgs\":[],"
					+ "\"provincialStrategies\":[]}}"))
			.andExpect(status().isConflict());
		mvc.perform(get("/api/v1/provinces/TH-57/plan/readiness").cookie(session).header("Accept-Language", "en"))
			.andExpect(status().isOk()).andExpect(jsonPath("$.score").isNumber())
			.andExpect(jsonPath("$.results[0].title").value("Target area and goals"));
	}

	private org.smartcityplanner.plan.model.PlanDocument document(ProvinceCode province) {
		return plans.plan(province).orElseThrow().document();
	}

	private ProvinceCode sampleStrategyProvince(ProvinceCode province) {
		sampleStrategy(province);
		return province;
	}

	private Strategy sampleStrategy(ProvinceCode province) {
		withUser(() -> {
			plans.startPlan(province, "แผนทดสอบ", PlanFixtures.PERIOD);
			Goal goal = PlanFixtures.goal("ENV", "ลดฝุ่น PM2.5");
			plans.addGoal(province, goal);
			plans.addStrategy(province, goal.id(), PlanFixtures.strategy("เฝ้าระวังคุณภาพอากาศ"));
		});
		return document(province).goals().get(0).strategies().get(0);
	}

	/** The audit log needs a transaction; the API's own methods open one. */
	private static void withUser(Runnable action) {
		action.run();
	}
}
