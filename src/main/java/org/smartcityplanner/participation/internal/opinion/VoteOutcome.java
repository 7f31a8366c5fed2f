package org.smartcityplanner.participation.internal.opinion;

/** What became of a participant's vote or statement. */
public enum VoteOutcome {
	/** Stored (or changed). */
	STORED,
	/** The same vote or statement was stored before: nothing changed. */
	ALREADY_STORED,
	/** The conversation takes no votes now (closed, or no phase opens the tool). */
	CLOSED;

	public boolean accepted() {
		return this != CLOSED;
	}
}
