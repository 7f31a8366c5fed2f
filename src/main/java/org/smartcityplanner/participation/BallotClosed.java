package org.smartcityplanner.participation;

import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A participatory-budgeting ballot closed and was counted; the module that opened it (the action plan) turns the
 * outcome into its "public support" scores.
 *
 * @param ballotId the ballot
 * @param onlineBallots ballots cast online
 * @param paperBallots paper ballots entered and checked by a second person
 * @param outcomes every candidate project, in the ballot's order
 */
public record BallotClosed(ProvinceCode province, long ballotId, long onlineBallots, long paperBallots,
		List<BallotItemOutcome> outcomes) {

	public BallotClosed {
		outcomes = List.copyOf(outcomes);
	}
}
