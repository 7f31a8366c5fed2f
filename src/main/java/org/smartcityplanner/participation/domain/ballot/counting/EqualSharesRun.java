package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One run of the Method of Equal Shares with approval utilities at a fixed total budget, in exact rationals: every
 * voter gets budget/n; in each round the candidate whose cost its supporters can cover with the smallest maximal
 * payment ρ is chosen (supporters with less than ρ pay all they have), ties by {@link TieRule}; the run ends when no
 * candidate's supporters can cover its cost. Follows the equalshares.net reference code, including its shortcut:
 * a candidate's ρ only rises from round to round (budgets only fall), so candidates whose last ρ is already worse
 * than the best found this round are not recomputed.
 */
final class EqualSharesRun {

	/** One chosen candidate and who paid how much. */
	record Purchase(int candidate, Rational rho, int payers, int[] partialPayers, Rational[] partialAmounts) {
	}

	final List<Purchase> purchases = new ArrayList<>();
	final Rational[] budget;
	final Rational perVoter;
	long spent;
	private final CountingIndex index;

	EqualSharesRun(CountingIndex index, long totalBudget) {
		this.index = index;
		this.budget = new Rational[index.voterCount];
		this.perVoter = index.voterCount == 0 ? Rational.ZERO : Rational.of(totalBudget, index.voterCount);
		Arrays.fill(budget, perVoter);
		run();
	}

	private void run() {
		Rational[] lastRho = new Rational[index.candidateCount];
		List<Integer> remaining = new ArrayList<>();
		for (int c = 0; c < index.candidateCount; c++) {
			if (index.supporters[c].length > 0) {
				lastRho[c] = Rational.of(index.cost[c], index.supporters[c].length);
				remaining.add(c);
			}
		}
		while (!remaining.isEmpty()) {
			remaining.sort(Comparator.<Integer, Rational>comparing(c -> lastRho[c]).thenComparingInt(c -> index.tieRank[c]));
			int best = -1;
			for (var iterator = remaining.iterator(); iterator.hasNext();) {
				int c = iterator.next();
				if (best >= 0 && lastRho[c].compareTo(lastRho[best]) > 0) {
					break;
				}
				Rational rho = rho(c);
				if (rho == null) {
					iterator.remove();
					continue;
				}
				lastRho[c] = rho;
				int byRho = best < 0 ? -1 : rho.compareTo(lastRho[best]);
				if (byRho < 0 || byRho == 0 && index.tieRank[c] < index.tieRank[best]) {
					best = c;
				}
			}
			if (best < 0) {
				return;
			}
			remaining.remove(Integer.valueOf(best));
			charge(best, lastRho[best]);
		}
	}

	/** The smallest ρ with Σ min(budget, ρ) = cost over the supporters, or null when their money falls short. */
	Rational rho(int c) {
		int[] supporters = index.supporters[c];
		Rational cost = Rational.of(index.cost[c]);
		Rational total = Rational.ZERO;
		Rational least = null;
		Map<Rational, Boolean> seen = new IdentityHashMap<>();
		for (int v : supporters) {
			Rational b = budget[v];
			total = total.plus(b);
			if (seen.put(b, Boolean.TRUE) == null && (least == null || b.compareTo(least) < 0)) {
				least = b;
			}
		}
		if (total.compareTo(cost) < 0) {
			return null;
		}
		Rational equalShare = cost.dividedBy(supporters.length);
		if (least.compareTo(equalShare) >= 0) {
			return equalShare;
		}
		Rational[] sorted = new Rational[supporters.length];
		for (int i = 0; i < supporters.length; i++) {
			sorted[i] = budget[supporters[i]];
		}
		Arrays.sort(sorted);
		Rational paid = Rational.ZERO;
		for (int i = 0; i < sorted.length; i++) {
			Rational share = cost.minus(paid).dividedBy(sorted.length - i);
			if (sorted[i].compareTo(share) >= 0) {
				return share;
			}
			paid = paid.plus(sorted[i]);
		}
		throw new IllegalStateException("supporters' money covers the cost but no share was found");
	}

	private void charge(int c, Rational rho) {
		int[] supporters = index.supporters[c];
		List<Integer> partial = new ArrayList<>();
		List<Rational> partialAmounts = new ArrayList<>();
		Map<Rational, Rational> afterPaying = new IdentityHashMap<>();
		int payers = 0;
		for (int v : supporters) {
			Rational b = budget[v];
			if (b.compareTo(rho) <= 0) {
				if (b.compareTo(rho) < 0) {
					partial.add(v);
					partialAmounts.add(b);
				}
				if (b.signum() > 0) {
					payers++;
				}
				budget[v] = Rational.ZERO;
			} else {
				payers += rho.signum();
				budget[v] = afterPaying.computeIfAbsent(b, x -> x.minus(rho));
			}
		}
		purchases.add(new Purchase(c, rho, payers, partial.stream().mapToInt(Integer::intValue).toArray(),
				partialAmounts.toArray(Rational[]::new)));
		spent += index.cost[c];
	}

	/** Cost minus the supporters' money left at the end of the run. */
	Rational shortfall(int c) {
		Rational total = Rational.ZERO;
		for (int v : index.supporters[c]) {
			total = total.plus(budget[v]);
		}
		return Rational.of(index.cost[c]).minus(total);
	}
}
