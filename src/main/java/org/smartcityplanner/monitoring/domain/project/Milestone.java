package org.smartcityplanner.monitoring.domain.project;

/**
 * A milestone of the adopted action plan as a report saw it.
 *
 * @param text what the milestone is (from the action plan, e.g. {@code 2570 ไตรมาส 1: ...})
 * @param done whether the reporter says it is done
 */
public record Milestone(String text, boolean done) {

	public Milestone {
		text = text == null ? "" : text.strip();
	}
}
