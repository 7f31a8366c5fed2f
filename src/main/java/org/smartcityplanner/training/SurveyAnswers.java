package org.smartcityplanner.training;

/**
 * A satisfaction survey of one session, ratings 1 (poor) to 5 (excellent) as typed.
 *
 * @param overall the session overall
 * @param usefulness usefulness for the trainee's work
 * @param trainer the trainer
 * @param comment free text, may be empty
 */
public record SurveyAnswers(String overall, String usefulness, String trainer, String comment) {
}
