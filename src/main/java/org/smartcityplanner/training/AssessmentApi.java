package org.smartcityplanner.training;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.shared.ProvinceCode;

/**
 * Question banks, the pre- and post-test of each cohort (the same questions, so the gain compares like with
 * like), satisfaction surveys and the cohort's figures.
 */
public interface AssessmentApi {

	/** The questions of the bank of one topic. */
	List<Question> bank(String topicCode);

	/** The test of a cohort: the bank questions of every topic of its curriculum version, in topic order. */
	List<Question> testOf(long cohortId);

	/**
	 * Scores and stores a test; {@code answers} maps question id to the chosen option.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the link is unknown, the test was already
	 *         submitted (the first result stands) or the post-test is taken before the pre-test
	 */
	TestResult submitTest(String accessToken, TestKind kind, Map<Long, Integer> answers);

	/** The trainee's result of a test, if submitted. */
	Optional<TestResult> result(long traineeId, TestKind kind);

	/**
	 * Stores a survey of a session the trainee attended.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when ratings are missing or out of 1–5, the
	 *         trainee did not attend, or already answered
	 */
	void submitSurvey(String accessToken, long sessionId, SurveyAnswers answers);

	/** Sessions of the trainee's cohort they attended and have not yet rated. */
	List<TrainingSession> surveysDue(long traineeId);

	/** The cohort's figures: attendance, sector mix, scores, gain, satisfaction, eligibility. */
	CohortReport report(ProvinceCode province, long cohortId);
}
