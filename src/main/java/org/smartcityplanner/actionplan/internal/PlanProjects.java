package org.smartcityplanner.actionplan.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.actionplan.CandidateProject;
import org.smartcityplanner.actionplan.ProjectBudget;
import org.smartcityplanner.actionplan.ProjectSettings;
import org.smartcityplanner.actionplan.WeightSettings;
import org.smartcityplanner.actionplan.rules.BudgetSheet;
import org.smartcityplanner.actionplan.rules.Scoring;
import org.smartcityplanner.plan.LoadedPlan;
import org.smartcityplanner.plan.PlanApi;
import org.smartcityplanner.plan.model.Goal;
import org.smartcityplanner.plan.model.Project;
import org.smartcityplanner.plan.model.Strategy;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.stereotype.Component;

/**
 * The province's plan projects joined with the action plan's data about them. The plan module owns the
 * projects; here they are read by their stable ids only.
 */
@Component
class PlanProjects {

	private final PlanApi plans;
	private final ProjectStore projects;
	private final WeightStore weights;

	PlanProjects(PlanApi plans, ProjectStore projects, WeightStore weights) {
		this.plans = plans;
		this.projects = projects;
		this.weights = weights;
	}

	Optional<LoadedPlan> plan(ProvinceCode province) {
		return plans.plan(province);
	}

	WeightSettings weights(ProvinceCode province) {
		return weights.find(province).orElseGet(() -> new WeightSettings("DIRECT", Scoring.equal(), List.of(), null));
	}

	List<CandidateProject> all(ProvinceCode province) {
		Optional<LoadedPlan> plan = plans.plan(province);
		if (plan.isEmpty()) {
			return List.of();
		}
		Map<String, ProjectBudget> budgets = projects.ofProvince(province);
		Scoring scoring = weights(province).scoring();
		List<CandidateProject> result = new ArrayList<>();
		for (Goal goal : plan.get().document().goals()) {
			for (Strategy strategy : goal.strategies()) {
				for (Project project : strategy.projects()) {
					String id = project.id().value();
					ProjectBudget budget = budgets.getOrDefault(id, new ProjectBudget(id, ProjectSettings.DEFAULT,
							BudgetSheet.empty(), Map.of(), 0));
					result.add(new CandidateProject(id, project.name(), goal.dimension(), project.leadAgency(),
							project.targetAreaIds(), project.budget(), budget, scoring.score(budget.scores())));
				}
			}
		}
		return result;
	}

	Optional<CandidateProject> find(ProvinceCode province, String projectId) {
		return all(province).stream().filter(project -> project.id().equals(projectId)).findFirst();
	}

	/** The master plan's own record of a project. */
	Optional<Project> planProject(ProvinceCode province, String projectId) {
		return plans.plan(province).flatMap(plan -> plan.document().projects()
			.filter(project -> project.id().value().equals(projectId)).findFirst());
	}
}
