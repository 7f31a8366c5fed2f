package org.smartcityplanner.participation;

import java.time.Instant;

import org.smartcityplanner.participation.domain.survey.SurveyState;

/**
 * A survey with its counts (from the one figures query, so every page and export shows the same numbers).
 *
 * @param id its id
 * @param title its title
 * @param state written, open or closed
 * @param questions how many questions it asks
 * @param responses responses in the results (online, and paper ones that count)
 * @param online of those, answered online
 * @param paper of those, typed from paper
 * @param awaitingCheck paper responses waiting for their second-person check (not yet in the results)
 * @param openedAt when it was published, or {@code null}
 * @param closedAt when it was closed, or {@code null}
 */
public record SurveySummary(long id, String title, SurveyState state, int questions, long responses, long online,
		long paper, long awaitingCheck, Instant openedAt, Instant closedAt) {
}
