package org.smartcityplanner.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A KPI is asked for targets in the years it applies to — its project's years, not every year of the plan — on
 * the page and in the API, a target kept from outside those years is shown as such, and the readiness finding
 * "project has no KPI" leads (for editors) to where a KPI of that project is added, which the project form offers
 * too.
 */
class KpiYearsAndFixLinksWebTests extends WebTestSupport {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-86");

	@Autowired
	PlanApi plans;

	@Test
	void aProjectKpiAsksTargetsForTheProjectYearsAndNoKpiLeadsToAddingOne() throws Exception {
		Cookie session = signedIn("plan.cons86", Role.CONSULTANT, PROVINCE);
		mvc.perform(post("/p/TH-86/plan").cookie(session).with(csrf()).param("title", "แผนแม่บทเมืองอัจฉริยะชุมพร")
			.param("firstYear", "2570").param("years", "5")).andExpect(status().is3xxRedirection());
		mvc.perform(post("/p/TH-86/plan/goals").cookie(session).with(csrf()).param("dimension", "ENV")
			.param("title", "ชายฝั่งสะอาด")).andExpect(status().is3xxRedirection());
		String goalId = document().goals().get(0).id().value();
		mvc.perform(post("/p/TH-86/plan/goals/" + goalId + "/strategies").cookie(session).with(csrf())
			.param("title", "เฝ้าระวังชายฝั่ง")).andExpect(status().is3xxRedirection());
		String strategyId = document().goals().get(0).strategies().get(0).id().value();
		mvc.perform(post("/p/TH-86/plan/projects").cookie(session).with(csrf()).param("strategyId", strategyId)
			.param("name", "ทุ่นวัดคุณภาพน้ำทะเล").param("leadAgency", "สำนักงานจังหวัด").param("startYear", "2572")
			.param("endYear", "2573")).andExpect(status().is3xxRedirection());
		String projectId = document().projects().findFirst().orElseThrow().id().value();
		String newKpi = "/p/TH-86/plan/items/" + projectId + "/kpis/new";

		// the finding's fix link and the project form both lead to adding a KPI of the project
		mvc.perform(get("/p/TH-86/plan/readiness").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("href=\"" + newKpi + "\"")));
		mvc.perform(get("/api/v1/provinces/TH-86/plan/readiness").cookie(session))
			.andExpect(content().string(containsString("\"fix\":\"" + newKpi + "\"")));
		mvc.perform(get("/p/TH-86/plan/projects/" + projectId).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"add-project-kpi\"")))
			.andExpect(content().string(containsString("href=\"" + newKpi + "\"")));
		Cookie member = signedIn("plan.member86", Role.WORKING_GROUP, PROVINCE);
		mvc.perform(get("/p/TH-86/plan/readiness").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("href=\"" + newKpi + "\""))));

		// the KPI form asks for 2572 and 2573 only; so does the API
		mvc.perform(get(newKpi).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("name=\"targets[2572]\"")))
			.andExpect(content().string(containsString("name=\"targets[2573]\"")))
			.andExpect(content().string(not(containsString("name=\"targets[2571]\""))))
			.andExpect(content().string(not(containsString("name=\"targets[2574]\""))));
		mvc.perform(get("/api/v1/provinces/TH-86/plan/items/" + projectId + "/target-years").cookie(session))
			.andExpect(status().isOk()).andExpect(jsonPath("$.years.length()").value(2))
			.andExpect(jsonPath("$.years[0]").value(2572)).andExpect(jsonPath("$.years[1]").value(2573));
		mvc.perform(get("/api/v1/provinces/TH-86/plan/items/" + goalId + "/target-years").cookie(session))
			.andExpect(jsonPath("$.years.length()").value(5));

		mvc.perform(post("/p/TH-86/plan/kpis").cookie(session).with(csrf()).param("ownerId", projectId)
			.param("name", "จำนวนทุ่นที่ส่งข้อมูล").param("unit", "ทุ่น").param("baselineValue", "0")
			.param("baselineYear", "2569").param("baselineSource", "สำนักงานจังหวัด").param("targets[2572]", "4")
			.param("targets[2573]", "8")).andExpect(status().is3xxRedirection());
		String kpiId = document().kpis().get(0).id().value();
		assertThat(readiness(session)).doesNotContain("readiness.kpi.missingTarget", "readiness.project.noKpi");

		// a target kept from a year the project does not run is shown as such, in the form and the API
		int version = plans.plan(PROVINCE).orElseThrow().versionOf(kpiId);
		mvc.perform(post("/p/TH-86/plan/kpis/" + kpiId).cookie(session).with(csrf()).param("ownerId", projectId)
			.param("name", "จำนวนทุ่นที่ส่งข้อมูล").param("unit", "ทุ่น").param("baselineValue", "0")
			.param("baselineYear", "2569").param("baselineSource", "สำนักงานจังหวัด").param("targets[2571]", "2")
			.param("targets[2572]", "4").param("targets[2573]", "8").param("version", String.valueOf(version)))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/TH-86/plan/kpis/" + kpiId).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"targets-outside\"")))
			.andExpect(content().string(containsString("name=\"targets[2571]\" value=\"2\"")));
		mvc.perform(get("/api/v1/provinces/TH-86/plan/kpis/" + kpiId + "/targets").cookie(session))
			.andExpect(status().isOk()).andExpect(jsonPath("$.years.length()").value(2))
			.andExpect(jsonPath("$.targets[0].year").value(2571))
			.andExpect(jsonPath("$.targets[0].applies").value(false))
			.andExpect(jsonPath("$.targets[1].applies").value(true));
		assertThat(readiness(session)).doesNotContain("readiness.kpi.missingTarget", "readiness.kpi.targetOutsidePeriod");
	}

	private String readiness(Cookie session) throws Exception {
		return mvc.perform(get("/api/v1/provinces/TH-86/plan/readiness").cookie(session)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	private PlanDocument document() {
		return plans.plan(PROVINCE).orElseThrow().document();
	}
}
