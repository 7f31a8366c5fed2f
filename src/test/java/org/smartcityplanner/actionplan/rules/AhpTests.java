package org.smartcityplanner.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class AhpTests {

	@Test
	void aPerfectlyConsistentMatrixGivesItsRatioWeightsAndZeroConsistencyRatio() {
		// weights 4:2:1 -> a12 = 2, a13 = 4, a23 = 2
		Ahp.Result result = Ahp.weigh(Ahp.reciprocal(new double[][] { { 1, 2, 4 }, { 0, 1, 2 }, { 0, 0, 1 } }));
		assertThat(result.weights().get(0)).isCloseTo(4.0 / 7, within(1e-9));
		assertThat(result.weights().get(1)).isCloseTo(2.0 / 7, within(1e-9));
		assertThat(result.weights().get(2)).isCloseTo(1.0 / 7, within(1e-9));
		assertThat(result.lambdaMax()).isCloseTo(3, within(1e-9));
		assertThat(result.consistencyRatio()).isCloseTo(0, within(1e-9));
		assertThat(result.inconsistent()).isFalse();
	}

	@Test
	void saatysTextbookExampleHasTheKnownWeightsAndConsistencyRatio() {
		// Saaty's 3-criterion example: 1 3 5 / 1/3 1 3 / 1/5 1/3 1 -> w = (0.637, 0.258, 0.105), CR = 0.033
		Ahp.Result result = Ahp.weigh(Ahp.reciprocal(new double[][] { { 1, 3, 5 }, { 0, 1, 3 }, { 0, 0, 1 } }));
		assertThat(result.weights().get(0)).isCloseTo(0.637, within(0.001));
		assertThat(result.weights().get(1)).isCloseTo(0.258, within(0.001));
		assertThat(result.weights().get(2)).isCloseTo(0.105, within(0.001));
		assertThat(result.lambdaMax()).isCloseTo(3.039, within(0.001));
		assertThat(result.consistencyRatio()).isCloseTo(0.033, within(0.001));
	}

	@Test
	void contradictoryJudgementsAreFlaggedAboveTenPercent() {
		// A > B, B > C, but C much more important than A
		Ahp.Result result = Ahp.weigh(Ahp.reciprocal(new double[][] { { 1, 5, 1.0 / 7 }, { 0, 1, 5 }, { 0, 0, 1 } }));
		assertThat(result.consistencyRatio()).isGreaterThan(Ahp.ACCEPTABLE_CR);
		assertThat(result.inconsistent()).isTrue();
	}

	@Test
	void sixCriteriaWeightsSumToOne() {
		double[][] upper = new double[6][6];
		for (int i = 0; i < 6; i++) {
			for (int j = i + 1; j < 6; j++) {
				upper[i][j] = j - i <= 2 ? 2 : 3;
			}
		}
		Ahp.Result result = Ahp.weigh(Ahp.reciprocal(upper));
		assertThat(result.weights().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
		assertThat(result.weights().get(0)).isGreaterThan(result.weights().get(5));
	}

	@Test
	void judgementsOutsideSaatysScaleAreRefused() {
		assertThatThrownBy(() -> Ahp.reciprocal(new double[][] { { 1, 12 }, { 0, 1 } }))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Ahp.reciprocal(new double[][] { { 1, 0 }, { 0, 1 } }))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
