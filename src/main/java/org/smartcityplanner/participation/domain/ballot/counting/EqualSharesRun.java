package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * One run of the Method of Equal Shares with approval utilities at a fixed total budget: every voter gets
 * budget/n; in each round the candidate whose cost its supporters can cover with the smallest maximal payment ρ is
 * chosen (supporters with less than ρ pay all they have), ties by {@link TieRule}; the run ends when no candidate's
 * supporters can cover its cost. Follows the equalshares.net reference code, including its shortcut: a candidate's ρ
 * only rises from round to round (budgets only fall), so candidates whose last ρ is already worse than the best
 * found this round are not recomputed.
 *
 * <p>Exact and fast together: a voter's money is either 0 (they once paid all they had) or budget/n minus the ρ of
 * each project they paid in full, so any sum of voters' money is an integer combination of those few exact
 * fractions ({@link EqualSharesMoney}). Doubles only guess which supporters pay all they have; every guess is
 * confirmed exactly (doubles far from the boundary are trusted only with a margin a million times their error),
 * and an exact water-filling takes over when it cannot be.
 */
final class EqualSharesRun {

	/**
	 * One chosen candidate and who paid how much: ρ, or for the listed partial payers all the money of their money
	 * class at the time (worked out exactly only when asked: most runs of completion are never shown).
	 */
	record Purchase(int candidate, Rational rho, int payers, int[] partialPayers, int[] partialClasses,
			EqualSharesMoney money) {

		Rational partialAmount(int position) {
			return money.classMoney(partialClasses[position]);
		}
	}

	final List<Purchase> purchases = new ArrayList<>();
	final Rational perVoter;
	long spent;
	private final CountingIndex index;
	private final EqualSharesMoney money;

	EqualSharesRun(CountingIndex index, long totalBudget) {
		this.index = index;
		this.perVoter = index.voterCount == 0 ? Rational.ZERO : Rational.of(totalBudget, index.voterCount);
		this.money = new EqualSharesMoney(index, perVoter);
		run();
	}

	private void run() {
		double[] lastGuess = new double[index.candidateCount];
		List<Integer> remaining = new ArrayList<>();
		for (int c = 0; c < index.candidateCount; c++) {
			if (index.supporters[c].length > 0) {
				lastGuess[c] = (double) index.cost[c] / index.supporters[c].length;
				remaining.add(c);
			}
		}
		while (!remaining.isEmpty()) {
			remaining.sort(Comparator.<Integer>comparingDouble(c -> lastGuess[c]).thenComparingInt(c -> index.tieRank[c]));
			Rational[] exact = new Rational[index.candidateCount];
			int best = -1;
			for (var iterator = remaining.iterator(); iterator.hasNext();) {
				int c = iterator.next();
				if (best >= 0 && lastGuess[c] > lastGuess[best] + money.margin(lastGuess[best])) {
					break;
				}
				double guess = rhoGuess(c);
				if (Double.isNaN(guess)) {
					iterator.remove();
					continue;
				}
				lastGuess[c] = guess;
				if (best < 0 || better(c, best, lastGuess, exact)) {
					best = c;
				}
			}
			if (best < 0) {
				return;
			}
			remaining.remove(Integer.valueOf(best));
			charge(best, exact(best, exact));
		}
	}

	/** Whether c beats the best so far: a smaller ρ, decided exactly when the guesses are close, then the tie rule. */
	private boolean better(int c, int best, double[] guess, Rational[] exact) {
		if (Math.abs(guess[c] - guess[best]) > money.margin(guess[best])) {
			return guess[c] < guess[best];
		}
		int byRho = exact(c, exact).compareTo(exact(best, exact));
		return byRho < 0 || byRho == 0 && index.tieRank[c] < index.tieRank[best];
	}

	private Rational exact(int c, Rational[] exact) {
		if (exact[c] == null) {
			exact[c] = exactRho(c);
		}
		return exact[c];
	}

	/**
	 * A close guess of ρ, or NaN when the supporters' money falls short of the cost (decided exactly when close). The
	 * level is found by raising it from the equal share: the supporters below it pay all they have, the others
	 * share the rest; repeat until nobody new falls below. No sort needed.
	 */
	double rhoGuess(int c) {
		int[] supporters = index.supporters[c];
		long cost = index.cost[c];
		double total = 0;
		for (int v : supporters) {
			total += money.guess(v);
		}
		double sumMargin = money.margin(total) * supporters.length;
		if (total < cost - sumMargin || Math.abs(total - cost) <= sumMargin
				&& money.sum(supporters, supporters.length).compareTo(Rational.of(cost)) < 0) {
			return Double.NaN;
		}
		double level = (double) cost / supporters.length;
		while (true) {
			double poorMoney = 0;
			int poor = 0;
			for (int v : supporters) {
				double amount = money.guess(v);
				if (amount < level) {
					poorMoney += amount;
					poor++;
				}
			}
			if (poor == supporters.length) {
				return level;
			}
			double next = (cost - poorMoney) / (supporters.length - poor);
			if (next <= level) {
				return level;
			}
			level = next;
		}
	}

	/** The smallest ρ with Σ min(money, ρ) = cost over the supporters, exactly (the supporters can afford it). */
	Rational exactRho(int c) {
		int[] supporters = index.supporters[c];
		Rational cost = Rational.of(index.cost[c]);
		if (index.cost[c] == 0) {
			return Rational.ZERO;
		}
		double[] guesses = new double[supporters.length];
		for (int i = 0; i < supporters.length; i++) {
			guesses[i] = money.guess(supporters[i]);
		}
		double rhoGuess = rhoGuess(c);
		// the supporters guessed to pay all they have
		int[] poor = new int[supporters.length];
		int poorCount = 0;
		for (int i = 0; i < supporters.length; i++) {
			if (guesses[i] < rhoGuess) {
				poor[poorCount++] = supporters[i];
			}
		}
		if (poorCount == supporters.length) {
			// the supporters' money covers the cost only just: doubles cannot tell who keeps a little
			return exactWaterLevel(supporters, cost);
		}
		Rational rho = cost.minus(money.sum(poor, poorCount)).dividedBy(supporters.length - poorCount);
		if (confirmed(supporters, guesses, rhoGuess, rho)) {
			return rho;
		}
		Rational banded = bandWaterLevel(supporters, guesses, rhoGuess, cost);
		return banded != null ? banded : exactWaterLevel(supporters, cost);
	}

	/**
	 * Whether the supporters guessed poor (below {@code level}) hold at most ρ and all others at least ρ, exactly:
	 * then ρ is the water level.
	 */
	private boolean confirmed(int[] supporters, double[] guesses, double level, Rational rho) {
		double rhoGuess = rho.approximate();
		double margin = money.margin(rhoGuess);
		for (int i = 0; i < supporters.length; i++) {
			boolean poor = guesses[i] < level;
			boolean certain = poor ? guesses[i] < rhoGuess - margin : guesses[i] > rhoGuess + margin;
			if (!certain) {
				int byMoney = money.exact(supporters[i]).compareTo(rho);
				if (poor ? byMoney > 0 : byMoney < 0) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Water-filling where doubles were too close to call: supporters whose guess is clearly below the guessed level
	 * pay all they have (their exact sum is cheap), those clearly above pay ρ, and only the money classes near the
	 * level are ordered exactly. The result is checked against the clear ones; null when the check fails.
	 */
	private Rational bandWaterLevel(int[] supporters, double[] guesses, double level, Rational cost) {
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
		Rational share = waterLevel(Arrays.copyOf(band, bandCount), money.sum(poor, poorCount),
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
	private Rational exactWaterLevel(int[] supporters, Rational cost) {
		Rational share = waterLevel(supporters, Rational.ZERO, supporters.length, cost);
		if (share == null) {
			throw new IllegalStateException("supporters' money covers the cost but no share was found");
		}
		return share;
	}

	/**
	 * Exact water-filling over the money classes of {@code voters}, after others already paid {@code paid} and with
	 * {@code left} payers still to share the rest (the voters and any who surely hold more); null when they cannot.
	 */
	private Rational waterLevel(int[] voters, Rational paid, long left, Rational cost) {
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

	private void charge(int c, Rational rho) {
		int[] supporters = index.supporters[c];
		double rhoGuess = rho.approximate();
		double margin = money.margin(rhoGuess);
		int[] partial = new int[supporters.length];
		int[] partialClasses = new int[supporters.length];
		int partialCount = 0;
		int payers = 0;
		money.bought(c, rho);
		for (int i = 0; i < supporters.length; i++) {
			int v = supporters[i];
			double guess = money.guess(v);
			int byRho = guess < rhoGuess - margin ? -1
					: guess > rhoGuess + margin ? 1 : money.exact(v).compareTo(rho);
			if (byRho <= 0) {
				if (byRho < 0) {
					partial[partialCount] = v;
					partialClasses[partialCount++] = money.classOf(v);
				}
				payers += money.holdsMoney(v) ? 1 : 0;
				money.empty(v);
			} else {
				payers += rho.signum();
				money.pay(v, index.supporterSlots[c][i], rhoGuess);
			}
		}
		purchases.add(new Purchase(c, rho, payers, Arrays.copyOf(partial, partialCount),
				Arrays.copyOf(partialClasses, partialCount), money));
		spent += index.cost[c];
	}

	/** Cost minus the supporters' money left at the end of the run. */
	Rational shortfall(int c) {
		int[] supporters = index.supporters[c];
		return Rational.of(index.cost[c]).minus(money.sum(supporters, supporters.length));
	}
}
