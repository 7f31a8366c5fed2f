package org.smartcityplanner.participation.internal.finding;

import java.util.List;

import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.domain.survey.FindingDraft;
import org.smartcityplanner.participation.domain.survey.FindingSuggestions;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * Survey findings: what the results page and the API do with them. A survey or finding id of another province
 * fails with {@link org.smartcityplanner.shared.NotInProvinceException}; a draft that breaks
 * {@link org.smartcityplanner.participation.domain.survey.FindingRules} fails with
 * {@link org.smartcityplanner.participation.internal.InputProblemsException} and stores nothing; a change over a
 * newer one fails with {@link org.springframework.dao.OptimisticLockingFailureException}.
 */
public interface FindingUseCases {

	/** The survey's findings, in the order they were written. */
	List<SurveyFinding> ofSurvey(ProvinceCode province, long surveyId);

	/** Every finding of the province's surveys, newest first. */
	List<SurveyFinding> ofProvince(ProvinceCode province);

	SurveyFinding finding(ProvinceCode province, long surveyId, long findingId);

	SurveyFinding record(ProvinceCode province, long surveyId, FindingDraft draft);

	SurveyFinding update(ProvinceCode province, long surveyId, long findingId, FindingDraft draft, int version);

	void delete(ProvinceCode province, long surveyId, long findingId);

	/** Where these results suggest a finding (never stored: a person writes or confirms it first). */
	List<FindingSuggestions.Suggestion> suggestions(SurveyResults results);
}
