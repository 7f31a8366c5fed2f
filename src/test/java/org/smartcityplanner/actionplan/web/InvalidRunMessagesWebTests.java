package org.smartcityplanner.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.ActionPlanModuleTest;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.optimiser.model.RunStatus;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.ModuleWebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A split that was valid when it was entered, whose source an admin later restricted to other project types:
 * the run is INVALID, and its page says which source, how much and in which B.E. fiscal year - and the greedy
 * comparison says it has no portfolio instead of "total score null" (issue 17).
 */
@ActionPlanModuleTest
class InvalidRunMessagesWebTests extends ModuleWebTestSupport {

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;

	@Test
	void anInvalidRunNamesTheSourceTheYearAndHasNoGreedyTotal() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-43");
		Cookie session = signedIn("optmsg.coord43", Role.COORDINATOR, province);
		String project = ActionPlanFixtures.planWithProjects(plans, province, Map.of("แอปรายงานฝุ่น", 2_000_000L)).get(0);
		int version = actionPlans.project(province, project).orElseThrow().budget().version();
		actionPlans.saveSettings(province, project, new ProjectSettings(ProjectType.DIGITAL, false, "", null, 0), version);
		actionPlans.saveBudget(province, project, new BudgetSheet(
				Map.of(new FiscalYear(2570), Map.of("OPERATING", Baht.of(2_000_000))), Map.of("OTHER", Baht.of(2_000_000))));
		actionPlans.saveEnvelopes(province, Map.of("OTHER", Map.of(2570, Baht.of(5_000_000))));
		var other = actionPlans.sourceRules("OTHER");
		SourceRule rule = other.rule();
		actionPlans.updateSourceRule(new SourceRule("OTHER", rule.eligibleDimensions(), Set.of(ProjectType.STUDY),
				rule.maxPerProject(), rule.coFundingPercent(), rule.multiYearAllowed(), rule.requiredFields(),
				rule.submissionDeadline()), other.version());
		try {
			long runId = actionPlans.startRun(province, RunRequest.current("หลังเปลี่ยนเงื่อนไข", 5, 1));
			OptimiserRun run = awaitDone(province, runId);
			assertThat(run.result().status()).isEqualTo(RunStatus.INVALID);
			String page = "/p/TH-43/actionplan/runs/" + runId;
			String sourceName = "ให้ " + sourceNameOfOther() + " จ่าย 2,000,000.00 บาทในปีงบประมาณ 2570";
			mvc.perform(get(page).cookie(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString(sourceName)))
				.andExpect(content().string(containsString("id=\"greedy-no-portfolio\"")))
				.andExpect(content().string(not(containsString("คะแนนรวม null"))))
				.andExpect(content().string(not(containsString("อ้างถึงโครงการหรือแหล่งงบประมาณที่ไม่มีอยู่"))));
			mvc.perform(get(page).param("lang", "en").cookie(session)).andExpect(status().isOk())
				.andExpect(content().string(containsString("pay 2,000,000.00 baht in fiscal year 2570, but")))
				.andExpect(content().string(containsString("The simple selection has no portfolio")))
				.andExpect(content().string(not(containsString("Total score null"))));
		}
		finally {
			var changed = actionPlans.sourceRules("OTHER");
			actionPlans.updateSourceRule(rule, changed.version());
		}
	}

	private String sourceNameOfOther() {
		return actionPlans.sourceRules("OTHER").name().in(java.util.Locale.forLanguageTag("th"));
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
