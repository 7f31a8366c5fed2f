package org.smartcityplanner.participation.internal.ballot;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.audit.AuditChange;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.BallotClosed;
import org.smartcityplanner.participation.BallotItemOutcome;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closing a ballot: count its counted votes by both methods, store each project's figures and the turnout by
 * channel, and publish {@link BallotClosed} in the same transaction (the event publication registry delivers it
 * after the commit). Paper ballots still waiting for their second person do not count.
 */
@Service
public class BallotCounting {

	private final BallotService ballots;
	private final BallotStore store;
	private final VoteStore votes;
	private final AuditLog audit;
	private final ApplicationEventPublisher events;
	private final Clock clock;
	private final ClosedBallotCounts<BallotCount> closedCounts = new ClosedBallotCounts<>();

	BallotCounting(BallotService ballots, BallotStore store, VoteStore votes, AuditLog audit,
			ApplicationEventPublisher events, Clock clock) {
		this.ballots = ballots;
		this.store = store;
		this.votes = votes;
		this.audit = audit;
		this.events = events;
		this.clock = clock;
	}

	/** Closes an open ballot at the version seen and counts it. Audited. */
	@Transactional
	public BallotCount close(ProvinceCode province, long ballotId, int version) {
		BallotView ballot = ballots.find(province, ballotId);
		if (ballot.status() != BallotStatus.OPEN) {
			throw new InputProblemsException(List.of(Problem.of(null, "participation.ballot.notOpen")));
		}
		Instant closedAt = clock.instant();
		store.move(ballotId, version, BallotStatus.OPEN, BallotStatus.CLOSED, closedAt);
		BallotCount count = BallotCount.of(ballot, votes.countedVotes(ballotId));
		List<BallotItemOutcome> outcomes = count.outcomes();
		store.storeCount(ballotId, count.online(), count.paper(), outcomes,
				ballot.items().stream().map(BallotItemView::id).toList());
		audit.record(new AuditChange("ballot", String.valueOf(ballotId), "closed", province,
				Map.of("status", BallotStatus.OPEN.name()),
				Map.of("status", BallotStatus.CLOSED.name(), "online", count.online(), "paper", count.paper(),
						"selected", count.equalShares().selected())));
		events.publishEvent(new BallotClosed(province, ballotId, ballot.title(), closedAt, count.online(),
				count.paper(), outcomes));
		return count;
	}

	/**
	 * The count of a closed ballot, recomputed from its stored votes for the explanations (the same figures as
	 * stored: counting is deterministic) once per node, then kept: a closed ballot never changes.
	 */
	@Transactional(readOnly = true)
	public BallotCount result(ProvinceCode province, long ballotId) {
		BallotView ballot = ballots.find(province, ballotId);
		if (ballot.status() != BallotStatus.CLOSED) {
			throw new InputProblemsException(List.of(Problem.of(null, "participation.ballot.notClosed")));
		}
		return closedCounts.get(ballotId, () -> BallotCount.of(ballot, votes.countedVotes(ballotId)));
	}
}
