package org.smartcityplanner.actionplan.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;

/**
 * Criterion weights and the weighted score of a project. Weights are normalised to sum to 1; a criterion a
 * project has no score for yet (public support before the participation module reports) counts as 0 for every
 * project alike, so it does not change the ranking.
 *
 * @param weights weight per criterion (any non-negative numbers; normalised here)
 */
public record Scoring(Map<Criterion, BigDecimal> weights) {

	/** The highest score on a criterion. */
	public static final BigDecimal MAX_SCORE = BigDecimal.TEN;

	public Scoring {
		EnumMap<Criterion, BigDecimal> copy = new EnumMap<>(Criterion.class);
		BigDecimal sum = BigDecimal.ZERO;
		for (Criterion criterion : Criterion.values()) {
			BigDecimal weight = weights.getOrDefault(criterion, BigDecimal.ZERO);
			if (weight.signum() < 0) {
				throw new IllegalArgumentException("negative weight for " + criterion);
			}
			copy.put(criterion, weight);
			sum = sum.add(weight);
		}
		if (sum.signum() == 0) {
			throw new IllegalArgumentException("at least one weight must be above zero");
		}
		for (Criterion criterion : Criterion.values()) {
			copy.put(criterion, copy.get(criterion).divide(sum, 6, RoundingMode.HALF_EVEN));
		}
		weights = java.util.Collections.unmodifiableMap(copy);
	}

	/** Equal weights. */
	public static Scoring equal() {
		Map<Criterion, BigDecimal> weights = new EnumMap<>(Criterion.class);
		for (Criterion criterion : Criterion.values()) {
			weights.put(criterion, BigDecimal.ONE);
		}
		return new Scoring(weights);
	}

	/** The weighted score (0–10, two decimals) of a project's criterion scores. */
	public BigDecimal score(Map<Criterion, BigDecimal> scores) {
		BigDecimal total = BigDecimal.ZERO;
		for (Criterion criterion : Criterion.values()) {
			BigDecimal score = scores.get(criterion);
			if (score != null) {
				total = total.add(weights.get(criterion).multiply(score));
			}
		}
		return total.setScale(2, RoundingMode.HALF_EVEN);
	}

	/** Checks one criterion score. */
	public static void checkScore(BigDecimal score) {
		if (score != null && (score.signum() < 0 || score.compareTo(MAX_SCORE) > 0)) {
			throw new org.smartcityplanner.shared.InvalidInputException("actionplan.score.outOfRange", score);
		}
	}
}
