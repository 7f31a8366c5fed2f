package org.smartcityplanner.actionplan.internal.solver;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.smartcityplanner.actionplan.optimiser.model.Candidate;
import org.smartcityplanner.actionplan.optimiser.model.ConflictSearch;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintKind;
import org.smartcityplanner.actionplan.optimiser.model.ConstraintRef;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.ProjectFunding;

/**
 * Why a problem is infeasible: a smallest set of constraints a user can act on, by {@link ConflictSearch}'s
 * deletion filter with feasibility checks on an engine (no objective, so each check stops at the first
 * portfolio it finds).
 */
final class ConflictFinder {

	private final Engine engine;

	ConflictFinder(Engine engine) {
		this.engine = engine;
	}

	/** Mandatory projects no source can pay for under their rules: infeasible before any solving. */
	static List<ConstraintRef> impossibleMandatoryProjects(PortfolioProblem problem) {
		var conflict = new ArrayList<ConstraintRef>();
		for (Candidate c : problem.candidates()) {
			if (c.mandatory() && !ProjectFunding.rulesCanCoverCost(problem, c)) {
				conflict.add(ConstraintRef.mandatory(c.projectId()));
				conflict.add(ConstraintRef.fundingRules(c.projectId()));
				return conflict;
			}
		}
		return conflict;
	}

	/** The conflict, searched for at most the problem's time limit. */
	List<ConstraintRef> conflict(PortfolioProblem problem) {
		List<ConstraintRef> all = ConflictSearch.relaxable(problem);
		Duration budget = problem.options().timeLimit();
		long deadline = System.nanoTime() + budget.toNanos();
		List<ConstraintRef> conflict = ConflictSearch.minimalConflict(problem, all, enforced -> {
			Set<ConstraintRef> relaxed = new HashSet<>(all);
			relaxed.removeAll(enforced);
			var formulation = new PortfolioFormulation(problem, relaxed, false);
			long left = Math.max(deadline - System.nanoTime(), 200_000_000L);
			Duration limit = Duration.ofNanos(Math.min(left, Math.max(budget.toNanos() / 4, 1_000_000_000L)));
			var outcome = engine.solve(formulation.model(), null, limit, problem.options().seed(), 0, 0);
			return switch (outcome.kind()) {
				case OPTIMAL, FEASIBLE -> ConflictSearch.Feasibility.FEASIBLE;
				case INFEASIBLE -> ConflictSearch.Feasibility.INFEASIBLE;
				default -> ConflictSearch.Feasibility.UNKNOWN;
			};
		}, deadline);
		return withFundingRulesOfMandatoryProjects(problem, conflict);
	}

	/** A lone mandatory project in a conflict is there because of its own funding rules or start window. */
	private static List<ConstraintRef> withFundingRulesOfMandatoryProjects(PortfolioProblem problem,
			List<ConstraintRef> conflict) {
		if (conflict.size() == 1 && conflict.get(0).kind() == ConstraintKind.MANDATORY_PROJECT) {
			return List.of(conflict.get(0), ConstraintRef.fundingRules(conflict.get(0).projectId()));
		}
		return conflict;
	}

}
