package org.smartcityplanner.participation;

import java.time.Instant;
import java.util.List;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A participatory-budgeting ballot closed and was counted; the module that opened it (the action plan) turns the
 * outcome into its "public support" scores.
 *
 * @param ballotId the ballot
 * @param title its title as the public saw it
 * @param closedAt when staff closed it
 * @param onlineBallots ballots cast online
 * @param paperBallots paper ballots entered and checked by a second person
 * @param outcomes every candidate project, in the ballot's order
 */
public record BallotClosed(ProvinceCode province, long ballotId, String title, Instant closedAt, long onlineBallots,
		long paperBallots, List<BallotItemOutcome> outcomes) {

	public BallotClosed {
		outcomes = List.copyOf(outcomes);
	}
}
