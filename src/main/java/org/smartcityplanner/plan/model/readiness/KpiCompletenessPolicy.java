package org.smartcityplanner.plan.model.readiness;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Every KPI has a baseline (value and year) and a target for each fiscal year it applies to — its project's years
 * inside the plan, or every year of the plan for a goal's KPI — and no target outside the plan. A target in a
 * year of the plan its project does not run is accepted (the KPI form and API show it as outside the KPI's years).
 * A baseline without a source, or measured after the plan starts, is only a warning: the figure is there but the
 * committee may question it.
 */
public final class KpiCompletenessPolicy implements ReadinessPolicy {

	public static final String CODE = "KPI";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		Findings findings = new Findings(CODE);
		Map<ItemId, List<FiscalYear>> projectYears = plan.projectTargetYears();
		for (Kpi kpi : plan.kpis()) {
			checkBaseline(kpi, plan.period(), findings);
			checkTargets(kpi, plan.period(), projectYears.getOrDefault(kpi.ownerId(), plan.period().years()),
					findings);
		}
		return findings.result();
	}

	private static void checkBaseline(Kpi kpi, PlanPeriod period, Findings findings) {
		FixTarget target = FixTarget.kpi(kpi.id());
		Baseline baseline = kpi.baseline();
		if (baseline == null || baseline.value() == null) {
			findings.fail("readiness.kpi.missingBaseline", target, ItemName.of(kpi));
		}
		if (baseline == null) {
			return;
		}
		if (baseline.year() == null) {
			findings.fail("readiness.kpi.missingBaselineYear", target, ItemName.of(kpi));
		}
		else if (baseline.year().compareTo(period.first()) > 0) {
			findings.warn("readiness.kpi.baselineAfterPlanStart", target, ItemName.of(kpi), baseline.year(),
					period.first());
		}
		if (Texts.isBlank(baseline.source())) {
			findings.warn("readiness.kpi.baselineWithoutSource", target, ItemName.of(kpi));
		}
	}

	private static void checkTargets(Kpi kpi, PlanPeriod period, List<FiscalYear> years, Findings findings) {
		FixTarget target = FixTarget.kpi(kpi.id());
		Map<FiscalYear, BigDecimal> targets = kpi.targets();
		for (FiscalYear year : years) {
			if (targets.get(year) == null) {
				findings.fail("readiness.kpi.missingTarget", target, ItemName.of(kpi), year);
			}
		}
		for (FiscalYear year : targets.keySet()) {
			if (!period.contains(year)) {
				findings.fail("readiness.kpi.targetOutsidePeriod", target, ItemName.of(kpi), year, period.first(),
						period.last());
			}
		}
	}
}
