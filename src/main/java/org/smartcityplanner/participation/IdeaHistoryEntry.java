package org.smartcityplanner.participation;

import java.time.Instant;

import org.smartcityplanner.participation.domain.idea.IdeaEventKind;

/**
 * One step of an idea's history, as shown publicly: what happened and when, with the reason or the plan item's
 * title; never who did it.
 *
 * @param text the reason or the plan item's title, or {@code null}
 */
public record IdeaHistoryEntry(Instant at, IdeaEventKind kind, String text) {
}
