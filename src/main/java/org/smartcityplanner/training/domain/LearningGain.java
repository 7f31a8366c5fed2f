package org.smartcityplanner.training.domain;

import java.util.Collection;
import java.util.OptionalDouble;

/**
 * Hake's normalised gain: the share of what a trainee could still learn that they did learn,
 * {@code g = (post - pre) / (100 - pre)} on percentage scores. It is undefined when the pre-test was already
 * perfect (nothing left to gain). A cohort's gain is computed from the averages of the trainees who took both
 * tests ("class-average normalised gain"), so a few perfect pre-tests do not distort it.
 */
public final class LearningGain {

	private LearningGain() {
	}

	/** A pre and post percentage score (0–100) of one trainee. */
	public record Scores(double prePercent, double postPercent) {
		public Scores {
			if (prePercent < 0 || prePercent > 100 || postPercent < 0 || postPercent > 100) {
				throw new IllegalArgumentException("Scores are percentages: " + prePercent + ", " + postPercent);
			}
		}
	}

	/** The normalised gain of one trainee, empty when the pre-test was 100 %. May be negative. */
	public static OptionalDouble of(double prePercent, double postPercent) {
		Scores scores = new Scores(prePercent, postPercent);
		if (scores.prePercent() >= 100) {
			return OptionalDouble.empty();
		}
		return OptionalDouble.of((scores.postPercent() - scores.prePercent()) / (100 - scores.prePercent()));
	}

	/** The class-average normalised gain, empty without trainees or when every pre-test average is 100 %. */
	public static OptionalDouble ofCohort(Collection<Scores> trainees) {
		if (trainees.isEmpty()) {
			return OptionalDouble.empty();
		}
		double pre = trainees.stream().mapToDouble(Scores::prePercent).average().orElseThrow();
		double post = trainees.stream().mapToDouble(Scores::postPercent).average().orElseThrow();
		return of(pre, post);
	}

	/** Hake's bands: low below 0.3, medium up to 0.7, high from 0.7. */
	public static String band(double gain) {
		return gain >= 0.7 ? "HIGH" : gain >= 0.3 ? "MEDIUM" : "LOW";
	}
}
