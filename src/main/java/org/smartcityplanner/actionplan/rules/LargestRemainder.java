package org.smartcityplanner.actionplan.rules;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shares a whole number of satang in proportion to weights without losing a satang: everyone gets the
 * proportional share rounded down, and the satang left over go one each to the largest remainders, the key
 * listed first winning a tie.
 */
public final class LargestRemainder {

	private LargestRemainder() {
	}

	/**
	 * @param amount what to share, in satang
	 * @param weights a weight (≥ 0) per key, in order; their sum must be positive
	 * @return the share per key, in the same order, summing to {@code amount}
	 */
	public static Map<String, Long> share(long amount, Map<String, Long> weights) {
		long weightSum = weights.values().stream().mapToLong(Long::longValue).sum();
		if (weightSum <= 0) {
			throw new IllegalArgumentException("weights must add up to more than zero");
		}
		Map<String, Long> shares = new LinkedHashMap<>();
		List<Map.Entry<String, BigInteger>> remainders = new ArrayList<>();
		long given = 0;
		BigInteger total = BigInteger.valueOf(weightSum);
		for (Map.Entry<String, Long> weight : weights.entrySet()) {
			BigInteger[] division = BigInteger.valueOf(amount).multiply(BigInteger.valueOf(weight.getValue()))
				.divideAndRemainder(total);
			shares.put(weight.getKey(), division[0].longValueExact());
			given += division[0].longValueExact();
			remainders.add(Map.entry(weight.getKey(), division[1]));
		}
		List<Map.Entry<String, BigInteger>> order = new ArrayList<>(remainders);
		order.sort(Comparator.comparing(Map.Entry<String, BigInteger>::getValue).reversed());
		for (int i = 0; given < amount; i++, given++) {
			shares.merge(order.get(i).getKey(), 1L, Long::sum);
		}
		return shares;
	}
}
