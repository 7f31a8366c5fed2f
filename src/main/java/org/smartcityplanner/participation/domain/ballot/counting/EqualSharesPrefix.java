package org.smartcityplanner.participation.domain.ballot.counting;

import java.util.Arrays;

/**
 * The first rounds of an Equal Shares run that every run with a larger budget repeats exactly, so completion (which
 * raises the budget step by step and runs again) does not redo them.
 *
 * <p>Why they repeat. Call c/|S| a candidate's <em>plain share</em> (cost over supporters): nobody's ρ is ever below
 * it. A round is kept here when its winner has the smallest plain share of all candidates not yet bought (tie rule
 * on equal ones, candidates found unaffordable included) and every supporter holds <em>more</em> than that share,
 * so all pay exactly ρ = c/|S| and everyone keeps something. If all rounds before it were of this kind, nobody has
 * ever paid all they had, so each voter holds the share minus the ρ values they paid; with a larger share every
 * voter holds the same amount more. Then the winner's supporters still hold more than its plain share, it is
 * affordable at the same ρ, and no other candidate can beat it (its ρ is at least its own plain share, which is
 * larger or loses the tie rule). By induction the rounds, their ρ and who paid are the same at any larger budget.
 * (A voter holding exactly ρ would hold nothing afterwards at this budget but something at a larger one, so such
 * a round ends the prefix.)
 */
final class EqualSharesPrefix {

	private final long totalBudget;
	private final int[] plainShareOrder;
	private final int[] candidates;
	private final Rational[] rhos;
	private final long spent;
	private final EqualSharesMoney.Snapshot money;

	private EqualSharesPrefix(long totalBudget, int[] plainShareOrder, int[] candidates, Rational[] rhos, long spent,
			EqualSharesMoney.Snapshot money) {
		this.totalBudget = totalBudget;
		this.plainShareOrder = plainShareOrder;
		this.candidates = candidates;
		this.rhos = rhos;
		this.spent = spent;
		this.money = money;
	}

	/** No rounds yet: valid for any budget. */
	static EqualSharesPrefix none(CountingIndex index) {
		Integer[] order = new Integer[index.candidateCount];
		int supported = 0;
		for (int c = 0; c < index.candidateCount; c++) {
			if (index.supporters[c].length > 0) {
				order[supported++] = c;
			}
		}
		Arrays.sort(order, 0, supported, (a, b) -> {
			int byShare = plainShare(index, a).compareTo(plainShare(index, b));
			return byShare != 0 ? byShare : Integer.compare(index.tieRank[a], index.tieRank[b]);
		});
		int[] plainShareOrder = new int[supported];
		for (int i = 0; i < supported; i++) {
			plainShareOrder[i] = order[i];
		}
		return new EqualSharesPrefix(0, plainShareOrder, new int[0], new Rational[0], 0, null);
	}

	static Rational plainShare(CountingIndex index, int candidate) {
		return Rational.of(index.cost[candidate], index.supporters[candidate].length);
	}

	/**
	 * The rounds of a run at {@code totalBudget} so far, all of the kind described above, with the money after them.
	 */
	EqualSharesPrefix extendedTo(long totalBudget, int[] candidates, Rational[] rhos, long spent,
			EqualSharesMoney.Snapshot money) {
		if (totalBudget < this.totalBudget) {
			throw new IllegalArgumentException("a prefix only holds for larger budgets");
		}
		return new EqualSharesPrefix(totalBudget, plainShareOrder, candidates, rhos, spent, money);
	}

	/** Throws unless a run at this budget repeats these rounds: the budget they were found at or larger. */
	void checkHoldsAt(long budget) {
		if (budget < totalBudget) {
			throw new IllegalArgumentException("prefix found at " + totalBudget + " does not hold at " + budget);
		}
	}

	/** Supported candidates by plain share, then the tie rule. */
	int[] plainShareOrder() {
		return plainShareOrder;
	}

	int rounds() {
		return candidates.length;
	}

	int candidate(int round) {
		return candidates[round];
	}

	Rational rho(int round) {
		return rhos[round];
	}

	long spent() {
		return spent;
	}

	/** The money classes after these rounds; null when there are none. */
	EqualSharesMoney.Snapshot money() {
		return money;
	}
}
