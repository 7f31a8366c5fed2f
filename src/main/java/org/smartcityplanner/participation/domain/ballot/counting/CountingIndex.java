package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** An election as arrays indexed by candidate and voter position, built once per count. */
final class CountingIndex {

	final Election election;
	final int candidateCount;
	final int voterCount;
	final long[] cost;
	final int[][] supporters;
	/** For each supporter in {@link #supporters}, where this candidate sits in the flat array of all approvals. */
	final int[][] supporterSlots;
	final int[][] approvedByVoter;
	/** Where each voter's approvals start in a flat array of all approvals. */
	final int[] approvalOffset;
	final int approvalCount;
	final Map<String, Integer> voterIndex;
	/** Candidate positions in tie-rule order: more approvals, lower cost, earlier on the ballot. */
	final int[] tieOrder;
	/** Each candidate's place in {@link #tieOrder}. */
	final int[] tieRank;

	CountingIndex(Election election) {
		this.election = election;
		List<Candidate> candidates = election.candidates();
		candidateCount = candidates.size();
		voterCount = election.ballots().size();
		cost = new long[candidateCount];
		Map<String, Integer> candidateIndex = new HashMap<>();
		for (int c = 0; c < candidateCount; c++) {
			cost[c] = candidates.get(c).cost();
			candidateIndex.put(candidates.get(c).id(), c);
		}
		int[] supportCount = new int[candidateCount];
		approvedByVoter = new int[voterCount][];
		voterIndex = new HashMap<>(voterCount * 2);
		for (int v = 0; v < voterCount; v++) {
			VoterBallot ballot = election.ballots().get(v);
			voterIndex.put(ballot.voterId(), v);
			int[] approved = ballot.approved().stream().mapToInt(candidateIndex::get).sorted().toArray();
			approvedByVoter[v] = approved;
			for (int c : approved) {
				supportCount[c]++;
			}
		}
		approvalOffset = new int[voterCount];
		int offset = 0;
		for (int v = 0; v < voterCount; v++) {
			approvalOffset[v] = offset;
			offset += approvedByVoter[v].length;
		}
		approvalCount = offset;
		supporters = new int[candidateCount][];
		supporterSlots = new int[candidateCount][];
		for (int c = 0; c < candidateCount; c++) {
			supporters[c] = new int[supportCount[c]];
			supporterSlots[c] = new int[supportCount[c]];
		}
		int[] filled = new int[candidateCount];
		for (int v = 0; v < voterCount; v++) {
			for (int j = 0; j < approvedByVoter[v].length; j++) {
				int c = approvedByVoter[v][j];
				supporters[c][filled[c]] = v;
				supporterSlots[c][filled[c]++] = approvalOffset[v] + j;
			}
		}
		tieOrder = java.util.stream.IntStream.range(0, candidateCount).boxed()
				.sorted((a, b) -> compareByTieRule(a, b)).mapToInt(Integer::intValue).toArray();
		tieRank = new int[candidateCount];
		for (int rank = 0; rank < candidateCount; rank++) {
			tieRank[tieOrder[rank]] = rank;
		}
	}

	/** Negative when candidate {@code a} goes before {@code b} by the tie rule. */
	int compareByTieRule(int a, int b) {
		int byApprovals = Integer.compare(supporters[b].length, supporters[a].length);
		if (byApprovals != 0) {
			return byApprovals;
		}
		int byCost = Long.compare(cost[a], cost[b]);
		return byCost != 0 ? byCost : Integer.compare(a, b);
	}

	String id(int candidate) {
		return election.candidates().get(candidate).id();
	}

	long approvals(int candidate) {
		return supporters[candidate].length;
	}
}
