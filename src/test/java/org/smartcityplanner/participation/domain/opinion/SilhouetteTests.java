package org.smartcityplanner.participation.domain.opinion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SilhouetteTests {

	@Test
	void matchesTheHandComputedSilhouetteOfTwoPairs() {
		// points 0, 1 | 4, 5 on a line: s(0) = (4.5 − 1)/4.5 = 7/9, s(1) = (3.5 − 1)/3.5 = 5/7, symmetric
		double[][] points = { { 0, 0 }, { 1, 0 }, { 4, 0 }, { 5, 0 } };

		double silhouette = Silhouette.of(points, new int[] { 0, 0, 1, 1 }, 2);

		assertThat(silhouette).isCloseTo(47.0 / 63, within(1e-12));
	}

	@Test
	void aPointAloneInItsGroupCountsAsZero() {
		// s(0) = 0 (alone); s(1): a = 1, b = 1 → 0; s(2): a = 1, b = 2 → ½
		double[][] points = { { 0, 0 }, { 1, 0 }, { 2, 0 } };

		assertThat(Silhouette.of(points, new int[] { 0, 1, 1 }, 2)).isCloseTo(0.5 / 3, within(1e-12));
	}

	@Test
	void aWrongSplitScoresBelowTheRightOne() {
		double[][] points = { { 0, 0 }, { 1, 0 }, { 4, 0 }, { 5, 0 } };

		assertThat(Silhouette.of(points, new int[] { 0, 1, 0, 1 }, 2))
			.isLessThan(Silhouette.of(points, new int[] { 0, 0, 1, 1 }, 2));
	}
}
