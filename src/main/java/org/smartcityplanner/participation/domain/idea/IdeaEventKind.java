package org.smartcityplanner.participation.domain.idea;

/** A step in an idea's public history. Messages: {@code participation.idea.event.<NAME>}. */
public enum IdeaEventKind {
	PROPOSED, HIDDEN, RESTORED, ACCEPTED, DECLINED, RATED
}
