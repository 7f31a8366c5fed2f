package org.smartcityplanner.plan.web;

import java.util.List;
import java.util.Map;

import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Kpi;

/**
 * How much of the plan sits in one dimension, shown for a dimension whose items are folded away.
 *
 * @param goals number of goals
 * @param strategies number of strategies
 * @param projects number of projects
 * @param kpis number of KPIs of those goals and projects
 */
record DimensionSummary(int goals, int strategies, int projects, int kpis) {

	static DimensionSummary of(List<Goal> goals, Map<String, List<Kpi>> kpisByOwner) {
		int strategies = 0;
		int projects = 0;
		int kpis = 0;
		for (Goal goal : goals) {
			kpis += kpisByOwner.getOrDefault(goal.id().value(), List.of()).size();
			for (var strategy : goal.strategies()) {
				strategies++;
				for (var project : strategy.projects()) {
					projects++;
					kpis += kpisByOwner.getOrDefault(project.id().value(), List.of()).size();
				}
			}
		}
		return new DimensionSummary(goals.size(), strategies, projects, kpis);
	}
}
