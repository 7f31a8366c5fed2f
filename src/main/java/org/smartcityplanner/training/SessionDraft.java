package org.smartcityplanner.training;

import java.util.List;

/**
 * A session as typed: date and times as text, Bangkok time.
 *
 * @param topicCode curriculum topic, may be empty
 * @param title agenda title
 * @param date ISO date
 * @param startTime HH:mm
 * @param endTime HH:mm
 * @param venue place
 * @param onlineLink meeting link, may be empty
 * @param trainerIds consultants teaching it
 */
public record SessionDraft(String topicCode, String title, String date, String startTime, String endTime,
		String venue, String onlineLink, List<Long> trainerIds) {

	public SessionDraft {
		trainerIds = trainerIds == null ? List.of() : List.copyOf(trainerIds);
	}
}
