package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.ActionPlanModuleTest;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.ModuleWebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The action plan pages and API as coordinators, members and strangers use them. Each test works in a
 * province of its own.
 */
@ActionPlanModuleTest
class ActionPlanWebTests extends ModuleWebTestSupport {

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;

	@Test
	void aSplitThatDoesNotAddUpIsRefusedWithBothSumsAndTheInputKeptThenACorrectOneIsSaved() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-30");
		Cookie session = signedIn("acp.coord30", Role.COORDINATOR, province);
		String project = ActionPlanFixtures.planWithProjects(plans, province, Map.of("ระบบเฝ้าระวังฝุ่น", 2_000_000L))
			.get(0);
		mvc.perform(post("/p/TH-30/actionplan/projects/" + project + "/budget").cookie(session).with(csrf())
			.param("line_2570_OPERATING", "1,500,000").param("line_2570_INVESTMENT", "500000.50")
			.param("split_PROV", "1500000").param("split_LOCAL", "400000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("รวมได้ 1,900,000.00 บาท แต่งบประมาณโครงการคือ 2,000,000.50 บาท")))
			.andExpect(content().string(containsString("value=\"1,500,000\"")));
		assertThat(budget(province, project).total()).isEqualTo(Baht.ZERO);

		mvc.perform(post("/p/TH-30/actionplan/projects/" + project + "/budget").cookie(session).with(csrf())
			.param("line_2570_OPERATING", "1,500,000").param("line_2570_INVESTMENT", "500000.50")
			.param("split_PROV", "1600000.50").param("split_LOCAL", "400000"))
			.andExpect(redirectedUrl("/p/TH-30/actionplan/projects/" + project + "#budget"));
		assertThat(budget(province, project).total()).isEqualTo(new Baht(200_000_050));
		assertThat(budget(province, project).split()).containsEntry("PROV", new Baht(160_000_050));
		mvc.perform(get("/p/TH-30/actionplan").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ระบบเฝ้าระวังฝุ่น")))
			.andExpect(content().string(containsString("2,000,000.50")));
	}

	@Test
	void negativeAndOverPreciseAmountsAreRefusedNamingTheField() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-31");
		Cookie session = signedIn("acp.coord31", Role.COORDINATOR, province);
		String project = ActionPlanFixtures.planWithProjects(plans, province, Map.of("ป้ายรถอัจฉริยะ", 1_000_000L)).get(0);
		mvc.perform(post("/p/TH-31/actionplan/projects/" + project + "/budget").cookie(session).with(csrf())
			.param("line_2570_OPERATING", "100.005"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ทศนิยมเกินสองตำแหน่ง")));
		mvc.perform(post("/p/TH-31/actionplan/projects/" + project + "/budget").cookie(session).with(csrf())
			.param("line_2571_OPERATING", "-5"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ปีงบประมาณ 2571 ติดลบ")));
		assertThat(budget(province, project).total()).isEqualTo(Baht.ZERO);
	}

	@Test
	void aDependencyCycleIsRefusedNamingTheProjectsAround() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-32");
		Cookie session = signedIn("acp.coord32", Role.CONSULTANT, province);
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("ศูนย์ข้อมูลเมือง", 5_000_000L);
		costs.put("แอปพลิเคชันเมือง", 3_000_000L);
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, province, costs);
		mvc.perform(post("/p/TH-32/actionplan/projects/" + ids.get(1) + "/settings").cookie(session).with(csrf())
			.param("dependsOn", ids.get(0)).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post("/p/TH-32/actionplan/projects/" + ids.get(0) + "/settings").cookie(session).with(csrf())
			.param("dependsOn", ids.get(1)).param("version", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/TH-32/actionplan/projects/" + ids.get(0)).cookie(session)
			.flashAttr("refusal", "x"))
			.andExpect(status().isOk());
		assertThat(actionPlans.project(province, ids.get(0)).orElseThrow().budget().settings().dependsOn()).isNull();
		var refused = org.assertj.core.api.Assertions.catchThrowableOfType(
				org.smartcityplanner.shared.InvalidInputException.class,
				() -> actionPlans.saveSettings(province, ids.get(0), new org.smartcityplanner.actionplan.ProjectSettings(
						null, false, "", ids.get(1), 0), 0));
		assertThat(refused.messageKey()).isEqualTo("actionplan.settings.cycle");
		assertThat(refused.arguments().get(0).toString()).contains("ศูนย์ข้อมูลเมือง → แอปพลิเคชันเมือง → ศูนย์ข้อมูลเมือง");
	}

	@Test
	void aProposalCannotBeMarkedReadyUntilEveryRequiredFieldIsFilled() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-33");
		Cookie session = signedIn("acp.coord33", Role.COORDINATOR, province);
		String project = ActionPlanFixtures.planWithProjects(plans, province, Map.of("ศูนย์ปฏิบัติการเมือง", 3_000_000L))
			.get(0);
		String base = "/p/TH-33/actionplan/projects/" + project + "/proposals/FUNC";
		mvc.perform(post(base + "/ready").cookie(session).with(csrf()).param("ready", "true"))
			.andExpect(redirectedUrl(base));
		assertThat(actionPlans.proposal(province, project, "FUNC").ready()).isFalse();
		mvc.perform(get(base).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ช่องที่ต้องกรอกแต่ยังว่าง")))
			.andExpect(content().string(containsString("กลุ่มเป้าหมาย")));

		mvc.perform(post("/p/TH-33/actionplan/projects/" + project + "/budget").cookie(session).with(csrf())
			.param("line_2570_OPERATING", "3000000").param("split_FUNC", "3000000"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(post(base).cookie(session).with(csrf()).param("version", "0")
			.param("field_TARGET_GROUP", "ประชาชนในเขตเทศบาล").param("field_ACTIVITIES_BY_QUARTER", "ไตรมาส 1 จัดซื้อ")
			.param("field_RISKS", "-"))
			.andExpect(redirectedUrl(base));
		// the test plan's project has no KPI and no target area yet: both still missing
		assertThat(actionPlans.proposal(province, project, "FUNC").status().missing()).containsExactly(
				org.smartcityplanner.actionplan.rules.FormField.TARGET_AREA,
				org.smartcityplanner.actionplan.rules.FormField.INDICATORS);
		plans.addKpi(province, org.smartcityplanner.plan.PlanFixtures.kpi(
				new org.smartcityplanner.plan.model.ItemId(project), "ค่าฝุ่นเฉลี่ย"));
		// an admin drops the target area from the source's required fields: no code change needed
		Cookie admin = signedIn("acp.admin33", Role.ADMIN);
		var func = actionPlans.sourceRules("FUNC");
		mvc.perform(get("/admin/budget-sources/FUNC").cookie(admin)).andExpect(status().isOk());
		var change = post("/admin/budget-sources/FUNC").cookie(admin).with(csrf()).param("version",
				String.valueOf(func.version())).param("coFundingPercent", "0").param("multiYearAllowed", "true")
			.param("deadlineMonth", "12").param("deadlineDay", "15");
		func.rule().requiredFields().stream()
			.filter(field -> field != org.smartcityplanner.actionplan.rules.FormField.TARGET_AREA)
			.forEach(field -> change.param("fields", field.name()));
		mvc.perform(change).andExpect(redirectedUrl("/admin/budget-sources/FUNC"));
		assertThat(actionPlans.sourceRules("FUNC").rule().requiredFields())
			.doesNotContain(org.smartcityplanner.actionplan.rules.FormField.TARGET_AREA);
		mvc.perform(post(base + "/ready").cookie(session).with(csrf()).param("ready", "true"))
			.andExpect(redirectedUrl(base));
		assertThat(actionPlans.proposal(province, project, "FUNC").ready()).isTrue();
		mvc.perform(get(base).cookie(session)).andExpect(content().string(containsString("พร้อมยื่น")));
	}

	@Test
	void ahpWeightsShowTheConsistencyRatioAndWarnAboveTenPercent() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-34");
		Cookie session = signedIn("acp.coord34", Role.COORDINATOR, province);
		ActionPlanFixtures.planWithProjects(plans, province, Map.of("โครงการ", 1_000_000L));
		var request = post("/p/TH-34/actionplan/weights/ahp").cookie(session).with(csrf());
		for (int i = 0; i < 6; i++) {
			for (int j = i + 1; j < 6; j++) {
				// contradictory: each criterion beats the next strongly but loses to the one after
				request.param("ahp_" + i + "_" + j, j == i + 1 ? "9" : "1/9");
			}
		}
		mvc.perform(request).andExpect(redirectedUrl("/p/TH-34/actionplan/weights"));
		assertThat(actionPlans.weights(province).inconsistent()).isTrue();
		mvc.perform(get("/p/TH-34/actionplan/weights").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"cr-warning\"")))
			.andExpect(content().string(containsString("เกิน 0.10")));
		var consistent = post("/p/TH-34/actionplan/weights/ahp").cookie(session).with(csrf());
		for (int i = 0; i < 6; i++) {
			for (int j = i + 1; j < 6; j++) {
				consistent.param("ahp_" + i + "_" + j, "1");
			}
		}
		mvc.perform(consistent).andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/TH-34/actionplan/weights").cookie(session))
			.andExpect(content().string(not(containsString("id=\"cr-warning\""))))
			.andExpect(content().string(containsString("id=\"consistency-ratio\"")));
	}

	@Test
	void anotherProvincesUserAndAMemberAndAFormWithoutCsrfAreRefused() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-35");
		ActionPlanFixtures.planWithProjects(plans, province, Map.of("โครงการ", 1_000_000L));
		Cookie stranger = signedIn("acp.coord36", Role.COORDINATOR, new ProvinceCode("TH-36"));
		mvc.perform(get("/p/TH-35/actionplan").cookie(stranger)).andExpect(status().isForbidden());
		mvc.perform(get("/api/v1/provinces/TH-35/actionplan/projects").cookie(stranger))
			.andExpect(status().isForbidden());
		Cookie member = signedIn("acp.member35", Role.WORKING_GROUP, province);
		mvc.perform(get("/p/TH-35/actionplan").cookie(member)).andExpect(status().isOk());
		mvc.perform(post("/p/TH-35/actionplan/optimiser/envelopes").cookie(member).with(csrf())
			.param("env_PROV_2570", "1000")).andExpect(status().isForbidden());
		Cookie coordinator = signedIn("acp.coord35", Role.COORDINATOR, province);
		mvc.perform(post("/p/TH-35/actionplan/optimiser/envelopes").cookie(coordinator).param("env_PROV_2570", "1000"))
			.andExpect(status().isForbidden());
		assertThat(actionPlans.envelopes(province)).isEmpty();
	}

	@Test
	void aRunIsSolvedInTheBackgroundExplainsEachExcludedProjectAndItsPortfolioIsAdopted() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-37");
		Cookie session = signedIn("acp.coord37", Role.COORDINATOR, province);
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("ระบบแจ้งเตือนน้ำท่วม", 6_000_000L);
		costs.put("สวนสาธารณะอัจฉริยะ", 5_000_000L);
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, province, costs);
		actionPlans.saveScores(province, ids.get(0), Map.of(org.smartcityplanner.actionplan.rules.Criterion.ALIGNMENT,
				new java.math.BigDecimal("9")));
		actionPlans.saveScores(province, ids.get(1), Map.of(org.smartcityplanner.actionplan.rules.Criterion.ALIGNMENT,
				new java.math.BigDecimal("5")));
		mvc.perform(post("/p/TH-37/actionplan/optimiser/envelopes").cookie(session).with(csrf())
			.param("env_PROV_2570", "8,000,000")).andExpect(status().is3xxRedirection());

		Instant before = Instant.now();
		String location = mvc.perform(post("/p/TH-37/actionplan/runs").cookie(session).with(csrf())
			.param("label", "รอบแรก").param("timeLimitSeconds", "5"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		assertThat(Duration.between(before, Instant.now())).isLessThan(Duration.ofSeconds(5));
		long runId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
		OptimiserRun run = awaitDone(province, runId);
		assertThat(run.result().isSelected(ids.get(0))).isTrue();
		mvc.perform(get(location).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("สวนสาธารณะอัจฉริยะ")))
			.andExpect(content().string(containsString(
					"จะเกินกรอบวงเงินของทุกแหล่งที่สนับสนุนได้รวมกัน ปีงบประมาณ 2570 อยู่ 3,000,000.00 บาท")))
			.andExpect(content().string(containsString("งบประมาณส่วนนั้นจัดให้ &quot;ระบบแจ้งเตือนน้ำท่วม&quot;")))
			.andExpect(content().string(containsString("id=\"greedy\"")));

		mvc.perform(post(location + "/adopt").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/p/TH-37/actionplan/plan"));
		assertThat(actionPlans.actionItems(province)).singleElement()
			.satisfies(item -> assertThat(item.projectId()).isEqualTo(ids.get(0)));
		mvc.perform(get("/p/TH-37/actionplan/plan").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"timeline\"")))
			.andExpect(content().string(containsString("ระบบแจ้งเตือนน้ำท่วม")));

		// what-if: a mandatory project the envelope cannot hold makes the problem infeasible, with reasons
		String whatIf = mvc.perform(post(location + "/what-if").cookie(session).with(csrf())
			.param("mandatoryProject", ids.get(1)).param("mandatoryFlag", "true").param("envelopeSource", "PROV")
			.param("envelopeYear", "2570").param("envelopeAmount", "4000000").param("timeLimitSeconds", "5"))
			.andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
		long whatIfId = Long.parseLong(whatIf.substring(whatIf.lastIndexOf('/') + 1));
		OptimiserRun infeasible = awaitDone(province, whatIfId);
		assertThat(infeasible.result().status().hasPortfolio()).isFalse();
		mvc.perform(get(whatIf).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"conflict\"")));
		mvc.perform(post(whatIf + "/adopt").cookie(session).with(csrf())).andExpect(status().is3xxRedirection());
		assertThat(actionPlans.actionItems(province)).singleElement()
			.satisfies(item -> assertThat(item.projectId()).isEqualTo(ids.get(0)));
		mvc.perform(get("/p/TH-37/actionplan/runs/compare").param("a", String.valueOf(runId))
			.param("b", String.valueOf(whatIfId)).cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"compare-table\"")));
	}

	@Test
	void theApiListsProjectsAndQueuesRunsWith202() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-38");
		Cookie session = signedIn("acp.coord38", Role.COORDINATOR, province);
		ActionPlanFixtures.planWithProjects(plans, province, Map.of("ระบบจอดรถอัจฉริยะ", 2_500_000L));
		mvc.perform(get("/api/v1/provinces/TH-38/actionplan/projects").cookie(session)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].name").value("ระบบจอดรถอัจฉริยะ"));
		mvc.perform(post("/api/v1/provinces/TH-38/actionplan/runs").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"api\",\"timeLimitSeconds\":5,\"seed\":1}"))
			.andExpect(status().isAccepted()).andExpect(header().exists("Location"));
		mvc.perform(post("/api/v1/provinces/TH-38/actionplan/runs").cookie(session).with(csrf())
			.contentType(MediaType.APPLICATION_JSON).content("{\"label\":\"api\",\"timeLimitSeconds\":500,\"seed\":1}"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/api/v1/budget-sources").cookie(session)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].code").value("PROV"));
	}

	private org.smartcityplanner.actionplan.rules.BudgetSheet budget(ProvinceCode province, String project) {
		return actionPlans.project(province, project).orElseThrow().budget().sheet();
	}

	private OptimiserRun awaitDone(ProvinceCode province, long runId) throws InterruptedException {
		Instant deadline = Instant.now().plusSeconds(60);
		while (Instant.now().isBefore(deadline)) {
			OptimiserRun run = actionPlans.run(province, runId).orElseThrow();
			if (!run.pending()) {
				assertThat(run.failure()).isNull();
				return run;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("run " + runId + " did not finish");
	}
}
