package org.smartcityplanner.dashboard.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanFixtures;
import org.smartcityplanner.plan.internal.PlanCheckUseCases;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The home page and the province page show the plan, action plan and training figures of the dashboard's read
 * model. The plan and training modules have nothing for these provinces: the figures can only come from the read
 * model.
 */
class DashboardWebTests extends WebTestSupport {

	@Autowired
	PlanUseCases plans;
	@Autowired
	PlanCheckUseCases checks;

	private static final ProvinceCode WITH_PLAN = new ProvinceCode("TH-81");
	private static final ProvinceCode WITHOUT_PLAN = new ProvinceCode("TH-82");

	@Test
	void theProvincePageShowsTheReadModelsPlanActionPlanAndTrainingFigures() throws Exception {
		figures(WITH_PLAN, "APPROVED", List.of("a", "b", "c"), "ฉบับเสนอคณะกรรมการ", 2,
				Instant.parse("2026-12-01T03:00:00Z"));
		Cookie coordinator = signedIn("dashboard.coordinator", Role.COORDINATOR, WITH_PLAN, WITHOUT_PLAN);

		mvc.perform(get("/p/TH-81").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-status\">อนุมัติแล้ว<")))
			.andExpect(content().string(containsString("id=\"figure-projects\">3<")))
			.andExpect(content().string(containsString("id=\"figure-version\">ฉบับเสนอคณะกรรมการ<")))
			.andExpect(content().string(containsString("แผนปฏิบัติการที่รับเมื่อ 1 ธ.ค. 2569 10:00: 2 โครงการ")))
			.andExpect(content().string(containsString("id=\"figure-trainees\">3<")))
			.andExpect(content().string(containsString("id=\"figure-certified\">1<")));
		mvc.perform(get("/p/TH-81").param("lang", "en").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"figure-status\">Approved<")));
		mvc.perform(get("/p/TH-82").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ยังไม่มีแผนแม่บท")))
			.andExpect(content().string(not(containsString("id=\"figure-status\""))));
	}

	@Test
	void theProvincePageAndApiShowThePlansReadinessScoreAsTheReadinessPageComputesIt() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-84");
		plans.startPlan(province, "แผนทดสอบคะแนนบนหน้าจังหวัด", PlanFixtures.PERIOD);
		Cookie coordinator = signedIn("dashboard.readiness84", Role.COORDINATOR, province);
		int score = checks.readiness(province).orElseThrow().score();

		mvc.perform(get("/p/TH-84").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"/p/TH-84/plan/readiness\">" + score + " จาก 100<")));
		mvc.perform(get("/api/v1/provinces/TH-84").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.readinessScore").value(score));
		mvc.perform(get("/p/TH-82").cookie(signedIn("dashboard.noplan82", Role.COORDINATOR, WITHOUT_PLAN)))
			.andExpect(content().string(not(containsString("figure-readiness"))));
	}

	@Test
	void theHomePageShowsEachProvincesPlanStatusProjectsAdoptedActionPlanAndTrainees() throws Exception {
		figures(WITH_PLAN, "IN_REVIEW", List.of("a", "b"), null, 1, null);
		Cookie coordinator = signedIn("dashboard.home", Role.COORDINATOR, WITH_PLAN, WITHOUT_PLAN);

		mvc.perform(get("/").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("แผนแม่บท: อยู่ระหว่างพิจารณา · โครงการ: 2")))
			.andExpect(content().string(containsString("แผนปฏิบัติการที่รับแล้ว: 1 โครงการ")))
			.andExpect(content().string(containsString("ผู้เข้าอบรม: 3 คน (ได้รับประกาศนียบัตร 1 คน)")))
			.andExpect(content().string(containsString("ยังไม่มีแผนแม่บท")));
		mvc.perform(get("/api/v1/provinces/TH-81").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(jsonPath("$.figures.planStatus").value("IN_REVIEW"))
			.andExpect(jsonPath("$.figures.projects").value(2));
	}

	private void figures(ProvinceCode province, String status, List<String> projects, String version,
			Integer adopted, Instant adoptedAt) {
		jdbc.sql("delete from dsh_plan_project where province_code = ?").param(province.value()).update();
		jdbc.sql("delete from dsh_province_figures where province_code = ?").param(province.value()).update();
		jdbc.sql("""
				insert into dsh_province_figures (province_code, plan_status, last_version_id, last_version_name,
				adopted_projects, adopted_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)""")
			.params(province.value(), status, version == null ? null : 1L, version, adopted,
					adoptedAt == null ? null : Utc.of(adoptedAt), Utc.now())
			.update();
		projects.forEach(id -> jdbc.sql("insert into dsh_plan_project (province_code, project_id) values (?, ?)")
			.params(province.value(), id).update());
		jdbc.sql("delete from dsh_trainee where province_code = ?").param(province.value()).update();
		for (long trainee = 1; trainee <= 3; trainee++) {
			jdbc.sql("insert into dsh_trainee (province_code, trainee_id, certified) values (?, ?, ?)")
				.params(province.value(), 9_000 + trainee, trainee == 1).update();
		}
	}
}
