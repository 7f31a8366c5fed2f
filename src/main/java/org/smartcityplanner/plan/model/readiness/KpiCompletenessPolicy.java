package org.smartcityplanner.plan.model.readiness;

import java.math.BigDecimal;
import java.util.Map;

import org.smartcityplanner.plan.model.Baseline;
import org.smartcityplanner.plan.model.Kpi;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Every KPI has a baseline (value and year) and a target for each fiscal year of the plan, and no target
 * outside it. A baseline without a source, or measured after the plan starts, is only a warning: the figure
 * is there but the committee may question it.
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
		for (Kpi kpi : plan.kpis()) {
			checkBaseline(kpi, plan.period(), findings);
			checkTargets(kpi, plan.period(), findings);
		}
		return findings.result();
	}

	private static void checkBaseline(Kpi kpi, PlanPeriod period, Findings findings) {
		FixTarget target = FixTarget.kpi(kpi.id());
		Baseline baseline = kpi.baseline();
		if (baseline == null || baseline.value() == null) {
			findings.fail("readiness.kpi.missingBaseline", target, kpi.name());
		}
		if (baseline == null) {
			return;
		}
		if (baseline.year() == null) {
			findings.fail("readiness.kpi.missingBaselineYear", target, kpi.name());
		}
		else if (baseline.year().compareTo(period.first()) > 0) {
			findings.warn("readiness.kpi.baselineAfterPlanStart", target, kpi.name(), baseline.year(),
					period.first());
		}
		if (Texts.isBlank(baseline.source())) {
			findings.warn("readiness.kpi.baselineWithoutSource", target, kpi.name());
		}
	}

	private static void checkTargets(Kpi kpi, PlanPeriod period, Findings findings) {
		FixTarget target = FixTarget.kpi(kpi.id());
		Map<FiscalYear, BigDecimal> targets = kpi.targets();
		for (FiscalYear year : period.years()) {
			if (targets.get(year) == null) {
				findings.fail("readiness.kpi.missingTarget", target, kpi.name(), year);
			}
		}
		for (FiscalYear year : targets.keySet()) {
			if (!period.contains(year)) {
				findings.fail("readiness.kpi.targetOutsidePeriod", target, kpi.name(), year, period.first(),
						period.last());
			}
		}
	}
}
