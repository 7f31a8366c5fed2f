package org.smartcityplanner.participation.internal.ballot;

import java.time.Instant;
import java.util.List;

import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * A ballot as its pages and the API show it.
 *
 * @param origin {@code CREATED} (people vote on it) or {@code PABULIB} (an imported published election)
 * @param onlineBallots counted online ballots, null until counted
 * @param paperBallots confirmed paper ballots, null until counted
 */
public record BallotView(long id, ProvinceCode province, String title, BallotKind kind, Integer maxChoices,
		Baht budget, BallotStatus status, String origin, Instant createdAt, Instant openedAt, Instant closedAt,
		Long onlineBallots, Long paperBallots, int version, List<BallotItemView> items) {

	public BallotView {
		items = List.copyOf(items);
	}

	/** Whether it came from a Pabulib file rather than from votes cast here. */
	public boolean imported() {
		return "PABULIB".equals(origin);
	}
}
