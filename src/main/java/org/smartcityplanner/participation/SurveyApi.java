package org.smartcityplanner.participation;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * What other modules may read of a province's surveys (the statistics service, the book's participation chapter):
 * the same figures the survey pages show.
 */
public interface SurveyApi {

	/** The province's surveys with their counts, newest first. */
	List<SurveySummary> surveysOf(ProvinceCode province);

	/** A survey's results, labels in the given language; empty when the survey is not one of the province's. */
	Optional<SurveyResults> resultsOf(ProvinceCode province, long surveyId, Locale language);
}
