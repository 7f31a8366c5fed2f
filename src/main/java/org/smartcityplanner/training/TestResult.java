package org.smartcityplanner.training;

import java.time.Instant;

/**
 * A submitted test.
 *
 * @param traineeId trainee
 * @param kind pre or post
 * @param score correct answers
 * @param maxScore questions
 * @param submittedAt when
 */
public record TestResult(long traineeId, TestKind kind, int score, int maxScore, Instant submittedAt) {

	public double percent() {
		return maxScore == 0 ? 0 : score * 100.0 / maxScore;
	}
}
