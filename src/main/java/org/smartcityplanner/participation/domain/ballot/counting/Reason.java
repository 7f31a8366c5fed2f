package org.smartcityplanner.participation.domain.ballot.counting;

/** Why a candidate won or lost; each reason has a message key a page fills with the explanation's numbers. */
public enum Reason {

	/** Chosen by the Method of Equal Shares: its supporters paid for it from their equal shares. */
	PAID_BY_SUPPORTERS("ballot.counting.reason.paid-by-supporters"),
	/** Chosen by the greedy fill after the Method of Equal Shares: it still fitted the money left. */
	FITTED_AFTER_EQUAL_SHARES("ballot.counting.reason.fitted-after-equal-shares"),
	/** Chosen by greedy counting: in approval order it fitted the money left. */
	FITTED("ballot.counting.reason.fitted"),
	/** Lost under the Method of Equal Shares: its supporters' remaining money was short of its cost. */
	SUPPORTERS_SHORT("ballot.counting.reason.supporters-short"),
	/** Lost: when its turn came it cost more than the money left. */
	DID_NOT_FIT("ballot.counting.reason.did-not-fit"),
	/** Lost: nobody approved it, and counting never spends money nobody asked for. */
	NO_SUPPORTERS("ballot.counting.reason.no-supporters");

	private final String messageKey;

	Reason(String messageKey) {
		this.messageKey = messageKey;
	}

	/** @return the message key explaining this reason */
	public String messageKey() {
		return messageKey;
	}

	/** @return whether the candidate was chosen */
	public boolean selected() {
		return this == PAID_BY_SUPPORTERS || this == FITTED_AFTER_EQUAL_SHARES || this == FITTED;
	}
}
