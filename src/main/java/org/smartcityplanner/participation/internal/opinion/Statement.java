package org.smartcityplanner.participation.internal.opinion;

import java.time.Instant;

import org.smartcityplanner.participation.domain.opinion.StatementStatus;

/**
 * A statement of a conversation.
 *
 * @param id its id
 * @param text at most 140 characters
 * @param byCitizen whether a participant wrote it (else staff)
 * @param status pending, shown or rejected
 * @param createdAt when it was written
 */
public record Statement(long id, String text, boolean byCitizen, StatementStatus status, Instant createdAt) {
}
