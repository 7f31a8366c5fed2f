package org.smartcityplanner.participation;

import java.time.LocalDate;

/**
 * A follow-up action of a resolution.
 *
 * @param id id
 * @param resolutionId the resolution that set it
 * @param draft what, who, by when, where it stands
 * @param version optimistic-lock version to send back with a status change
 */
public record FollowUpAction(long id, long resolutionId, ActionDraft draft, int version) {

	/** Whether it is still pending after its due date. */
	public boolean overdueOn(LocalDate today) {
		return draft.status().isPending() && draft.dueDate() != null && draft.dueDate().isBefore(today);
	}
}
