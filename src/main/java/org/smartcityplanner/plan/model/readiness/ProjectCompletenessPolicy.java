package org.smartcityplanner.plan.model.readiness;

import java.util.Set;

import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.plan.model.PlanPeriod;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.shared.FiscalYear;

/**
 * Every project has what a provincial project proposal needs: a target area, a lead agency, start and end
 * years inside the plan period, a budget for each of its years and at least one KPI. A target area that is no
 * longer in the province profile is a warning: the project still names one, but it may have been removed.
 */
public final class ProjectCompletenessPolicy implements ReadinessPolicy {

	public static final String CODE = "PROJECT";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		Findings findings = new Findings(CODE);
		Set<ItemId> measured = plan.measuredItems();
		plan.projects().forEach(project -> {
			FixTarget target = FixTarget.project(project.id());
			if (project.targetAreaIds().isEmpty()) {
				findings.fail("readiness.project.noTargetArea", target, ItemName.of(project));
			}
			if (Texts.isBlank(project.leadAgency())) {
				findings.fail("readiness.project.noLeadAgency", target, ItemName.of(project));
			}
			checkYears(project, plan.period(), findings);
			if (!measured.contains(project.id())) {
				findings.fail("readiness.project.noKpi", FixTarget.newKpiOf(project.id()), ItemName.of(project));
			}
			project.targetAreaIds().stream().sorted().filter(id -> !context.targetAreas().containsKey(id))
				.forEach(id -> findings.warn("readiness.project.unknownTargetArea", target, ItemName.of(project), id));
		});
		return findings.result();
	}

	private static void checkYears(Project project, PlanPeriod period, Findings findings) {
		FixTarget target = FixTarget.project(project.id());
		FiscalYear start = project.startYear();
		FiscalYear end = project.endYear();
		if (start == null || end == null) {
			findings.fail("readiness.project.missingYears", target, ItemName.of(project));
			return;
		}
		if (start.compareTo(end) > 0) {
			findings.fail("readiness.project.endsBeforeStart", target, ItemName.of(project), start, end);
			return;
		}
		if (!period.contains(start) || !period.contains(end)) {
			findings.fail("readiness.project.yearsOutsidePeriod", target, ItemName.of(project), start, end,
					period.first(), period.last());
		}
		for (int be = start.buddhistYear(); be <= end.buddhistYear(); be++) {
			FiscalYear year = new FiscalYear(be);
			if (project.budget().get(year) == null) {
				findings.fail("readiness.project.missingBudget", target, ItemName.of(project), year);
			}
		}
	}
}
