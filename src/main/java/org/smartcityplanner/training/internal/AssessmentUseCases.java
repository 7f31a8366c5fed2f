package org.smartcityplanner.training.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.smartcityplanner.training.AssessmentApi;
import org.smartcityplanner.training.Question;
import org.smartcityplanner.training.SurveyAnswers;
import org.smartcityplanner.training.TestKind;
import org.smartcityplanner.training.TestResult;
import org.smartcityplanner.training.TrainingSession;

/**
 * Question banks, the pre- and post-test of each cohort (the same questions, so the gain compares like with
 * like) and satisfaction surveys, beyond the cohort figures of {@link AssessmentApi} other modules read. Internal
 * to the training module (Spring Modulith does not expose {@code internal}).
 */
public interface AssessmentUseCases extends AssessmentApi {

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
}
