package org.smartcityplanner.profile;

import java.time.Instant;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * A province's context text as last saved.
 *
 * @param province the province
 * @param parts the five parts
 * @param version for optimistic locking; {@code null} while nothing has been saved yet
 * @param updatedBy who saved last (username), or {@code null}
 * @param updatedAt when, or {@code null}
 */
public record ProvinceContext(ProvinceCode province, ContextParts parts, Integer version, String updatedBy,
		Instant updatedAt) {

	/** The context of a province nobody has written about yet. */
	public static ProvinceContext empty(ProvinceCode province) {
		return new ProvinceContext(province, ContextParts.EMPTY, null, null, null);
	}
}
