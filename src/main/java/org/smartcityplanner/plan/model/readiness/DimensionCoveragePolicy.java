package org.smartcityplanner.plan.model.readiness;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.ItemId;
import org.smartcityplanner.plan.model.PlanDocument;

/**
 * Every smart dimension is covered: it has a goal, a project under that goal, and a KPI to measure it (on the goal
 * or a project). A goal alone is a heading, not coverage. The committee only requires the dimensions the projects
 * serve (criterion 4), so an uncovered dimension is a warning, never a failure; but a plan cannot reach 100 %
 * while a dimension holds only a goal.
 */
public final class DimensionCoveragePolicy implements ReadinessPolicy {

	public static final String CODE = "DIMENSIONS";

	@Override
	public String code() {
		return CODE;
	}

	@Override
	public CheckResult check(PlanDocument plan, ReadinessContext context) {
		Findings findings = new Findings(CODE);
		for (String dimension : context.dimensionCodes()) {
			List<Goal> goals = plan.goals().stream().filter(goal -> goal.dimension().equals(dimension)).toList();
			Set<ItemId> owners = new HashSet<>();
			goals.forEach(goal -> {
				owners.add(goal.id());
				goal.strategies().forEach(strategy -> strategy.projects().forEach(project -> owners.add(project.id())));
			});
			boolean hasProject = owners.size() > goals.size();
			boolean hasKpi = plan.kpis().stream().anyMatch(kpi -> owners.contains(kpi.ownerId()));
			if (goals.isEmpty()) {
				findings.warn("readiness.dimension.noGoal", FixTarget.dimension(dimension), dimension);
			}
			else if (!hasProject) {
				findings.warn("readiness.dimension.noProject", FixTarget.dimension(dimension), dimension);
			}
			else if (!hasKpi) {
				findings.warn("readiness.dimension.noKpi", FixTarget.dimension(dimension), dimension);
			}
		}
		return findings.result();
	}
}
