package org.smartcityplanner.participation.domain.ballot.counting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of one count.
 *
 * @param method {@link GreedyCount#METHOD} or {@link EqualSharesCount#METHOD}
 * @param selected the chosen candidates' ids in the order they were chosen
 * @param spent their total cost, never more than the budget
 * @param explanations every candidate's explanation by id
 * @param tieRule the rule that broke ties
 * @param perVoterBudget Method of Equal Shares: each voter's share of money in the run that was kept (after
 *        completion raised it), rounded to two decimals; {@code null} for greedy
 * @param payments who paid what (empty for greedy)
 */
public record Outcome(String method, List<String> selected, long spent, Map<String, CandidateExplanation> explanations,
		TieRule tieRule, BigDecimal perVoterBudget, VoterPayments payments) {

	public Outcome {
		Objects.requireNonNull(method, "method");
		selected = List.copyOf(selected);
		explanations = Map.copyOf(explanations);
		Objects.requireNonNull(tieRule, "tieRule");
		Objects.requireNonNull(payments, "payments");
	}

	/**
	 * What one voter paid, so each voter can see where their share went. Under the Method of Equal Shares, projects
	 * chosen by the greedy fill afterwards are paid from the money nobody spent, not by voters, so they are not here.
	 *
	 * @param voterId the voter
	 * @return the voter's payments in order of selection; empty for greedy or a voter who paid nothing
	 */
	public List<Payment> paymentsOf(String voterId) {
		return payments.of(voterId);
	}

	/** @return the explanation of one candidate */
	public CandidateExplanation explanation(String candidateId) {
		CandidateExplanation explanation = explanations.get(candidateId);
		if (explanation == null) {
			throw new IllegalArgumentException("unknown candidate " + candidateId);
		}
		return explanation;
	}
}
