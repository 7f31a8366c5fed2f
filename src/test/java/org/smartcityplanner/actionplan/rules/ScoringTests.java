package org.smartcityplanner.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.InvalidInputException;

class ScoringTests {

	@Test
	void weightsAreNormalisedAndTheScoreIsTheirWeightedSum() {
		Scoring scoring = new Scoring(Map.of(Criterion.ALIGNMENT, new BigDecimal("3"), Criterion.READINESS,
				new BigDecimal("1")));
		assertThat(scoring.weights().get(Criterion.ALIGNMENT)).isEqualByComparingTo("0.75");
		assertThat(scoring.weights().get(Criterion.PUBLIC_SUPPORT)).isEqualByComparingTo("0");
		assertThat(scoring.score(Map.of(Criterion.ALIGNMENT, new BigDecimal("8"), Criterion.READINESS,
				new BigDecimal("4")))).isEqualByComparingTo("7.00");
	}

	@Test
	void aMissingScoreCountsAsZero() {
		assertThat(Scoring.equal().score(Map.of(Criterion.ALIGNMENT, new BigDecimal("6")))).isEqualByComparingTo("1.00");
	}

	@Test
	void allZeroOrNegativeWeightsAndScoresOutsideZeroToTenAreRefused() {
		assertThatThrownBy(() -> new Scoring(Map.of())).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Scoring(Map.of(Criterion.ALIGNMENT, new BigDecimal("-1"))))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> Scoring.checkScore(new BigDecimal("11"))).isInstanceOf(InvalidInputException.class);
	}
}
