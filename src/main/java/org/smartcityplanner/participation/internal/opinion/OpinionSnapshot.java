package org.smartcityplanner.participation.internal.opinion;

import java.time.Instant;

import org.smartcityplanner.participation.domain.opinion.OpinionMap;

/**
 * The stored analysis of a conversation.
 *
 * @param computedAt when staff computed it
 * @param votes how many votes it was computed from
 * @param map the result
 */
public record OpinionSnapshot(Instant computedAt, int votes, OpinionMap map) {
}
