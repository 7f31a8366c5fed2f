package org.smartcityplanner.participation;

import java.math.BigDecimal;

import org.smartcityplanner.shared.ResourceRef;

/**
 * What the count made of one candidate project.
 *
 * @param ref the project in its own module
 * @param approvals how many ballots (online and paper) ticked it
 * @param voteShare approvals divided by all ballots cast, 0–1, four decimals
 * @param selectedByEqualShares chosen by the Method of Equal Shares with completion (the ballot's result)
 * @param selectedByGreedy chosen by the greedy count (most approvals first), shown for comparison
 */
public record BallotItemOutcome(ResourceRef ref, long approvals, BigDecimal voteShare, boolean selectedByEqualShares,
		boolean selectedByGreedy) {
}
