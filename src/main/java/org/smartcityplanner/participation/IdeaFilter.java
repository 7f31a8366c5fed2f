package org.smartcityplanner.participation;

import org.smartcityplanner.participation.domain.idea.IdeaStatus;

/**
 * Which ideas a list shows; a {@code null} field does not filter.
 *
 * @param dimensionCode only this smart dimension
 * @param areaId only this target area
 * @param status only this status
 * @param withHidden whether hidden ideas may be listed (staff); the public never sees them, whatever the status
 */
public record IdeaFilter(String dimensionCode, Long areaId, IdeaStatus status, boolean withHidden) {

	/** The public's filter: hidden ideas are never listed, even when asked for by status. */
	public static IdeaFilter publicOnly(String dimensionCode, Long areaId, IdeaStatus status) {
		return new IdeaFilter(dimensionCode, areaId, status, false);
	}
}
