package org.smartcityplanner.participation;

import java.time.Instant;

import org.smartcityplanner.participation.domain.idea.IdeaChannel;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;

/**
 * One row of an idea list, read with its counts in the list's one query.
 *
 * @param areaId the target area, or {@code null} for the whole province
 * @param supports participants who support it
 * @param comments its published comments
 */
public record IdeaSummary(long id, String title, String dimensionCode, Long areaId, IdeaStatus status,
		IdeaChannel channel, Instant createdAt, long supports, long comments) {
}
