package org.smartcityplanner.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.plan.ItemKind;
import org.smartcityplanner.plan.ProjectRemoved;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.Publications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.Scenario;

/**
 * The action plan with only the modules it depends on, reacting to the plan's events and publishing its own.
 * Not transactional: listeners run after the publishing transaction commits, so each test has its own province.
 */
@ActionPlanModuleTest
class ActionPlanModuleTests {

	private static final FiscalYear FY2570 = new FiscalYear(2570);

	@Autowired
	org.smartcityplanner.actionplan.internal.ActionPlanUseCases actionPlans;
	@Autowired
	PlanUseCases plans;
	@Autowired
	AuditLog audit;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	CompletedEventPublications completed;

	@Test
	void removesTheBudgetSettingsScoresProposalsAndActionItemsOfAProjectDeletedFromThePlan(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-73");
		List<String> ids = twoProjectsWithData(province);
		String removed = ids.get(0);
		String kept = ids.get(1);
		deleteFromPlan(province, removed);

		scenario.publish(new ProjectRemoved(province, new ItemId(removed)))
			.andWaitForStateChange(() -> rowsOf(province, removed) == 0)
			.andVerify(gone -> {
				assertThat(actionPlans.actionItems(province)).extracting(ActionItem::projectId).containsOnly(kept);
				CandidateProject other = actionPlans.project(province, kept).orElseThrow();
				assertThat(other.budget().sheet().total()).isEqualTo(Baht.of(2_000));
				assertThat(other.budget().scores()).containsKey(Criterion.ALIGNMENT);
				// it depended on the removed project: a dependency that can never be met is dropped
				assertThat(other.budget().settings().dependsOn()).isNull();
				assertThat(other.budget().settings().type()).isEqualTo(ProjectType.DIGITAL);
				assertThat(audit.latest("actionplan-project", 50)).filteredOn(entry -> entry.entityId().equals(removed))
					.singleElement().satisfies(entry -> {
						assertThat(entry.action()).isEqualTo("removed-with-plan-project");
						assertThat(entry.provinceCode()).isEqualTo(province.value());
						assertThat(entry.before()).contains("OPERATING").contains("PROV");
					});
			});
	}

	@Test
	void aSecondDeliveryOfTheSameRemovalChangesNothingAndIsNotAuditedAgain(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-74");
		List<String> ids = twoProjectsWithData(province);
		deleteFromPlan(province, ids.get(0));
		ProjectRemoved event = new ProjectRemoved(province, new ItemId(ids.get(0)));
		long before = Publications.completions(completed, event);

		scenario.publish(event).andWaitForStateChange(() -> Publications.completions(completed, event) > before);
		scenario.publish(event)
			.andWaitForStateChange(() -> Publications.completions(completed, event) > before + 1)
			.andVerify(twice -> {
				assertThat(rowsOf(province, ids.get(0))).isZero();
				assertThat(rowsOf(province, ids.get(1))).isPositive();
				assertThat(audit.latest("actionplan-project", 50)).filteredOn(entry -> entry.entityId().equals(ids.get(0)))
					.hasSize(1);
			});
	}

	@Test
	void leavesTheRowsOfOtherProvincesAndOfAProjectStillInThePlanAlone(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-75");
		List<String> ids = twoProjectsWithData(province);
		long rows = rowsOf(province, ids.get(0));
		ProjectRemoved otherProvince = new ProjectRemoved(new ProvinceCode("TH-76"), new ItemId(ids.get(0)));
		ProjectRemoved stillPlanned = new ProjectRemoved(province, new ItemId(ids.get(0)));

		scenario.publish(otherProvince).andWaitForStateChange(() -> Publications.completions(completed, otherProvince) > 0);
		scenario.publish(stillPlanned)
			.andWaitForStateChange(() -> Publications.completions(completed, stillPlanned) > 0)
			.andVerify(done -> {
				assertThat(rowsOf(province, ids.get(0))).isEqualTo(rows);
				assertThat(actionPlans.project(province, ids.get(1)).orElseThrow().budget().settings().dependsOn())
					.isEqualTo(ids.get(0));
			});
	}

	@Test
	void adoptingARunPublishesActionPlanAdoptedWithTheProjectsItFunds(Scenario scenario) {
		ProvinceCode province = new ProvinceCode("TH-72");
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("ศูนย์ข้อมูลเมือง", 5_000_000L);
		costs.put("ไฟถนนอัจฉริยะ", 4_000_000L);
		ActionPlanFixtures.planWithProjects(plans, province, costs).forEach(project -> actionPlans
			.saveScores(province, project, Map.of(Criterion.ALIGNMENT, new BigDecimal("8"))));
		actionPlans.saveEnvelopes(province, Map.of("PROV", Map.of(2570, Baht.of(6_000_000))));
		long runId = actionPlans.startRun(province, RunRequest.current("ทดสอบ", 5, 7));
		Awaitility.await().atMost(Duration.ofSeconds(60))
			.until(() -> !actionPlans.run(province, runId).orElseThrow().pending());

		scenario.stimulate(() -> actionPlans.adopt(province, runId))
			.andWaitForEventOfType(ActionPlanAdopted.class)
			.matching(event -> event.province().equals(province))
			.toArriveAndVerify(event -> {
				assertThat(event.runId()).isEqualTo(runId);
				assertThat(event.projects()).isEqualTo(1);
				assertThat(event.items()).isEqualTo(actionPlans.actionItems(province).size());
				assertThat(event.adoptedAt()).isNotNull();
			});
	}

	/** Two projects; the second depends on the first and both have a budget, scores and a proposal. */
	private List<String> twoProjectsWithData(ProvinceCode province) {
		Map<String, Long> costs = new LinkedHashMap<>();
		costs.put("ระบบเฝ้าระวังฝุ่น", 1_000L);
		costs.put("แอปแจ้งเตือนฝุ่น", 2_000L);
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, province, costs);
		for (int i = 0; i < ids.size(); i++) {
			Baht cost = Baht.of(1_000L * (i + 1));
			actionPlans.saveBudget(province, ids.get(i), new BudgetSheet(Map.of(FY2570, Map.of("OPERATING", cost)),
					Map.of("PROV", cost)));
			actionPlans.saveScores(province, ids.get(i), Map.of(Criterion.ALIGNMENT, new BigDecimal("8")));
			actionPlans.saveProposal(province, ids.get(i), "PROV", Map.of(FormField.TARGET_GROUP, "ประชาชน"), 0);
			actionPlans.addActionItem(province, FY2570, ids.get(i));
		}
		actionPlans.saveSettings(province, ids.get(1), new ProjectSettings(ProjectType.DIGITAL, false, "", ids.get(0), 0),
				0);
		return ids;
	}

	private void deleteFromPlan(ProvinceCode province, String projectId) {
		plans.deleteItem(province, ItemKind.PROJECT, new ItemId(projectId),
				plans.plan(province).orElseThrow().versionOf(projectId));
	}

	/** The project's rows in every per-project table of the action plan, in this province. */
	private long rowsOf(ProvinceCode province, String projectId) {
		long rows = 0;
		for (String table : List.of("acp_project", "acp_budget_line", "acp_funding_split", "acp_score", "acp_proposal",
				"acp_action_item")) {
			rows += jdbc.sql("select count(*) from " + table + " where province_code = ? and project_id = ?")
				.params(province.value(), projectId).query(Long.class).single();
		}
		return rows;
	}
}
