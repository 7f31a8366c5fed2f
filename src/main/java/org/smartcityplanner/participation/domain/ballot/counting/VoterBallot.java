package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.Objects;
import java.util.Set;

/**
 * One voter's ballot as counting sees it: the set of candidates the voter approves. Knapsack ballots (approve
 * projects whose total cost stays within the budget) and K-approval ballots (approve at most K) are counted as
 * their approval sets; their limits are checked when the vote is cast, not here.
 *
 * @param voterId the voter, unique in the election
 * @param approved ids of the approved candidates (may be empty: an abstaining voter still holds a share of MES money)
 */
public record VoterBallot(String voterId, Set<String> approved) {

	public VoterBallot {
		Objects.requireNonNull(voterId, "voterId");
		approved = Set.copyOf(approved);
	}
}
