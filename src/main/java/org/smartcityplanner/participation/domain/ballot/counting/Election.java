package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What is counted: the money, the candidates in ballot order (the order breaks the last ties) and the ballots.
 * Refuses (with {@link IllegalArgumentException}) a negative budget, repeated candidate or voter ids and
 * ballots approving unknown candidates: input that cannot be counted is never silently dropped.
 *
 * @param budget the money to spend, same unit as the candidates' costs
 * @param candidates the candidates in ballot order
 * @param ballots one ballot per voter
 */
public record Election(long budget, List<Candidate> candidates, List<VoterBallot> ballots) {

	public Election {
		if (budget < 0) {
			throw new IllegalArgumentException("negative budget " + budget);
		}
		candidates = List.copyOf(candidates);
		ballots = List.copyOf(ballots);
		Set<String> ids = new HashSet<>();
		for (Candidate candidate : candidates) {
			if (!ids.add(candidate.id())) {
				throw new IllegalArgumentException("candidate " + candidate.id() + " appears twice");
			}
		}
		Set<String> voters = new HashSet<>();
		for (VoterBallot ballot : ballots) {
			if (!voters.add(ballot.voterId())) {
				throw new IllegalArgumentException("voter " + ballot.voterId() + " has two ballots");
			}
			for (String approved : ballot.approved()) {
				if (!ids.contains(approved)) {
					throw new IllegalArgumentException("voter " + ballot.voterId() + " approves unknown " + approved);
				}
			}
		}
	}

	/** @return the number of ballots approving each candidate (candidates without any approve map to 0) */
	public Map<String, Long> approvals() {
		Map<String, Long> counts = new HashMap<>();
		candidates.forEach(candidate -> counts.put(candidate.id(), 0L));
		for (VoterBallot ballot : ballots) {
			ballot.approved().forEach(id -> counts.merge(id, 1L, Long::sum));
		}
		return counts;
	}

	/** @return the candidate with this id */
	public Candidate candidate(String id) {
		Objects.requireNonNull(id, "id");
		return candidates.stream().filter(candidate -> candidate.id().equals(id)).findFirst()
				.orElseThrow(() -> new IllegalArgumentException("unknown candidate " + id));
	}
}
