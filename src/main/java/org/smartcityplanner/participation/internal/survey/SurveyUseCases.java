package org.smartcityplanner.participation.internal.survey;

import java.util.List;
import java.util.Locale;

import org.smartcityplanner.participation.CrossTab;
import org.smartcityplanner.participation.Survey;
import org.smartcityplanner.participation.SurveyResults;
import org.smartcityplanner.participation.SurveySummary;
import org.smartcityplanner.participation.domain.survey.AnswerSheet;
import org.smartcityplanner.participation.domain.survey.QuestionDraft;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * What the survey pages and the survey API do. Every method taking a province and a survey id refuses a survey of
 * another province with {@link org.smartcityplanner.shared.NotInProvinceException}; changes take the version the
 * editor saw and fail on a stale one; rule breaks throw
 * {@link org.smartcityplanner.participation.internal.InputProblemsException} and store nothing.
 */
public interface SurveyUseCases {

	List<SurveySummary> surveysOf(ProvinceCode province);

	SurveySummary summary(ProvinceCode province, long surveyId);

	Survey survey(ProvinceCode province, long surveyId);

	Survey create(ProvinceCode province, String title, String description, boolean paperCheck);

	/**
	 * Creates a draft survey with its questions in one go (the API): all or nothing. A question's condition names
	 * an earlier question by its position (from 1) in {@link QuestionDraft#conditionQuestionId()}; problems are
	 * reported per question as {@code questions[i].field}.
	 */
	Survey createWithQuestions(ProvinceCode province, String title, String description, boolean paperCheck,
			List<QuestionDraft> questions);

	void updateDetails(ProvinceCode province, long surveyId, int version, String title, String description,
			boolean paperCheck);

	/** Adds a question to a draft survey; returns its id. */
	long addQuestion(ProvinceCode province, long surveyId, int version, QuestionDraft draft);

	void removeQuestion(ProvinceCode province, long surveyId, int version, long questionId);

	/** Opens a draft survey with at least one question to answers. */
	void publish(ProvinceCode province, long surveyId, int version);

	void close(ProvinceCode province, long surveyId, int version);

	/** A survey as its public link shows it, with whether it takes answers now. */
	java.util.Optional<PublicSurvey> publicSurvey(String publicKey);

	/** Whether a submission with this key was stored before (a retry after the acknowledgement was lost). */
	boolean isStored(String publicKey, String submissionKey);

	/** Stores an answer sent through the public link (idempotent by its submission key). */
	Submission submitOnline(String publicKey, String submissionKey, AnswerSheet.Raw raw);

	/**
	 * Stores an online answer to a survey its public link was just resolved to ({@link #publicSurvey}), so the link
	 * is not looked up twice: once per submission key, whether or not it was stored before, and once per
	 * participant when {@code participantKey} names one ({@link Submission.Outcome#ANSWERED_BEFORE} otherwise).
	 *
	 * @param participantKey a lasting participant key ({@code code:<id>}, {@code account:<id>}), or {@code null}
	 *        where the process takes anyone (such answers are only rate-limited)
	 */
	Submission submitOnline(PublicSurvey survey, String submissionKey, AnswerSheet.Raw raw, String participantKey);

	/** Whether the participant ({@code null}: nobody known) answered the survey before. */
	boolean answeredBy(PublicSurvey survey, String participantKey);

	/** Stores a paper questionnaire typed by staff (idempotent by its submission key). */
	Submission submitPaper(ProvinceCode province, long surveyId, String submissionKey, AnswerSheet.Raw raw);

	List<ResponseView> awaitingCheck(ProvinceCode province, long surveyId, Locale language);

	/** A second person confirms a typed paper response, which then counts. */
	void confirmPaper(ProvinceCode province, long surveyId, long responseId);

	/** A second person discards a typed paper response that does not match its paper. */
	void discardPaper(ProvinceCode province, long surveyId, long responseId);

	SurveyResults results(ProvinceCode province, long surveyId, Locale language);

	/** The answers to a choice or Likert question by the respondents' sector or area. */
	CrossTab crossTab(ProvinceCode province, long surveyId, long questionId, CrossTab.By by, Locale language);

	/** Every counted response with its answers written out, for the exports. */
	List<ResponseView> responses(ProvinceCode province, long surveyId, Locale language);

	/** One page of the counted responses, oldest first, with the totals. */
	org.smartcityplanner.shared.PageOf<ResponseView> responses(ProvinceCode province, long surveyId, Locale language,
			org.smartcityplanner.shared.Paging paging);

	/** One page of the paper responses awaiting their check, oldest first, with the totals. */
	org.smartcityplanner.shared.PageOf<ResponseView> awaitingCheck(ProvinceCode province, long surveyId,
			Locale language, org.smartcityplanner.shared.Paging paging);
}
