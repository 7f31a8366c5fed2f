package org.smartcityplanner.actionplan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.MinimumRule;
import org.smartcityplanner.actionplan.ProjectBudget;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.RunInputs;
import org.smartcityplanner.actionplan.RunRequest;
import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.FixedFunding;
import org.smartcityplanner.actionplan.optimiser.model.FundingRule;
import org.smartcityplanner.actionplan.optimiser.model.Minimum;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.actionplan.rules.ProjectType;
import org.smartcityplanner.actionplan.rules.Scoring;
import org.smartcityplanner.actionplan.rules.StandardSourceRules;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/** How the province's data becomes the optimiser's problem, and how a what-if changes a saved one. */
class ProblemBuilderTests {

	private static final PlanPeriod PERIOD = new PlanPeriod(new FiscalYear(2570), new FiscalYear(2574));

	@Test
	void projectsBecomeCandidatesWithTheirCostProfileEligibleSourcesAndStartWindow() {
		CandidateProject platform = project("p1", "GOV", ProjectType.DIGITAL, new ProjectSettings(ProjectType.DIGITAL,
				true, "", null, 3), BudgetSheet.empty(), Map.of(2572, 3_000_000L, 2573, 2_000_000L));
		RunInputs inputs = build(List.of(platform), Map.of("DEF", Map.of(2572, Baht.of(4_000_000))));
		Candidate candidate = inputs.problem().candidates().get(0);
		assertThat(candidate.costProfile()).containsExactly(300_000_000L, 200_000_000L);
		assertThat(candidate.earliestStart()).isEqualTo(2572);
		assertThat(candidate.latestStart()).as("shifting stops at the plan's end").isEqualTo(2573);
		assertThat(candidate.mandatory()).isTrue();
		// LOCAL and PPP do not fund digital projects; DEF pays at most 90 %
		assertThat(candidate.fundingRules()).extracting(FundingRule::sourceCode)
			.containsExactly("PROV", "CLUS", "FUNC", "AGEN", "DEF", "OTHER");
		assertThat(candidate.ruleFor("DEF").maxShareBasisPoints()).isEqualTo(9_000);
		assertThat(candidate.ruleFor("PROV").capSatang()).isEqualTo(Baht.of(100_000_000).satang());
		assertThat(inputs.problem().sources()).filteredOn(source -> source.code().equals("DEF")).singleElement()
			.satisfies(source -> assertThat(source.envelope(2572)).isEqualTo(400_000_000L));
	}

	@Test
	void aSavedSplitIsKeptAsFixedFundingByProjectYearAndProjectsWithoutCostAreLeftOut() {
		Map<String, Baht> split = new LinkedHashMap<>();
		split.put("PROV", Baht.of(600));
		split.put("LOCAL", Baht.of(400));
		BudgetSheet sheet = new BudgetSheet(Map.of(new FiscalYear(2571), Map.of("OPERATING", Baht.of(500)),
				new FiscalYear(2572), Map.of("INVESTMENT", Baht.of(500))), split);
		CandidateProject costed = project("p1", "ENV", ProjectType.SERVICE, ProjectSettings.DEFAULT, sheet, Map.of());
		CandidateProject empty = project("p2", "ENV", ProjectType.SERVICE, ProjectSettings.DEFAULT, BudgetSheet.empty(),
				Map.of());
		RunInputs inputs = build(List.of(costed, empty), Map.of());
		assertThat(inputs.problem().candidates()).singleElement().satisfies(candidate -> {
			assertThat(candidate.earliestStart()).isEqualTo(2571);
			assertThat(candidate.fixedFunding()).containsExactlyInAnyOrder(new FixedFunding("PROV", 0, 30_000),
					new FixedFunding("LOCAL", 0, 20_000), new FixedFunding("PROV", 1, 30_000),
					new FixedFunding("LOCAL", 1, 20_000));
		});
	}

	@Test
	void groupsDependenciesAndMinimumsAreCarriedOver() {
		CandidateProject a = project("a", "ENV", ProjectType.SERVICE, new ProjectSettings(null, false, "ทางเลือก", null, 0),
				BudgetSheet.empty(), Map.of(2570, 1_000L));
		CandidateProject b = project("b", "ENV", ProjectType.SERVICE, new ProjectSettings(null, false, "ทางเลือก", "a", 0),
				BudgetSheet.empty(), Map.of(2570, 1_000L));
		RunInputs inputs = ProblemBuilder.build(PERIOD, List.of(a, b), rules(), Map.of(),
				List.of(new MinimumRule(1, "DIMENSION", "ENV", 1, 20)), Scoring.equal(), RunRequest.current("", 5, 0));
		assertThat(inputs.problem().exclusiveGroups()).singleElement()
			.satisfies(group -> assertThat(group.projectIds()).containsExactlyInAnyOrder("a", "b"));
		assertThat(inputs.problem().dependencies()).singleElement()
			.satisfies(dependency -> assertThat(dependency.requiredProjectId()).isEqualTo("a"));
		assertThat(inputs.problem().minimums()).containsExactly(new Minimum(Minimum.Scope.DIMENSION, "ENV", 1, 2_000));
	}

	@Test
	void aWhatIfChangesOnlyTheEnvelopeTheMandatoryFlagAndTheWeightsItNames() {
		CandidateProject a = project("a", "ENV", ProjectType.SERVICE, ProjectSettings.DEFAULT, BudgetSheet.empty(),
				Map.of(2570, 1_000L));
		RunInputs base = build(List.of(a), Map.of("PROV", Map.of(2570, Baht.of(500), 2571, Baht.of(700))));
		RunRequest request = new RunRequest("what-if", 7, 3, 1L, Map.of("PROV", Map.of(2570, Baht.of(2_000))),
				Map.of("a", true), Map.of(Criterion.READINESS, BigDecimal.ONE));
		RunInputs changed = ProblemBuilder.whatIf(base, request);
		var prov = changed.problem().sources().stream().filter(source -> source.code().equals("PROV")).findFirst()
			.orElseThrow();
		assertThat(prov.envelope(2570)).isEqualTo(200_000L);
		assertThat(prov.envelope(2571)).isEqualTo(70_000L);
		Candidate candidate = changed.problem().candidates().get(0);
		assertThat(candidate.mandatory()).isTrue();
		// only readiness counts now, and project a scored 6 on it
		assertThat(candidate.score()).isEqualByComparingTo("6.00");
		assertThat(changed.problem().options().seed()).isEqualTo(3);
		assertThat(changed.weights().get(Criterion.READINESS)).isEqualByComparingTo("1");
	}

	private static RunInputs build(List<CandidateProject> projects, Map<String, Map<Integer, Baht>> envelopes) {
		return ProblemBuilder.build(PERIOD, projects, rules(), envelopes, List.of(), Scoring.equal(),
				RunRequest.current("", 5, 0));
	}

	private static List<org.smartcityplanner.actionplan.rules.SourceRule> rules() {
		return List.of("PROV", "CLUS", "FUNC", "AGEN", "LOCAL", "DEF", "PPP", "OTHER").stream()
			.map(StandardSourceRules::of).toList();
	}

	private static CandidateProject project(String id, String dimension, ProjectType type, ProjectSettings settings,
			BudgetSheet sheet, Map<Integer, Long> estimateBaht) {
		Map<FiscalYear, Baht> estimate = new java.util.TreeMap<>();
		estimateBaht.forEach((year, baht) -> estimate.put(new FiscalYear(year), Baht.of(baht)));
		Map<Criterion, BigDecimal> scores = Map.of(Criterion.ALIGNMENT, new BigDecimal("8"), Criterion.READINESS,
				new BigDecimal("6"));
		ProjectSettings typed = settings.type() == null ? new ProjectSettings(type, settings.mandatory(),
				settings.exclusiveGroup(), settings.dependsOn(), settings.maxShiftYears()) : settings;
		return new CandidateProject(id, "โครงการ " + id, dimension, "หน่วยงาน", Set.of(), estimate,
				new ProjectBudget(id, typed, sheet, scores, 1), Scoring.equal().score(scores));
	}
}
