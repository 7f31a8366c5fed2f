package org.smartcityplanner.actionplan;

import java.util.List;

import org.smartcityplanner.actionplan.rules.Scoring;

/**
 * A province's criterion weights and how they were set.
 *
 * @param method {@code DIRECT} or {@code AHP}
 * @param scoring the normalised weights
 * @param pairwise the AHP judgements above the diagonal in criterion order (row i, column j &gt; i), empty for
 *        direct weights
 * @param consistencyRatio the AHP consistency ratio, {@code null} for direct weights
 */
public record WeightSettings(String method, Scoring scoring, List<List<Double>> pairwise, Double consistencyRatio) {

	/** Whether AHP judgements contradict each other (CR above 0.10). */
	public boolean inconsistent() {
		return consistencyRatio != null && consistencyRatio > org.smartcityplanner.actionplan.rules.Ahp.ACCEPTABLE_CR;
	}
}
