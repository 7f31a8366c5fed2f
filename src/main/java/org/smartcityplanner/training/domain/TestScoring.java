package org.smartcityplanner.training.domain;

import java.util.List;
import java.util.Map;

/**
 * Scores a multiple-choice test: one point per question whose chosen option is the correct one; an unanswered
 * question scores nothing.
 */
public final class TestScoring {

	/** A question by id with the index of its correct option. */
	public record Key(long questionId, int correctIndex) {
	}

	private TestScoring() {
	}

	/** The number of correct answers; {@code answers} maps question id to the chosen option index. */
	public static int score(List<Key> keys, Map<Long, Integer> answers) {
		int score = 0;
		for (Key key : keys) {
			Integer chosen = answers.get(key.questionId());
			if (chosen != null && chosen == key.correctIndex()) {
				score++;
			}
		}
		return score;
	}

	/** The score as a percentage of the maximum, 0 when the test has no questions. */
	public static double percent(int score, int max) {
		return max <= 0 ? 0 : score * 100.0 / max;
	}
}
