package org.smartcityplanner.participation.internal.idea;

/**
 * What became of a citizen's support or comment on an idea.
 */
public enum PublicIdeaInput {
	/** Stored now. */
	STORED,
	/** The same participant's support, or the same form sent again, was stored before: nothing more was stored. */
	ALREADY_STORED,
	/** No phase of the process has the ideas tool open today: nothing was stored. */
	CLOSED,
	/** The idea has its answer (accepted or declined): supporting it changes nothing, so nothing was stored. */
	DECIDED;

	public boolean accepted() {
		return this == STORED || this == ALREADY_STORED;
	}
}
