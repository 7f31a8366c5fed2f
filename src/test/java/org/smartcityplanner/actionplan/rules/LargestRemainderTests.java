package org.smartcityplanner.actionplan.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LargestRemainderTests {

	@Test
	void aSatangThatCannotBeSharedGoesToTheFirstListedOnATie() {
		Map<String, Long> weights = new LinkedHashMap<>();
		weights.put("A", 1L);
		weights.put("B", 1L);
		weights.put("C", 1L);
		assertThat(LargestRemainder.share(100, weights)).containsExactly(Map.entry("A", 34L), Map.entry("B", 33L),
				Map.entry("C", 33L));
	}

	@Test
	void theLargestRemainderWinsOverListOrder() {
		Map<String, Long> weights = new LinkedHashMap<>();
		weights.put("A", 1L);
		weights.put("B", 2L);
		// 10 * 1/3 = 3.33, 10 * 2/3 = 6.67 -> B gets the leftover satang
		assertThat(LargestRemainder.share(10, weights)).containsExactly(Map.entry("A", 3L), Map.entry("B", 7L));
	}

	@Test
	void zeroWeightsCannotBeShared() {
		assertThatThrownBy(() -> LargestRemainder.share(10, Map.of("A", 0L)))
			.isInstanceOf(IllegalArgumentException.class);
	}
}
