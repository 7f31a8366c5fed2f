package org.smartcityplanner.participation.domain.ballot.counting;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Greedy counting, as most cities count: candidates in order of approvals (ties by {@link TieRule}); a candidate
 * that costs more than the money left is skipped and the next one considered. Candidates nobody approved are never
 * chosen.
 */
public final class GreedyCount {

	/** The method name in {@link Outcome#method()}. */
	public static final String METHOD = "greedy";

	private GreedyCount() {
	}

	/**
	 * @param election what to count
	 * @return the outcome with each candidate's rank and whether it fitted the money left
	 */
	public static Outcome count(Election election) {
		CountingIndex index = new CountingIndex(election);
		List<String> selected = new ArrayList<>();
		Map<String, CandidateExplanation> explanations = new HashMap<>();
		long left = fill(index, new boolean[index.candidateCount], election.budget(), Reason.FITTED, 0, selected,
				explanations);
		return new Outcome(METHOD, selected, election.budget() - left, explanations, TieRule.MORE_APPROVALS_THEN_LOWER_COST_THEN_BALLOT_ORDER, null,
				VoterPayments.NONE);
	}

	/**
	 * Considers every candidate not yet taken in tie-rule order and takes those that fit; explains each one it
	 * considers. Shared with the fill after the Method of Equal Shares.
	 *
	 * @return the money left
	 */
	static long fill(CountingIndex index, boolean[] taken, long moneyLeft, Reason fittedReason, int roundsBefore,
			List<String> selected, Map<String, CandidateExplanation> explanations) {
		long left = moneyLeft;
		int round = roundsBefore;
		for (int rank = 0; rank < index.candidateCount; rank++) {
			int c = index.tieOrder[rank];
			if (taken[c]) {
				continue;
			}
			String id = index.id(c);
			long approvals = index.approvals(c);
			if (approvals == 0) {
				explanations.put(id, new CandidateExplanation(id, 0, false, 0, Reason.NO_SUPPORTERS, rank + 1, 0, null,
						null, null, null));
			} else {
				// a candidate the Method of Equal Shares already explained keeps its shortfall next to the money left
				CandidateExplanation earlier = explanations.get(id);
				BigDecimal shortfall = earlier == null ? null : earlier.shortfall();
				boolean fits = index.cost[c] <= left;
				Reason reason = fits ? fittedReason : earlier == null ? Reason.DID_NOT_FIT : earlier.reason();
				explanations.put(id, new CandidateExplanation(id, approvals, fits, fits ? ++round : 0, reason, rank + 1,
						0, null, null, shortfall, left));
				if (fits) {
					taken[c] = true;
					selected.add(id);
					left -= index.cost[c];
				}
			}
		}
		return left;
	}

	/** Explains every candidate nobody approved. */
	static void explainUnsupported(CountingIndex index, Map<String, CandidateExplanation> explanations) {
		for (int c = 0; c < index.candidateCount; c++) {
			if (index.approvals(c) == 0) {
				explanations.put(index.id(c), new CandidateExplanation(index.id(c), 0, false, 0, Reason.NO_SUPPORTERS,
						index.tieRank[c] + 1, 0, null, null, null, null));
			}
		}
	}
}
