package org.smartcityplanner.plan.model.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.plan.model.KpiBuilder.aKpi;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.KpiBuilder;
import org.smartcityplanner.plan.model.PlanBuilder;
import org.smartcityplanner.plan.model.TestPlans;
import org.smartcityplanner.shared.FiscalYear;

class KpiCompletenessPolicyTests {

	private final KpiCompletenessPolicy policy = new KpiCompletenessPolicy();
	private final FixTarget kpiTarget = FixTarget.kpi(new ItemId("k1"));

	@Test
	void passesWhenEveryKpiHasABaselineAndATargetForEveryYearOfThePeriod() {
		assertThat(policy.check(TestPlans.readyPlan(), TestContexts.ready())).isEqualTo(CheckResult.pass("KPI"));
	}

	@Test
	void failsWhenAKpiHasNoTargetForAYearOfThePeriod() {
		CheckResult result = check(aKpi("k1", "g1").name("ปริมาณขยะ").withoutTargetFor(2572));

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.kpi.missingTarget", List.of("ปริมาณขยะ", "2572"), kpiTarget));
	}

	@Test
	void failsWhenATargetYearHasNoValue() {
		CheckResult result = check(aKpi("k1", "g1").name("ปริมาณขยะ").target(2574, null));

		assertThat(result.findings()).containsExactly(
				new Finding("readiness.kpi.missingTarget", List.of("ปริมาณขยะ", "2574"), kpiTarget));
	}

	@Test
	void failsOnATargetForAYearOutsideThePlanPeriod() {
		CheckResult result = check(aKpi("k1", "g1").name("ปริมาณขยะ").target(2575, "70"));

		assertThat(result.status()).isEqualTo(CheckStatus.FAIL);
		assertThat(result.findings()).containsExactly(new Finding("readiness.kpi.targetOutsidePeriod",
				List.of("ปริมาณขยะ", "2575", "2570", "2574"), kpiTarget));
	}

	@Test
	void failsWhenAKpiHasNoBaseline() {
		CheckResult result = check(aKpi("k1", "g1").name("ปริมาณขยะ").baseline(null));

		assertThat(result.findings()).containsExactly(
				new Finding("readiness.kpi.missingBaseline", List.of("ปริมาณขยะ"), kpiTarget));
	}

	@Test
	void failsWhenTheBaselineHasNoValueOrNoYear() {
		assertThat(check(aKpi("k1", "g1").baseline(new Baseline(null, new FiscalYear(2569), "สสช."))).messageKeys())
			.containsExactly("readiness.kpi.missingBaseline");
		assertThat(check(aKpi("k1", "g1").baseline(new Baseline(BigDecimal.ONE, null, "สสช."))).messageKeys())
			.containsExactly("readiness.kpi.missingBaselineYear");
	}

	@Test
	void warnsWhenTheBaselineHasNoSource() {
		CheckResult result = check(
				aKpi("k1", "g1").name("ปริมาณขยะ").baseline(new Baseline(BigDecimal.TEN, new FiscalYear(2569), "")));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(
				new Finding("readiness.kpi.baselineWithoutSource", List.of("ปริมาณขยะ"), kpiTarget));
	}

	@Test
	void warnsWhenTheBaselineWasMeasuredAfterThePlanStarted() {
		CheckResult result = check(aKpi("k1", "g1").name("ปริมาณขยะ")
			.baseline(new Baseline(BigDecimal.TEN, new FiscalYear(2571), "สสช.")));

		assertThat(result.status()).isEqualTo(CheckStatus.WARNING);
		assertThat(result.findings()).containsExactly(new Finding("readiness.kpi.baselineAfterPlanStart",
				List.of("ปริมาณขยะ", "2571", "2570"), kpiTarget));
	}

	@Test
	void asksAProjectsKpiForTargetsInTheProjectsYearsOnly() {
		var project = org.smartcityplanner.plan.model.ProjectBuilder.aProject("p1").years(2572, 2573).build();
		var plan = PlanBuilder.aPlan()
			.goals(TestPlans.goal("g1", "ENV", TestPlans.strategy("s1", project)))
			.kpis(aKpi("k1", "p1").name("จำนวนทุ่น").withoutTargetFor(2570).withoutTargetFor(2571)
				.withoutTargetFor(2574).build(), aKpi("k2", "p1").name("ความครอบคลุม").withoutTargetFor(2573).build())
			.build();

		assertThat(plan.targetYearsOf(new ItemId("p1"))).extracting(FiscalYear::buddhistYear).containsExactly(2572, 2573);
		assertThat(policy.check(plan, TestContexts.ready()).findings()).containsExactly(new Finding(
				"readiness.kpi.missingTarget", List.of("ความครอบคลุม", "2573"), FixTarget.kpi(new ItemId("k2"))));
	}

	@Test
	void namesTheKpiInEnglishForEnglishTextsAndMarksAnUntranslatedOne() {
		Finding finding = check(aKpi("k1", "g1").name("ปริมาณขยะ").withoutTargetFor(2572)).findings().get(0);

		assertThat(finding.args()).containsExactly("ปริมาณขยะ", "2572");
		assertThat(finding.englishArgs(thai -> thai + " [not translated]"))
			.containsExactly("ปริมาณขยะ [not translated]", "2572");
	}

	private CheckResult check(KpiBuilder kpi) {
		return policy.check(PlanBuilder.aPlan().kpis(kpi.build()).build(), TestContexts.ready());
	}
}
