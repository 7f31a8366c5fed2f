package org.smartcityplanner.training.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The order in which one trainee sees the options of one question. Without it every trainee saw the bank's order,
 * and a bank whose correct answers sit mostly in one place rewards guessing that place. The order is drawn from a
 * seed made of the trainee and the question, so it is the same each time that trainee opens the test (before and
 * after the training, on any node) and differs from one trainee to the next. Only the display moves: the value
 * sent back is still the bank's index of the option, so scoring never sees the order.
 */
public final class OptionOrder {

	private OptionOrder() {
	}

	/** The bank indices of the options in the order this trainee sees them. */
	public static List<Integer> of(long traineeId, long questionId, int optionCount) {
		List<Integer> order = new ArrayList<>(optionCount);
		for (int i = 0; i < optionCount; i++) {
			order.add(i);
		}
		// java.util.Random's sequence is fixed by its specification, so a seed gives the same order on every JVM
		Collections.shuffle(order, new Random(seed(traineeId, questionId)));
		return List.copyOf(order);
	}

	private static long seed(long traineeId, long questionId) {
		// mixes both ids so neighbouring trainees (or questions) do not get related seeds
		long seed = traineeId * 0x9E3779B97F4A7C15L + questionId;
		seed ^= seed >>> 31;
		seed *= 0xBF58476D1CE4E5B9L;
		return seed ^ (seed >>> 29);
	}
}
