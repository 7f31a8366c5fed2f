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

	private static final int[] NONE = new int[0];

	final List<Purchase> purchases = new ArrayList<>();
	final Rational perVoter;
	long spent;
	private final CountingIndex index;
	private final long totalBudget;
	private final EqualSharesMoney money;
	private final EqualSharesWaterLevel waterLevel;
	private EqualSharesPrefix longestPrefix;

	EqualSharesRun(CountingIndex index, long totalBudget) {
		this(index, totalBudget, EqualSharesPrefix.none(index));
	}

	/**
	 * A run that takes the rounds of {@code prefix} as decided (they repeat at any larger budget, see
	 * {@link EqualSharesPrefix}) and counts on from there: the same outcome as a run from the first round.
	 *
	 * @param prefix found at this budget or a smaller one
	 */
	EqualSharesRun(CountingIndex index, long totalBudget, EqualSharesPrefix prefix) {
		prefix.checkHoldsAt(totalBudget);
		this.index = index;
		this.totalBudget = totalBudget;
		this.perVoter = index.voterCount == 0 ? Rational.ZERO : Rational.of(totalBudget, index.voterCount);
		this.money = new EqualSharesMoney(index, perVoter, prefix);
		this.waterLevel = new EqualSharesWaterLevel(money);
		this.longestPrefix = prefix;
		for (int round = 0; round < prefix.rounds(); round++) {
			int c = prefix.candidate(round);
			Rational rho = prefix.rho(round);
			// everyone paid ρ in full in these rounds: all supporters are payers unless ρ is 0
			purchases.add(new Purchase(c, rho, rho.signum() > 0 ? index.supporters[c].length : 0, NONE, NONE, money));
		}
		spent = prefix.spent();
		run(prefix);
	}

	/** The rounds of this run that every run with a larger budget repeats. */
	EqualSharesPrefix longestPrefix() {
		return longestPrefix;
	}

	private void run(EqualSharesPrefix prefix) {
		boolean[] taken = new boolean[index.candidateCount];
		purchases.forEach(purchase -> taken[purchase.candidate()] = true);
		double[] lastGuess = new double[index.candidateCount];
		List<Integer> remaining = new ArrayList<>();
		for (int c = 0; c < index.candidateCount; c++) {
			if (index.supporters[c].length > 0 && !taken[c]) {
				lastGuess[c] = (double) index.cost[c] / index.supporters[c].length;
				remaining.add(c);
			}
		}
		int[] plainShareOrder = prefix.plainShareOrder();
		int cheapestPlainShare = 0;
		boolean repeating = true;
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
				break;
			}
			Rational rho = exact(best, exact, lastGuess);
			if (repeating) {
				while (taken[plainShareOrder[cheapestPlainShare]]) {
					cheapestPlainShare++;
				}
				repeating = plainShareOrder[cheapestPlainShare] == best
						&& rho.compareTo(EqualSharesPrefix.plainShare(index, best)) == 0
						&& money.allHoldMoreThan(index.supporters[best], rho);
				if (!repeating) {
					recordPrefix(prefix);
				}
			}
			remaining.remove(Integer.valueOf(best));
			taken[best] = true;
			charge(best, rho);
		}
		if (repeating) {
			recordPrefix(prefix);
		}
	}

	/** Keeps the rounds so far as the longest prefix when they are more than the run started from. */
	private void recordPrefix(EqualSharesPrefix start) {
		int rounds = purchases.size();
		if (rounds > start.rounds()) {
			int[] candidates = new int[rounds];
			Rational[] rhos = new Rational[rounds];
			for (int round = 0; round < rounds; round++) {
				candidates[round] = purchases.get(round).candidate();
				rhos[round] = purchases.get(round).rho();
			}
			longestPrefix = start.extendedTo(totalBudget, candidates, rhos, spent, money.snapshot());
		}
	}

	/** Whether c beats the best so far: a smaller ρ, decided exactly when the guesses are close, then the tie rule. */
	private boolean better(int c, int best, double[] guess, Rational[] exact) {
		if (Math.abs(guess[c] - guess[best]) > money.margin(guess[best])) {
			return guess[c] < guess[best];
		}
		int byRho = exact(c, exact, guess).compareTo(exact(best, exact, guess));
		return byRho < 0 || byRho == 0 && index.tieRank[c] < index.tieRank[best];
	}

	private Rational exact(int c, Rational[] exact, double[] guess) {
		if (exact[c] == null) {
			exact[c] = exactRho(c, guess[c]);
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
				&& money.holdLessThan(supporters, cost)) {
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

	/**
	 * The smallest ρ with Σ min(money, ρ) = cost over the supporters, exactly (the supporters can afford it).
	 *
	 * @param rhoGuess {@link #rhoGuess} of c with the money as it is now
	 */
	Rational exactRho(int c, double rhoGuess) {
		int[] supporters = index.supporters[c];
		Rational cost = Rational.of(index.cost[c]);
		if (index.cost[c] == 0) {
			return Rational.ZERO;
		}
		double[] guesses = new double[supporters.length];
		for (int i = 0; i < supporters.length; i++) {
			guesses[i] = money.guess(supporters[i]);
		}
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
			return waterLevel.exact(supporters, cost);
		}
		Rational rho = money.shareOfTheRest(index.cost[c], poor, poorCount, supporters.length - poorCount);
		if (confirmed(supporters, guesses, rhoGuess, rho)) {
			return rho;
		}
		Rational banded = waterLevel.nearGuess(supporters, guesses, rhoGuess, cost);
		return banded != null ? banded : waterLevel.exact(supporters, cost);
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
