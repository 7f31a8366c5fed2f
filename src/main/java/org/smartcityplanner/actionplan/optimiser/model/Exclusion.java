package org.smartcityplanner.actionplan.optimiser.model;

import java.util.List;

/**
 * A candidate left out of a portfolio, with its reasons (most actionable first).
 *
 * @param projectId the candidate
 * @param reasons at least one reason
 */
public record Exclusion(String projectId, List<ExclusionReason> reasons) {

	public Exclusion {
		reasons = List.copyOf(reasons);
	}

	/** Whether one of the reasons has this kind. */
	public boolean has(ReasonKind kind) {
		return reasons.stream().anyMatch(r -> r.kind() == kind);
	}
}
