package org.smartcityplanner.participation.domain.idea;

/** How an idea reached the province. Messages: {@code participation.idea.channel.<NAME>}. */
public enum IdeaChannel {
	/** Proposed by the citizen on the public portal or over the public API. */
	ONLINE,
	/** Written on paper (e.g. at a village meeting) and typed in by staff. */
	PAPER
}
