package org.smartcityplanner.participation.domain.ballot;

/** Where a ballot is in its life: drafted, taking votes, or closed and counted. */
public enum BallotStatus {
	/** Being prepared: its title, budget and projects may change; no votes yet. */
	DRAFT,
	/** Taking votes (while the process's phase has the ballots tool open too). */
	OPEN,
	/** Closed and counted: refuses votes, shows its result. */
	CLOSED;

	/** Whether a vote may be cast or changed now. */
	public boolean takesVotes() {
		return this == OPEN;
	}
}
