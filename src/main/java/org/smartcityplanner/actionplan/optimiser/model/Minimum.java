package org.smartcityplanner.actionplan.optimiser.model;

/**
 * A floor for one smart dimension or one target area: at least {@code minCount} funded projects and at least
 * {@code minBudgetShareBasisPoints} of the total cost of all funded projects (over the plan period). Use 0 for
 * the part that does not apply.
 *
 * @param scope dimension or area
 * @param code dimension code or area id
 * @param minCount least number of funded projects
 * @param minBudgetShareBasisPoints least share of the funded total, in basis points (1,500 = 15 %)
 */
public record Minimum(Scope scope, String code, int minCount, int minBudgetShareBasisPoints) {

	/** What a minimum is about. */
	public enum Scope {
		/** Projects whose {@link Candidate#dimensionCode()} equals the code. */
		DIMENSION,
		/** Projects whose {@link Candidate#areaIds()} contain the code. */
		AREA
	}

	/** Whether the candidate counts towards this minimum. */
	public boolean covers(Candidate candidate) {
		return scope == Scope.DIMENSION ? code.equals(candidate.dimensionCode())
				: candidate.areaIds().contains(code);
	}

	/** The constraint reference used in conflicts and binding lists. */
	public ConstraintRef ref() {
		return ConstraintRef.minimum(this);
	}
}
