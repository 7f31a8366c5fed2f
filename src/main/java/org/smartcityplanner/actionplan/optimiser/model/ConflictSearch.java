package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Finds a smallest set of constraints a user can act on that cannot all hold together, for an infeasible
 * problem: a deletion filter over constraint groups (mandatory flags, envelopes, minimums, dependencies,
 * exclusive groups), dropping chunks at a time while the rest stays infeasible. Every constraint left is
 * necessary: relaxing any single one of them makes the others feasible (as far as the feasibility oracle could
 * tell within its time; an unknown answer keeps the constraint, so the set stays a true conflict).
 */
public final class ConflictSearch {

	/** Answer of a feasibility check. */
	public enum Feasibility {
		FEASIBLE, INFEASIBLE, UNKNOWN
	}

	private ConflictSearch() {
	}

	/**
	 * The constraints of a problem a user can relax, least likely to matter first (the deletion filter then
	 * discards them early in big chunks).
	 */
	public static List<ConstraintRef> relaxable(PortfolioProblem problem) {
		var refs = new ArrayList<ConstraintRef>();
		problem.dependencies().forEach(d -> refs.add(ConstraintRef.dependency(d)));
		problem.exclusiveGroups().forEach(g -> refs.add(ConstraintRef.exclusiveGroup(g.groupId())));
		for (BudgetSource source : problem.sources()) {
			for (int year = problem.firstYear(); year <= problem.lastYear(); year++) {
				refs.add(ConstraintRef.envelope(source.code(), year));
			}
		}
		problem.minimums().forEach(m -> refs.add(m.ref()));
		problem.candidates().stream().filter(Candidate::mandatory)
			.forEach(c -> refs.add(ConstraintRef.mandatory(c.projectId())));
		return List.copyOf(new java.util.LinkedHashSet<>(refs));
	}

	/**
	 * Shrinks an infeasible set of constraints to an irreducible one.
	 *
	 * @param problem the problem (to know which constraints can be satisfied by funding nothing)
	 * @param constraints an infeasible set of relaxable constraints
	 * @param oracle feasibility of the problem when only the given relaxable constraints are enforced
	 * @param deadlineNanos {@link System#nanoTime()} after which remaining constraints are kept unchecked
	 */
	public static List<ConstraintRef> minimalConflict(PortfolioProblem problem, List<ConstraintRef> constraints,
			Function<Set<ConstraintRef>, Feasibility> oracle, long deadlineNanos) {
		List<ConstraintRef> conflict = new ArrayList<>(constraints);
		int index = 0;
		int chunk = Math.max(1, conflict.size() / 2);
		while (index < conflict.size()) {
			if (System.nanoTime() > deadlineNanos) {
				break;
			}
			int end = Math.min(conflict.size(), index + chunk);
			List<ConstraintRef> trial = new ArrayList<>(conflict.subList(0, index));
			trial.addAll(conflict.subList(end, conflict.size()));
			if (check(problem, trial, oracle) == Feasibility.INFEASIBLE) {
				conflict = trial;
				chunk = Math.max(1, Math.min(chunk, (conflict.size() - index) / 2));
			}
			else if (chunk > 1) {
				chunk = chunk / 2;
			}
			else {
				index++;
				chunk = Math.max(1, (conflict.size() - index) / 2);
			}
		}
		return conflict;
	}

	private static Feasibility check(PortfolioProblem problem, Collection<ConstraintRef> enforced,
			Function<Set<ConstraintRef>, Feasibility> oracle) {
		if (satisfiedByFundingNothing(problem, enforced)) {
			return Feasibility.FEASIBLE;
		}
		return oracle.apply(new HashSet<>(enforced));
	}

	/** Funding nothing meets envelopes, groups, dependencies and share-only minimums. */
	private static boolean satisfiedByFundingNothing(PortfolioProblem problem, Collection<ConstraintRef> enforced) {
		for (ConstraintRef ref : enforced) {
			if (ref.kind() == ConstraintKind.MANDATORY_PROJECT) {
				return false;
			}
		}
		for (Minimum m : problem.minimums()) {
			if (m.minCount() > 0 && enforced.contains(m.ref())) {
				return false;
			}
		}
		return true;
	}
}
