package org.smartcityplanner.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.ActionItemStatus;
import org.smartcityplanner.actionplan.ActionPlanFixtures;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.RunInputs;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.RunState;
import org.smartcityplanner.actionplan.optimiser.model.GreedyPortfolio;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.FormField;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.actionplan.rules.SourceRule;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action plan's tables on H2 and PostgreSQL: money to the satang, JSON columns, optimistic locking, the
 * run queue's claim and the adopted plan. Each test rolls back.
 */
@DatabaseTest
@Transactional
class ActionPlanRepositoryTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-40");

	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	PlanUseCases plans;
	@Autowired
	RunStore runs;
	@Autowired
	SourceRuleStore rules;

	@Test
	void aBudgetSheetComesBackToTheSatangWithItsSplitOrder() {
		String project = ActionPlanFixtures.planWithProjects(plans, PROVINCE, Map.of("ศูนย์ข้อมูล", 1_000L)).get(0);
		Map<String, Baht> split = new LinkedHashMap<>();
		split.put("LOCAL", new Baht(33_333));
		split.put("PROV", new Baht(66_667));
		BudgetSheet sheet = new BudgetSheet(Map.of(new FiscalYear(2570), Map.of("OPERATING", new Baht(99_999),
				"INVESTMENT", new Baht(1)), new FiscalYear(2571), Map.of()), split);
		actionPlans.saveBudget(PROVINCE, project, sheet);
		BudgetSheet read = actionPlans.project(PROVINCE, project).orElseThrow().budget().sheet();
		assertThat(read.total()).isEqualTo(new Baht(100_000));
		assertThat(read.split()).containsExactly(Map.entry("LOCAL", new Baht(33_333)), Map.entry("PROV", new Baht(66_667)));
		assertThat(read.lines().get(new FiscalYear(2570))).containsEntry("INVESTMENT", new Baht(1));
	}

	@Test
	void settingsScoresAndWeightsRoundTripAndAStaleSettingsVersionIsRefused() {
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, PROVINCE, Map.of("ก", 1_000L, "ข", 2_000L));
		actionPlans.saveSettings(PROVINCE, ids.get(0), new ProjectSettings(ProjectType.DIGITAL, true, "กลุ่ม", ids.get(1), 2), 0);
		var saved = actionPlans.project(PROVINCE, ids.get(0)).orElseThrow().budget();
		assertThat(saved.settings()).isEqualTo(new ProjectSettings(ProjectType.DIGITAL, true, "กลุ่ม", ids.get(1), 2));
		assertThatThrownBy(() -> actionPlans.saveSettings(PROVINCE, ids.get(0), ProjectSettings.DEFAULT, 0))
			.isInstanceOf(OptimisticLockingFailureException.class);
		actionPlans.saveSettings(PROVINCE, ids.get(0), ProjectSettings.DEFAULT, saved.version());

		Map<Criterion, BigDecimal> scores = new EnumMap<>(Criterion.class);
		scores.put(Criterion.ALIGNMENT, new BigDecimal("7.5"));
		scores.put(Criterion.READINESS, new BigDecimal("10"));
		actionPlans.saveScores(PROVINCE, ids.get(0), scores);
		actionPlans.recordPublicSupport(PROVINCE, ids.get(0), new BigDecimal("6.25"));
		assertThat(actionPlans.project(PROVINCE, ids.get(0)).orElseThrow().budget().scores())
			.containsEntry(Criterion.PUBLIC_SUPPORT, new BigDecimal("6.25"))
			.hasEntrySatisfying(Criterion.ALIGNMENT, value -> assertThat(value).isEqualByComparingTo("7.5"));

		double[][] upper = new double[6][6];
		for (int i = 0; i < 6; i++) {
			for (int j = i + 1; j < 6; j++) {
				upper[i][j] = i == 0 ? 3 : 1;
			}
		}
		var weights = actionPlans.saveAhpWeights(PROVINCE, upper);
		var read = actionPlans.weights(PROVINCE);
		assertThat(read.method()).isEqualTo("AHP");
		assertThat(read.consistencyRatio()).isCloseTo(weights.consistencyRatio(), org.assertj.core.data.Offset.offset(1e-4));
		assertThat(read.pairwise().get(0).get(1)).isEqualTo(3.0);
		assertThat(read.scoring().weights().get(Criterion.ALIGNMENT))
			.isGreaterThan(read.scoring().weights().get(Criterion.READINESS));
	}

	@Test
	void proposalFieldsEnvelopesAndMinimumsAreKept() {
		String project = ActionPlanFixtures.planWithProjects(plans, PROVINCE, Map.of("ค", 1_000L)).get(0);
		actionPlans.saveProposal(PROVINCE, project, "PROV", Map.of(FormField.TARGET_GROUP, "ผู้สูงอายุ \"ในเมือง\"",
				FormField.RISKS, "  "), 0);
		var proposal = actionPlans.proposal(PROVINCE, project, "PROV");
		assertThat(proposal.typed()).containsExactly(Map.entry(FormField.TARGET_GROUP, "ผู้สูงอายุ \"ในเมือง\""));
		assertThat(proposal.version()).isEqualTo(1);

		actionPlans.saveEnvelopes(PROVINCE, Map.of("PROV", Map.of(2570, new Baht(123_456_789_01L)), "DEF",
				Map.of(2571, Baht.ZERO)));
		assertThat(actionPlans.envelopes(PROVINCE)).containsEntry("PROV", Map.of(2570, new Baht(123_456_789_01L)))
			.containsEntry("DEF", Map.of(2571, Baht.ZERO));
		actionPlans.addMinimum(PROVINCE, new MinimumRule(0, "DIMENSION", "ENV", 2, 15));
		assertThat(actionPlans.minimums(PROVINCE)).singleElement().satisfies(minimum -> {
			assertThat(minimum.minSharePercent()).isEqualTo(15);
			actionPlans.deleteMinimum(PROVINCE, minimum.id());
		});
		assertThat(actionPlans.minimums(PROVINCE)).isEmpty();
	}

	@Test
	void aSourceRuleIsSeededFromTheReferenceListAndEditedWithItsVersion() {
		var before = actionPlans.sourceRules("LOCAL");
		SourceRule changed = new SourceRule("LOCAL", Set.of("ENV", "LIV"), Set.of(ProjectType.SERVICE),
				Baht.of(5_000_000), 20, true, List.of(FormField.NAME, FormField.RISKS), MonthDay.of(2, 29));
		actionPlans.updateSourceRule(changed, before.version());
		var after = actionPlans.sourceRules("LOCAL");
		assertThat(after.rule()).isEqualTo(changed);
		assertThat(after.version()).isEqualTo(before.version() + 1);
		assertThatThrownBy(() -> actionPlans.updateSourceRule(changed, before.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(actionPlans.sourceRules()).extracting(rules -> rules.code())
			.containsExactly("PROV", "CLUS", "FUNC", "AGEN", "LOCAL", "DEF", "PPP", "OTHER");
	}

	@Test
	void aQueuedRunIsClaimedOnceAndItsResultWithExplanationsRoundTripsThroughJson() {
		List<String> ids = ActionPlanFixtures.planWithProjects(plans, PROVINCE, Map.of("ง", 5_000_000L, "จ", 4_000_000L));
		actionPlans.saveEnvelopes(PROVINCE, Map.of("PROV", Map.of(2570, Baht.of(6_000_000))));
		ids.forEach(project -> actionPlans.saveScores(PROVINCE, project, Map.of(Criterion.ALIGNMENT, new BigDecimal("8"))));
		long id = actionPlans.startRun(PROVINCE, RunRequest.current("ทดสอบ", 7, 42));
		var queued = actionPlans.run(PROVINCE, id).orElseThrow();
		assertThat(queued.state()).isEqualTo(RunState.QUEUED);
		assertThat(queued.timeLimitSeconds()).isEqualTo(7);
		assertThat(queued.seed()).isEqualTo(42);
		RunInputs inputs = queued.inputs();
		assertThat(inputs.problem().options().timeLimit()).isEqualTo(Duration.ofSeconds(7));
		assertThat(inputs.problem().candidates()).hasSize(2);

		assertThat(runs.claim(id)).isTrue();
		assertThat(runs.claim(id)).isFalse();
		PortfolioResult greedy = GreedyPortfolio.select(inputs.problem());
		runs.finish(id, greedy, greedy);
		var done = actionPlans.run(PROVINCE, id).orElseThrow();
		assertThat(done.state()).isEqualTo(RunState.DONE);
		assertThat(done.result()).isEqualTo(greedy);
		assertThat(done.result().exclusions()).singleElement()
			.satisfies(exclusion -> assertThat(exclusion.reasons()).isNotEmpty());

		actionPlans.adopt(PROVINCE, id);
		List<ActionItem> items = actionPlans.actionItems(PROVINCE);
		assertThat(items).singleElement().satisfies(item -> {
			assertThat(item.year()).isEqualTo(new FiscalYear(2570));
			// same score, so greedy takes the cheaper project: more score per baht
			assertThat(item.total()).isEqualTo(Baht.of(4_000_000));
		});
		ActionItem item = items.get(0);
		actionPlans.updateActionItem(PROVINCE, item.id(), Map.of("PROV", Baht.of(3_500_000), "LOCAL", new Baht(50_000_000)),
				"เทศบาลนคร", ActionItemStatus.APPROVED, List.of("จัดซื้อ", "", "ติดตั้ง", "ส่งมอบ"), item.version());
		ActionItem updated = actionPlans.actionItems(PROVINCE).get(0);
		assertThat(updated.total()).isEqualTo(Baht.of(4_000_000));
		assertThat(updated.milestones()).containsExactly("จัดซื้อ", "", "ติดตั้ง", "ส่งมอบ");
		assertThatThrownBy(() -> actionPlans.updateActionItem(PROVINCE, item.id(), Map.of(), "", ActionItemStatus.DONE,
				List.of("", "", "", ""), item.version())).isInstanceOf(OptimisticLockingFailureException.class);
	}
}
