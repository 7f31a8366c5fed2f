package org.smartcityplanner.participation.internal.idea;

import java.time.Instant;

/**
 * A comment on an idea. Who wrote it is never part of it: the public sees the text and the time only.
 *
 * @param hidden whether a moderator took it off the idea's page
 * @param hiddenReason the moderator's reason, shown to staff only
 */
public record IdeaComment(long id, long ideaId, String body, boolean hidden, String hiddenReason, Instant createdAt) {
}
