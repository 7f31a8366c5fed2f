package org.smartcityplanner.participation.web.idea;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.smartcityplanner.participation.IdeaHistoryEntry;
import org.smartcityplanner.participation.IdeaView;
import org.smartcityplanner.participation.domain.idea.IdeaChannel;
import org.smartcityplanner.participation.domain.idea.IdeaEventKind;
import org.smartcityplanner.participation.domain.idea.IdeaStatus;

/**
 * An idea as the public sees it (its page and the public API): no participant key, no staff user, no moderator's
 * reason for hiding (which may quote what was hidden).
 *
 * @param areaId the target area, or {@code null} for the whole province
 * @param declineReason why it was declined, when it was
 * @param acceptedTitle the plan item it became, when accepted
 */
public record PublicIdea(long id, String title, String description, String dimensionCode, Long areaId,
		BigDecimal latitude, BigDecimal longitude, IdeaChannel channel, IdeaStatus status, String declineReason,
		String acceptedTitle, Instant createdAt, Instant decidedAt, long supports) {

	static PublicIdea of(IdeaView idea) {
		return new PublicIdea(idea.id(), idea.title(), idea.description(), idea.dimensionCode(), idea.areaId(),
				idea.latitude(), idea.longitude(), idea.channel(), idea.status(), idea.declineReason(),
				idea.acceptedTitle(), idea.createdAt(), idea.decidedAt(), idea.supports());
	}

	/**
	 * One step of the public history.
	 *
	 * @param text the plan item's title (accepted), the reason (declined), the rating (rated), else {@code null}
	 */
	public record Step(Instant at, IdeaEventKind kind, String text) {
	}

	static List<Step> history(List<IdeaHistoryEntry> entries) {
		return entries.stream().map(e -> new Step(e.at(), e.kind(),
				e.kind() == IdeaEventKind.HIDDEN ? null : e.text())).toList();
	}
}
