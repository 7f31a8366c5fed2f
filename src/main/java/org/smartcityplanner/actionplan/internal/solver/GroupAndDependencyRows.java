package org.smartcityplanner.actionplan.internal.solver;

import java.util.ArrayList;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.Dependency;
import org.smartcityplanner.actionplan.optimiser.model.ExclusiveGroup;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;

/**
 * The rows between projects: an exclusive group as set packing (at most one of its projects), and a dependency
 * B→A as "B started by year t implies A started by year t" for every start year t of B, so A is funded and starts
 * no later. A relaxed group or dependency has no rows.
 */
final class GroupAndDependencyRows {

	private GroupAndDependencyRows() {
	}

	static void add(PortfolioProblem problem, Set<ConstraintRef> relaxed, PortfolioVariables variables,
			LinearModel model) {
		addExclusiveGroups(problem, relaxed, variables, model);
		addDependencies(problem, relaxed, variables, model);
	}

	private static void addExclusiveGroups(PortfolioProblem problem, Set<ConstraintRef> relaxed,
			PortfolioVariables variables, LinearModel model) {
		for (ExclusiveGroup group : problem.exclusiveGroups()) {
			if (relaxed.contains(ConstraintRef.exclusiveGroup(group.groupId()))) {
				continue;
			}
			var vars = new ArrayList<Integer>();
			var coefs = new ArrayList<Long>();
			for (String id : group.projectIds()) {
				for (int v : variables.startVars(variables.index(id))) {
					vars.add(v);
					coefs.add(1L);
				}
			}
			model.addRow(vars, coefs, LinearModel.NONE, 1);
		}
	}

	private static void addDependencies(PortfolioProblem problem, Set<ConstraintRef> relaxed,
			PortfolioVariables variables, LinearModel model) {
		for (Dependency d : problem.dependencies()) {
			if (relaxed.contains(ConstraintRef.dependency(d))) {
				continue;
			}
			int b = variables.index(d.projectId());
			int a = variables.index(d.requiredProjectId());
			for (int t : variables.startYears(b)) {
				var vars = new ArrayList<Integer>();
				var coefs = new ArrayList<Long>();
				for (int k = 0; k < variables.startYears(b).length; k++) {
					if (variables.startYears(b)[k] <= t) {
						vars.add(variables.startVars(b)[k]);
						coefs.add(1L);
					}
				}
				for (int k = 0; k < variables.startYears(a).length; k++) {
					if (variables.startYears(a)[k] <= t) {
						vars.add(variables.startVars(a)[k]);
						coefs.add(-1L);
					}
				}
				model.addRow(vars, coefs, LinearModel.NONE, 0);
			}
		}
	}
}
