package org.smartcityplanner.participation;

import java.time.LocalDate;

/**
 * A follow-up action as staff enter it.
 *
 * @param description what is to be done
 * @param ownerName who is responsible (a person or an agency)
 * @param dueDate by when, or null when the meeting set no date
 * @param status where it stands
 */
public record ActionDraft(String description, String ownerName, LocalDate dueDate, ActionStatus status) {

	public ActionDraft {
		description = Texts.clean(description);
		ownerName = Texts.clean(ownerName);
		status = status == null ? ActionStatus.OPEN : status;
	}
}
