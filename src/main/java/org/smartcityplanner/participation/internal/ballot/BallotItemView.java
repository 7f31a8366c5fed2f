package org.smartcityplanner.participation.internal.ballot;

import java.math.BigDecimal;

import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ResourceRef;

/**
 * A candidate project on a ballot, with its stored count once the ballot is closed (the count's fields are null
 * before).
 */
public record BallotItemView(long id, int position, ResourceRef ref, String title, Baht cost, Long approvals,
		BigDecimal voteShare, Boolean selectedByEqualShares, Boolean selectedByGreedy) {
}
