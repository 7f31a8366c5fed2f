package org.smartcityplanner.participation.domain.ballot.counting;

/**
 * How counting chooses between candidates that are equally good by the method's own measure (the same number of
 * approvals for greedy, the same per-supporter share for the Method of Equal Shares). Deterministic, so a recount
 * gives the same outcome, and stated, so pages can print it.
 */
public enum TieRule {

	/** More approvals first, then the lower cost, then the earlier place on the ballot. */
	MORE_APPROVALS_THEN_LOWER_COST_THEN_BALLOT_ORDER("ballot.counting.tie-rule.approvals-cost-order");

	private final String messageKey;

	TieRule(String messageKey) {
		this.messageKey = messageKey;
	}

	/** @return the message key of the sentence describing this rule to voters */
	public String describe() {
		return messageKey;
	}
}
