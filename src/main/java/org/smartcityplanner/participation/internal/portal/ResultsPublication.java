package org.smartcityplanner.participation.internal.portal;

import java.time.Instant;

/**
 * Whether a survey's aggregated results are on the public portal, and who decided it when.
 *
 * @param surveyId the survey
 * @param resultsPublic whether its results are public (shown once the survey is closed)
 * @param by who made them public, or {@code null} while they are not
 * @param at when, or {@code null} while they are not
 */
public record ResultsPublication(long surveyId, boolean resultsPublic, String by, Instant at) {

	static ResultsPublication notPublic(long surveyId) {
		return new ResultsPublication(surveyId, false, null, null);
	}
}
