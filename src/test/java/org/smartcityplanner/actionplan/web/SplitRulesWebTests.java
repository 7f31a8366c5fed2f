package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.ActionPlanModuleTest;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.ModuleWebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * A funding split is checked against each source's own rules where it is typed (issue 17): the budget page and
 * the API refuse it naming the source and the rule it breaks, and nothing is saved. The sources' rules are the
 * standard ones (PPP: infrastructure and services; DEF: digital and capacity, 10 % co-funding, 50 M cap; LOCAL:
 * single year; PROV: 100 M cap). Each test has a province of its own.
 */
@ActionPlanModuleTest
class SplitRulesWebTests extends ModuleWebTestSupport {

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;

	@Test
	void eligibilityPppMoneyOnADigitalProjectAndTheDigitalFundOnInfrastructureAreRefused() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-40");
		Cookie session = signedIn("split.coord40", Role.COORDINATOR, province);
		List<String> projects = ActionPlanFixtures.planWithProjects(plans, province,
				sorted("แอปพลิเคชันรายงานฝุ่น", 2_000_000L, "สถานีวัดฝุ่น", 2_000_000L));
		String digital = typed(province, projects.get(0), ProjectType.DIGITAL);
		String infrastructure = typed(province, projects.get(1), ProjectType.INFRASTRUCTURE);

		mvc.perform(page("TH-40", digital, session, Map.of("line_2570_OPERATING", "2,000,000", "split_PPP", "2,000,000")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("แหล่งงบประมาณ PPP ไม่สนับสนุนโครงการนี้ (มิติ ENV ประเภท DIGITAL)")))
			.andExpect(content().string(containsString("value=\"2,000,000\"")));
		mvc.perform(api("TH-40", infrastructure, session, "{\"lines\":{\"2570\":{\"OPERATING\":2000000}},"
				+ "\"split\":{\"DEF\":1800000,\"PROV\":200000}}").header("Accept-Language", "en"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("actionplan.rule.notEligible"))
			.andExpect(jsonPath("$.detail").value("Source DEF does not fund this project (dimension ENV, type INFRASTRUCTURE)."));
		assertThat(sheetTotal(province, digital)).isEqualTo(Baht.ZERO);
		assertThat(sheetTotal(province, infrastructure)).isEqualTo(Baht.ZERO);

		// the same money from a source that funds it is saved
		mvc.perform(page("TH-40", digital, session, Map.of("line_2570_OPERATING", "2,000,000", "split_PROV", "2,000,000")))
			.andExpect(redirectedUrl("/p/TH-40/actionplan/projects/" + digital + "#budget"));
		assertThat(sheetTotal(province, digital)).isEqualTo(Baht.of(2_000_000));
	}

	@Test
	void multiYearLocalGovernmentMoneyOnAThreeYearProjectIsRefused() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-41");
		Cookie session = signedIn("split.coord41", Role.COORDINATOR, province);
		String project = typed(province, ActionPlanFixtures.planWithProjects(plans, province,
				Map.of("ไฟถนนอัจฉริยะ", 3_000_000L)).get(0), ProjectType.INFRASTRUCTURE);
		Map<String, String> threeYears = new LinkedHashMap<>();
		threeYears.put("line_2570_INVESTMENT", "1,000,000");
		threeYears.put("line_2571_INVESTMENT", "1,000,000");
		threeYears.put("line_2572_INVESTMENT", "1,000,000");
		threeYears.put("split_LOCAL", "3,000,000");
		mvc.perform(page("TH-41", project, session, threeYears)).andExpect(status().isOk())
			.andExpect(content().string(containsString("แหล่ง LOCAL ไม่สนับสนุนโครงการผูกพันหลายปี แต่การแบ่งงบประมาณกระจายไป 3 ปี")));
		mvc.perform(api("TH-41", project, session, "{\"lines\":{\"2570\":{\"INVESTMENT\":1000000},"
				+ "\"2571\":{\"INVESTMENT\":1000000},\"2572\":{\"INVESTMENT\":1000000}},\"split\":{\"LOCAL\":3000000}}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("actionplan.rule.singleYearOnly"))
			.andExpect(jsonPath("$.detail").value(containsString("LOCAL")));
		assertThat(sheetTotal(province, project)).isEqualTo(Baht.ZERO);

		// one year of local money is within the rule (amounts sent as strings, as a form posts them)
		mvc.perform(api("TH-41", project, session, "{\"lines\":{\"2570\":{\"INVESTMENT\":\"3,000,000\"}},"
				+ "\"split\":{\"LOCAL\":\"๓,๐๐๐,๐๐๐\"}}"))
			.andExpect(status().isNoContent());
		assertThat(sheetTotal(province, project)).isEqualTo(Baht.of(3_000_000));
	}

	@Test
	void theCapPerProjectAndTheCoFundingShareAreChecked() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-42");
		Cookie session = signedIn("split.coord42", Role.COORDINATOR, province);
		List<String> projects = ActionPlanFixtures.planWithProjects(plans, province,
				sorted("ศูนย์ข้อมูลจังหวัด", 120_000_000L, "ระบบคลาวด์จังหวัด", 10_000_000L));
		String large = typed(province, projects.get(0), ProjectType.DIGITAL);
		String digital = typed(province, projects.get(1), ProjectType.DIGITAL);

		// the provincial budget gives at most 100 M baht to one project
		mvc.perform(page("TH-42", large, session, Map.of("line_2570_INVESTMENT", "120,000,000",
				"split_PROV", "120,000,000")))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("เกินเพดาน")));
		mvc.perform(api("TH-42", large, session, "{\"lines\":{\"2570\":{\"INVESTMENT\":120000000}},"
				+ "\"split\":{\"PROV\":120000000}}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("actionplan.rule.overCap"));

		// the digital fund pays at most 90 %: 10 % must come from another source
		mvc.perform(page("TH-42", digital, session, Map.of("line_2570_INVESTMENT", "10,000,000",
				"split_DEF", "10,000,000")).param("lang", "en"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("10 % must be co-funded by other sources")));
		mvc.perform(api("TH-42", digital, session, "{\"lines\":{\"2570\":{\"INVESTMENT\":10000000}},"
				+ "\"split\":{\"DEF\":10000000}}"))
			.andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("actionplan.rule.coFundingShort"));
		assertThat(sheetTotal(province, large)).isEqualTo(Baht.ZERO);
		assertThat(sheetTotal(province, digital)).isEqualTo(Baht.ZERO);

		mvc.perform(api("TH-42", digital, session, "{\"lines\":{\"2570\":{\"INVESTMENT\":10000000}},"
				+ "\"split\":{\"DEF\":9000000,\"PROV\":1000000}}"))
			.andExpect(status().isNoContent());
		assertThat(actionPlans.project(province, digital).orElseThrow().budget().sheet().split())
			.containsEntry("DEF", Baht.of(9_000_000));
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder page(String province,
			String project, Cookie session, Map<String, String> fields) {
		var request = post("/p/" + province + "/actionplan/projects/" + project + "/budget").cookie(session).with(csrf());
		fields.forEach(request::param);
		return request;
	}

	private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder api(String province,
			String project, Cookie session, String body) {
		return put("/api/v1/provinces/" + province + "/actionplan/projects/" + project + "/budget").cookie(session)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private String typed(ProvinceCode province, String project, ProjectType type) {
		int version = actionPlans.project(province, project).orElseThrow().budget().version();
		actionPlans.saveSettings(province, project, new ProjectSettings(type, false, "", null, 0), version);
		return project;
	}

	private Baht sheetTotal(ProvinceCode province, String project) {
		return actionPlans.project(province, project).orElseThrow().budget().sheet().total();
	}

	private static Map<String, Long> sorted(String first, long firstCost, String second, long secondCost) {
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put(first, firstCost);
		costs.put(second, secondCost);
		return costs;
	}
}
