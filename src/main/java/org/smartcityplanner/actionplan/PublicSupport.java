package org.smartcityplanner.actionplan;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A project's public-support score and the ballot it came from (the newest closed ballot that included it), see
 * {@link org.smartcityplanner.actionplan.rules.PublicSupportScore}.
 *
 * @param projectId the plan project
 * @param score 0–10, one decimal
 * @param ballotId the participation ballot
 * @param ballotTitle its title, or {@code null} when the action plan did not open it
 * @param closedAt when the action plan learnt that it closed
 * @param approvals ballots that ticked the project (online and paper)
 * @param voteShare approvals divided by all ballots cast, 0–1
 * @param selectedByEqualShares whether the Method of Equal Shares selected it
 * @param onlineBallots ballots cast online
 * @param paperBallots paper ballots
 */
public record PublicSupport(String projectId, BigDecimal score, long ballotId, String ballotTitle, Instant closedAt,
		long approvals, BigDecimal voteShare, boolean selectedByEqualShares, long onlineBallots, long paperBallots) {

	/** Ballots cast by both channels. */
	public long ballotsCast() {
		return onlineBallots + paperBallots;
	}
}
