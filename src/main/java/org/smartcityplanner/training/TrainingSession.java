package org.smartcityplanner.training;

import java.time.Instant;
import java.util.List;

/**
 * One teaching session of a cohort.
 *
 * @param id database id
 * @param cohortId its cohort
 * @param topicCode the curriculum topic taught, {@code null} for e.g. an opening session
 * @param title what it is called on the agenda
 * @param startsAt start
 * @param endsAt end
 * @param venue room and building, or "online"
 * @param onlineLink meeting link, may be {@code null}
 * @param trainerIds consultants teaching it (account ids)
 */
public record TrainingSession(long id, long cohortId, String topicCode, String title, Instant startsAt,
		Instant endsAt, String venue, String onlineLink, List<Long> trainerIds) {

	public TrainingSession {
		trainerIds = List.copyOf(trainerIds);
	}
}
