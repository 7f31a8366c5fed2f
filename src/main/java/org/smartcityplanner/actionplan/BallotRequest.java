package org.smartcityplanner.actionplan;

import java.util.List;

import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.shared.Baht;

/**
 * What staff ask for when they put plan projects to a participatory-budgeting vote.
 *
 * @param title the ballot's title as the public sees it
 * @param kind how it is filled in
 * @param maxChoices the most projects one ballot may tick ({@link BallotKind#K_APPROVAL} only)
 * @param budget the money to share out, or {@code null} for the default (the province's envelopes of the plan's
 * first fiscal year, all sources together)
 * @param projectIds the plan projects on the ballot, in the order to show them
 */
public record BallotRequest(String title, BallotKind kind, Integer maxChoices, Baht budget, List<String> projectIds) {

	public BallotRequest {
		projectIds = projectIds == null ? List.of() : List.copyOf(projectIds);
	}
}
