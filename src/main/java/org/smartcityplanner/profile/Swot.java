package org.smartcityplanner.profile;

import java.time.Instant;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * The SWOT analysis of a province or of one of its target areas, as last saved.
 *
 * @param province the province
 * @param areaId the target area, or {@code null} for the province as a whole
 * @param lists the four lists
 * @param version for optimistic locking; {@code null} while nothing has been saved yet
 * @param updatedBy who saved last (username), or {@code null}
 * @param updatedAt when, or {@code null}
 */
public record Swot(ProvinceCode province, Long areaId, SwotLists lists, Integer version, String updatedBy,
		Instant updatedAt) {

	/** A SWOT nobody has written yet. */
	public static Swot empty(ProvinceCode province, Long areaId) {
		return new Swot(province, areaId, SwotLists.EMPTY, null, null, null);
	}
}
