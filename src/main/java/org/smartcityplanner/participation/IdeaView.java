package org.smartcityplanner.participation;

import java.math.BigDecimal;
import java.time.Instant;

import org.smartcityplanner.participation.domain.idea.IdeaChannel;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;

/**
 * One idea as staff see it. It carries no participant key or link secret: who proposed an idea is never shown;
 * public pages and the public API show only the public part (see their own records).
 *
 * @param areaId the target area, or {@code null} for the whole province
 * @param latitude the map point, or {@code null}
 * @param hiddenReason the moderator's reason while {@link IdeaStatus#HIDDEN}, else {@code null}
 * @param declineReason the reason the author sees when {@link IdeaStatus#DECLINED}
 * @param acceptedItem the plan item it became when {@link IdeaStatus#ACCEPTED}
 * @param acceptedTitle that plan item's title
 * @param authorRating the author's rating of the answer (1–5), or {@code null}
 * @param enteredBy the staff user who typed a paper idea, {@code null} online
 * @param supports how many participants support it
 * @param version for optimistic locking of staff changes
 */
public record IdeaView(long id, ProvinceCode province, String title, String description, String dimensionCode,
		Long areaId, BigDecimal latitude, BigDecimal longitude, IdeaChannel channel, IdeaStatus status,
		String hiddenReason, String declineReason, ResourceRef acceptedItem, String acceptedTitle,
		Integer authorRating, String authorComment, String enteredBy, Instant createdAt, Instant decidedAt,
		long supports, int version) {

	/** The resource type of ideas in {@link ResourceRef}s (plan items link back to ideas with it). */
	public static final String RESOURCE_TYPE = "participation.idea";

	public ResourceRef ref() {
		return ref(id);
	}

	public static ResourceRef ref(long id) {
		return new ResourceRef(RESOURCE_TYPE, String.valueOf(id));
	}

	public boolean hasPoint() {
		return latitude != null && longitude != null;
	}
}
