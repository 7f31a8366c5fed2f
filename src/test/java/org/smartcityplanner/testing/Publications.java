package org.smartcityplanner.testing;

import org.springframework.modulith.events.CompletedEventPublications;

/**
 * Reads the event publication registry: a test that expects a listener to change nothing waits until the
 * listener has completed the event instead of sleeping.
 */
public final class Publications {

	private Publications() {
	}

	/** How many listeners have completed {@code event} (every delivery of an equal event counts). */
	public static long completions(CompletedEventPublications completed, Object event) {
		return completed.findAll().stream().filter(publication -> publication.getEvent().equals(event)).count();
	}
}
