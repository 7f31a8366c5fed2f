package org.smartcityplanner.engagement.internal.pool;

import java.util.Set;

import org.smartcityplanner.engagement.domain.matching.ConsultantRank;
import org.smartcityplanner.engagement.domain.matching.ExpertiseTag;

/**
 * A profile as the admin saves it.
 *
 * @param rank rank
 * @param tags fields of expertise
 * @param dimensions smart-dimension codes (reference)
 * @param homeRegion reference region code or {@code null}
 * @param cap 1–10 engagements at the same time
 * @param version the version the admin edited ({@code null} for a first save)
 */
public record ProfileUpdate(ConsultantRank rank, Set<ExpertiseTag> tags, Set<String> dimensions, String homeRegion,
		int cap, Integer version) {

	public static final int MAX_CAP = 10;
}
