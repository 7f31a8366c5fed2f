package org.smartcityplanner.participation.internal.opinion;

import java.time.Instant;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A conversation of the opinion map.
 *
 * @param id its id
 * @param province whose it is
 * @param topic what it asks about
 * @param description more words for participants ({@code ""} when none)
 * @param citizenStatements whether participants may add statements (shown after moderation)
 * @param open whether it takes votes
 * @param resultsPublic whether the public sees the map
 * @param createdAt when it was opened
 * @param version the optimistic lock
 */
public record Conversation(long id, ProvinceCode province, String topic, String description,
		boolean citizenStatements, boolean open, boolean resultsPublic, Instant createdAt, int version) {
}
