package org.smartcityplanner.participation.internal.ballot;

import java.util.List;

/**
 * What became of a submitted ballot.
 *
 * @param outcome what happened
 * @param voteId the stored vote (null when {@link Outcome#NOT_OPEN})
 * @param choices the item ids the stored vote holds now
 * @param changes how many times the voter changed their mind so far
 * @param secret the voter's personal-link secret (the same for every submission of the same participant; null for
 *        paper and when not open)
 */
public record VoteReceipt(Outcome outcome, Long voteId, List<Long> choices, int changes, String secret) {

	public VoteReceipt {
		choices = List.copyOf(choices);
	}

	/** What happened to a submission. */
	public enum Outcome {
		/** The participant's first vote on the ballot was stored. */
		STORED,
		/** The participant's earlier vote was replaced by these choices. */
		CHANGED,
		/** The same submission (idempotency key) arrived again: nothing changed. */
		ALREADY_STORED,
		/** The ballot takes no votes now (a draft, closed, or its phase is not running). */
		NOT_OPEN
	}

	static VoteReceipt notOpen() {
		return new VoteReceipt(Outcome.NOT_OPEN, null, List.of(), 0, null);
	}

	/** Whether the vote is stored (now or before). */
	public boolean accepted() {
		return outcome != Outcome.NOT_OPEN;
	}
}
