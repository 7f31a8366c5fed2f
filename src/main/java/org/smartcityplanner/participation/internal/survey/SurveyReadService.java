package org.smartcityplanner.participation.internal.survey;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.participation.CrossTab;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.SurveyApi;
import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.participation.domain.survey.Question;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.InProvince;
import org.smartcityplanner.shared.PageOf;
import org.smartcityplanner.shared.Paging;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading surveys, their counts and results: everything goes through {@link SurveyFigures}, and every survey id
 * is looked up within the province of the request first.
 */
abstract class SurveyReadService implements SurveyApi {

	final SurveyStore surveys;
	final SurveyFigures figures;
	final ProfileApi profile;
	final SurveyLabels labels;
	final Clock clock;

	SurveyReadService(SurveyStore surveys, SurveyFigures figures, ProfileApi profile, SurveyLabels labels,
			Clock clock) {
		this.surveys = surveys;
		this.figures = figures;
		this.profile = profile;
		this.labels = labels;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Survey survey(ProvinceCode province, long surveyId) {
		return InProvince.require(surveys.find(province, surveyId), "surveyId", surveyId);
	}

	@Override
	@Transactional(readOnly = true)
	public List<SurveySummary> surveysOf(ProvinceCode province) {
		Map<Long, SurveyFigures.Counts> counts = figures.countsOf(province);
		return surveys.idsOf(province).stream()
			.map(id -> summary(surveys.find(province, id).orElseThrow(), counts.get(id))).toList();
	}

	@Transactional(readOnly = true)
	public SurveySummary summary(ProvinceCode province, long surveyId) {
		Survey survey = survey(province, surveyId);
		return summary(survey, figures.countsOf(province).get(surveyId));
	}

	private SurveySummary summary(Survey s, SurveyFigures.Counts c) {
		SurveyStore.Dates dates = surveys.dates(s.id());
		return new SurveySummary(s.id(), s.title(), s.state(), s.questions().size(), c.responses(), c.online(),
				c.paper(), c.awaitingCheck(), dates.openedAt(), dates.closedAt());
	}

	@Override
	@Transactional(readOnly = true)
	public Optional<SurveyResults> resultsOf(ProvinceCode province, long surveyId, Locale language) {
		return surveys.find(province, surveyId).map(s -> results(province, surveyId, language));
	}

	@Transactional(readOnly = true)
	public SurveyResults results(ProvinceCode province, long surveyId, Locale language) {
		Survey survey = survey(province, surveyId);
		return new ResultsAssembler(figures, labels, areaNames(province, language), language)
			.results(summary(province, surveyId), survey);
	}

	@Transactional(readOnly = true)
	public CrossTab crossTab(ProvinceCode province, long surveyId, long questionId, CrossTab.By by, Locale language) {
		Survey survey = survey(province, surveyId);
		Question question = InProvince.require(survey.question(questionId), "questionId", questionId);
		if (!question.kind().isCountedByOption()) {
			throw new InputProblemsException(List.of(Problem.of("questionId", "participation.survey.crossTab.notChoice")));
		}
		return new ResultsAssembler(figures, labels, areaNames(province, language), language).crossTab(question, by);
	}

	@Transactional(readOnly = true)
	public List<ResponseView> responses(ProvinceCode province, long surveyId, Locale language) {
		Survey survey = survey(province, surveyId);
		return new ResponseReader(surveys.jdbc(), labels, areaNames(province, language), language).counted(survey);
	}

	@Transactional(readOnly = true)
	public List<ResponseView> awaitingCheck(ProvinceCode province, long surveyId, Locale language) {
		Survey survey = survey(province, surveyId);
		return new ResponseReader(surveys.jdbc(), labels, areaNames(province, language), language)
			.awaitingCheck(survey);
	}

	@Transactional(readOnly = true)
	public PageOf<ResponseView> responses(ProvinceCode province, long surveyId, Locale language, Paging paging) {
		Survey survey = survey(province, surveyId);
		return new ResponseReader(surveys.jdbc(), labels, areaNames(province, language), language)
			.counted(survey, paging);
	}

	@Transactional(readOnly = true)
	public PageOf<ResponseView> awaitingCheck(ProvinceCode province, long surveyId, Locale language, Paging paging) {
		Survey survey = survey(province, surveyId);
		return new ResponseReader(surveys.jdbc(), labels, areaNames(province, language), language)
			.awaitingCheck(survey, paging);
	}

	List<PublicSurvey.Area> areas(ProvinceCode province) {
		return profile.areasOf(province).stream().map(a -> new PublicSurvey.Area(a.id(), a.name())).toList();
	}

	private Map<Long, String> areaNames(ProvinceCode province, Locale language) {
		Map<Long, String> names = new java.util.LinkedHashMap<>();
		profile.areasOf(province).forEach(a -> names.put(a.id(), a.name().in(language)));
		return names;
	}
}
