package org.smartcityplanner.participation.internal.finding;

import java.time.Instant;
import java.util.List;

/**
 * A finding staff read in a survey's results, in their own words.
 *
 * @param id its id
 * @param surveyId the survey it was read from
 * @param surveyTitle that survey's title
 * @param statement what was found
 * @param basis the figures it rests on
 * @param questionIds the survey's questions it rests on
 * @param recordedAt when it was first written
 * @param version the optimistic-locking version
 */
public record SurveyFinding(long id, long surveyId, String surveyTitle, String statement, String basis,
		List<Long> questionIds, Instant recordedAt, int version) {

	public SurveyFinding {
		questionIds = List.copyOf(questionIds);
	}
}
