package org.smartcityplanner.training.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OptionOrderTests {

	@Test
	void theOrderIsAPermutationAndTheSameEachTimeOneTraineeOpensTheQuestion() {
		List<Integer> first = OptionOrder.of(42, 7, 4);
		assertThat(first).containsExactlyInAnyOrder(0, 1, 2, 3);
		for (int i = 0; i < 5; i++) {
			assertThat(OptionOrder.of(42, 7, 4)).isEqualTo(first);
		}
	}

	@Test
	void traineesSeeDifferentOrdersAndTheCorrectOptionLandsInEveryPlace() {
		Set<List<Integer>> orders = new HashSet<>();
		Map<Integer, Integer> placeOfFirstOption = new HashMap<>();
		for (long trainee = 1; trainee <= 60; trainee++) {
			List<Integer> order = OptionOrder.of(trainee, 7, 4);
			orders.add(order);
			placeOfFirstOption.merge(order.indexOf(0), 1, Integer::sum);
		}
		assertThat(orders).hasSizeGreaterThan(10);
		assertThat(placeOfFirstOption).containsOnlyKeys(0, 1, 2, 3);
		assertThat(placeOfFirstOption.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(5));
		Set<List<Integer>> oneTraineesOrders = new HashSet<>();
		for (long question = 1; question <= 20; question++) {
			oneTraineesOrders.add(OptionOrder.of(1, question, 4));
		}
		assertThat(oneTraineesOrders).as("one trainee's questions are not all in one order").hasSizeGreaterThan(5);
	}
}
