package org.smartcityplanner.participation.domain.ballot.counting;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * What a page needs to tell a voter why a candidate won or lost. Amounts are in the budget's unit, rounded to two
 * decimals (half-even; the shortfall is rounded up so it is never understated). Fields that do not apply to the
 * reason are {@code null}.
 *
 * @param candidateId the candidate
 * @param approvals how many ballots approve it
 * @param selected whether it was chosen
 * @param round its place in the order of selection (1 = chosen first), 0 when not chosen
 * @param reason why it won or lost
 * @param rankByApprovals its place when all candidates are ordered by approvals and the tie rule (1 = most)
 * @param payers Method of Equal Shares: how many supporters paid something for it (0 otherwise)
 * @param share Method of Equal Shares: the per-supporter share ρ, the most any supporter paid; supporters with
 *        less money left paid all they had
 * @param paidTotal Method of Equal Shares: what its supporters paid together (its cost)
 * @param shortfall {@link Reason#SUPPORTERS_SHORT}: by how much its supporters' remaining money fell short of the cost
 * @param moneyLeft greedy and the fill after Equal Shares: the money left when its turn came
 */
public record CandidateExplanation(String candidateId, long approvals, boolean selected, int round, Reason reason,
		int rankByApprovals, int payers, BigDecimal share, BigDecimal paidTotal, BigDecimal shortfall, Long moneyLeft) {

	public CandidateExplanation {
		Objects.requireNonNull(candidateId, "candidateId");
		Objects.requireNonNull(reason, "reason");
		if (selected != reason.selected()) {
			throw new IllegalArgumentException("selected " + selected + " contradicts " + reason);
		}
	}
}
