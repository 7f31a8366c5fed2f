package org.smartcityplanner.participation.internal.ballot;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.smartcityplanner.participation.BallotItemOutcome;
import org.smartcityplanner.participation.domain.ballot.counting.Candidate;
import org.smartcityplanner.participation.domain.ballot.counting.Election;
import org.smartcityplanner.participation.domain.ballot.counting.EqualSharesCount;
import org.smartcityplanner.participation.domain.ballot.counting.GreedyCount;
import org.smartcityplanner.participation.domain.ballot.counting.Outcome;
import org.smartcityplanner.participation.domain.ballot.counting.VoterBallot;
import org.smartcityplanner.participation.internal.ballot.VoteStore.CountedVotes;

/**
 * A ballot counted both ways: the Method of Equal Shares with completion (the result) and greedy (for comparison),
 * in satang, candidates by item id and voters by vote id. The counting is deterministic, so the explanations shown
 * after the close are recomputed from the stored votes and always match the stored figures.
 *
 * @param online counted online ballots
 * @param paper confirmed paper ballots
 */
public record BallotCount(BallotView ballot, Election election, Outcome equalShares, Outcome greedy, long online,
		long paper) {

	/** Counts the ballot's counted votes. */
	static BallotCount of(BallotView ballot, CountedVotes votes) {
		List<Candidate> candidates = ballot.items().stream()
			.map(item -> new Candidate(String.valueOf(item.id()), item.cost().satang()))
			.toList();
		List<VoterBallot> ballots = new ArrayList<>(votes.votes().size());
		for (int i = 0; i < votes.votes().size(); i++) {
			ballots.add(new VoterBallot(String.valueOf(votes.voteIds().get(i)),
					new HashSet<>(votes.votes().get(i).stream().map(String::valueOf).toList())));
		}
		Election election = new Election(ballot.budget().satang(), candidates, ballots);
		return new BallotCount(ballot, election, EqualSharesCount.count(election), GreedyCount.count(election),
				votes.online(), votes.paper());
	}

	/** All ballots counted. */
	public long ballots() {
		return election.ballots().size();
	}

	/** Each project's figures, in the ballot's order. */
	public List<BallotItemOutcome> outcomes() {
		Map<String, Long> approvals = election.approvals();
		return ballot.items().stream().map(item -> {
			String id = String.valueOf(item.id());
			long approved = approvals.get(id);
			return new BallotItemOutcome(item.ref(), approved, BallotStore.share(approved, ballots()),
					equalShares.selected().contains(id), greedy.selected().contains(id));
		}).toList();
	}
}
