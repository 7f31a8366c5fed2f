package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Exact water-filling for one Equal Shares run, the slow paths for when doubles cannot tell near-equal amounts
 * apart: the ρ at which the supporters who hold less pay all they have and the others pay ρ, summing to the cost.
 * Works on money classes (all members hold the same amount), far fewer than the supporters.
 */
final class EqualSharesWaterLevel {

	private final EqualSharesMoney money;

	EqualSharesWaterLevel(EqualSharesMoney money) {
		this.money = money;
	}

	/**
	 * Water-filling where doubles were too close to call: supporters whose guess is clearly below the guessed level
	 * pay all they have (their exact sum is cheap), those clearly above pay ρ, and only the money classes near the
	 * level are ordered exactly. The result is checked against the clear ones; null when the check fails.
	 */
	Rational nearGuess(int[] supporters, double[] guesses, double level, Rational cost) {
		double margin = money.margin(level);
		int[] poor = new int[supporters.length];
		int poorCount = 0;
		int[] band = new int[supporters.length];
		int bandCount = 0;
		for (int i = 0; i < supporters.length; i++) {
			if (guesses[i] < level - margin) {
				poor[poorCount++] = supporters[i];
			} else if (guesses[i] <= level + margin) {
				band[bandCount++] = supporters[i];
			}
		}
		Rational share = level(Arrays.copyOf(band, bandCount), money.sum(poor, poorCount),
				supporters.length - poorCount, cost);
		if (share == null) {
			return null;
		}
		double shareGuess = share.approximate();
		double shareMargin = money.margin(shareGuess);
		for (int i = 0; i < supporters.length; i++) {
			boolean clearlyPoor = guesses[i] < level - margin;
			if (!clearlyPoor && guesses[i] <= level + margin) {
				continue;
			}
			boolean certain = clearlyPoor ? guesses[i] < shareGuess - shareMargin : guesses[i] > shareGuess + shareMargin;
			int byMoney = certain ? 0 : money.exact(supporters[i]).compareTo(share);
			if (clearlyPoor ? byMoney > 0 : byMoney < 0) {
				return null;
			}
		}
		return share;
	}

	/**
	 * Water-filling on exact values: the slow path, for when doubles cannot tell near-equal amounts apart. Works on
	 * the supporters' money classes (all members hold the same amount), far fewer than the supporters.
	 */
	Rational exact(int[] supporters, Rational cost) {
		Rational share = level(supporters, Rational.ZERO, supporters.length, cost);
		if (share == null) {
			throw new IllegalStateException("supporters' money covers the cost but no share was found");
		}
		return share;
	}

	/**
	 * Exact water-filling over the money classes of {@code voters}, after others already paid {@code paid} and with
	 * {@code left} payers still to share the rest (the voters and any who surely hold more); null when they cannot.
	 */
	private Rational level(int[] voters, Rational paid, long left, Rational cost) {
		int[] classes = new int[voters.length];
		for (int i = 0; i < voters.length; i++) {
			classes[i] = money.classOf(voters[i]);
		}
		Arrays.sort(classes);
		List<Rational> amounts = new ArrayList<>();
		List<Integer> members = new ArrayList<>();
		for (int i = 0; i < classes.length;) {
			int end = i;
			while (end < classes.length && classes[end] == classes[i]) {
				end++;
			}
			amounts.add(money.classMoney(classes[i]));
			members.add(end - i);
			i = end;
		}
		Integer[] order = new Integer[amounts.size()];
		Arrays.setAll(order, i -> i);
		Arrays.sort(order, Comparator.comparing(amounts::get));
		for (int group : order) {
			Rational share = cost.minus(paid).dividedBy(left);
			if (amounts.get(group).compareTo(share) >= 0) {
				return share;
			}
			paid = paid.plus(amounts.get(group).times(members.get(group)));
			left -= members.get(group);
		}
		return left > 0 ? cost.minus(paid).dividedBy(left) : null;
	}
}
