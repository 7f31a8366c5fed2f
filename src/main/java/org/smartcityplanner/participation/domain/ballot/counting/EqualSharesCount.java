package org.smartcityplanner.participation.domain.ballot.counting;

import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counting by the Method of Equal Shares (equalshares.net) with approval utilities, then completion.
 *
 * <p>Completion as pabutools' {@code exhaustion_by_budget_increase} does it: the budget the run divides among the
 * voters is raised step by step while the run's outcome still costs no more than the real budget; the last such
 * outcome is kept (the first one that is exhaustive ends the search early). The default step is 1 % of the real
 * budget (pabutools' default); {@link #count(Election, long)} takes another, e.g. the number of voters for
 * equalshares.net's "add1" (one unit more per voter). Then the money still left is filled greedily (most approvals
 * first, skip what does not fit), as pabutools' {@code completion_by_rule_combination} with greedy does. Each run
 * of completion starts after the rounds that every larger budget repeats ({@link EqualSharesPrefix}): the same
 * outcome as running from the first round, about a third of the rounds on large elections.
 *
 * <p>All money decisions (can the supporters pay, which ρ is smaller, is it a tie, who pays all they have) are
 * exact: shares are fractions of whole budget units ({@link Rational}). Doubles only guess, and a guess decides
 * nothing unless it is a million times clearer than its rounding error (see {@link EqualSharesRun}).
 */
public final class EqualSharesCount {

	/** The method name in {@link Outcome#method()}. */
	public static final String METHOD = "equal-shares";

	private EqualSharesCount() {
	}

	/** Counts with completion in steps of 1 % of the budget (at least one unit). */
	public static Outcome count(Election election) {
		return count(election, Math.max(1, election.budget() / 100));
	}

	/**
	 * @param election what to count
	 * @param step how much the divided budget rises per completion step, at least 1
	 * @return the outcome with the chosen candidates, their payers and why the others lost
	 */
	public static Outcome count(Election election, long step) {
		if (step < 1) {
			throw new IllegalArgumentException("completion step must be at least 1, was " + step);
		}
		CountingIndex index = new CountingIndex(election);
		long budget = election.budget();
		EqualSharesRun kept = new EqualSharesRun(index, budget);
		long divided = budget;
		while (index.voterCount > 0 && !exhaustive(index, kept, budget)) {
			// each run starts after the rounds every larger budget repeats (EqualSharesPrefix): same outcome, less work
			EqualSharesRun next = new EqualSharesRun(index, Math.addExact(divided, step), kept.longestPrefix());
			if (next.spent > budget) {
				break;
			}
			kept = next;
			divided += step;
		}
		return outcome(index, kept, true);
	}

	/** The Method of Equal Shares alone, without completion: what the literature's examples show. */
	public static Outcome countWithoutCompletion(Election election) {
		CountingIndex index = new CountingIndex(election);
		return outcome(index, new EqualSharesRun(index, election.budget()), false);
	}

	static boolean exhaustive(CountingIndex index, EqualSharesRun run, long budget) {
		boolean[] taken = taken(index, run);
		for (int c = 0; c < index.candidateCount; c++) {
			if (!taken[c] && index.supporters[c].length > 0 && index.cost[c] <= budget - run.spent) {
				return false;
			}
		}
		return true;
	}

	private static boolean[] taken(CountingIndex index, EqualSharesRun run) {
		boolean[] taken = new boolean[index.candidateCount];
		run.purchases.forEach(purchase -> taken[purchase.candidate()] = true);
		return taken;
	}

	static Outcome outcome(CountingIndex index, EqualSharesRun run, boolean complete) {
		List<String> selected = new ArrayList<>();
		Map<String, CandidateExplanation> explanations = new HashMap<>();
		int round = 0;
		for (EqualSharesRun.Purchase purchase : run.purchases) {
			int c = purchase.candidate();
			String id = index.id(c);
			selected.add(id);
			explanations.put(id, new CandidateExplanation(id, index.approvals(c), true, ++round,
					Reason.PAID_BY_SUPPORTERS, index.tieRank[c] + 1, purchase.payers(),
					EqualSharesPayments.money(purchase.rho()), EqualSharesPayments.money(Rational.of(index.cost[c])),
					null, null));
		}
		boolean[] taken = taken(index, run);
		for (int c = 0; c < index.candidateCount; c++) {
			if (!taken[c] && index.supporters[c].length > 0) {
				String id = index.id(c);
				explanations.put(id, new CandidateExplanation(id, index.approvals(c), false, 0, Reason.SUPPORTERS_SHORT,
						index.tieRank[c] + 1, 0, null, null, run.shortfall(c).toBigDecimal(2, RoundingMode.CEILING),
						null));
			}
		}
		long left = index.election.budget() - run.spent;
		if (complete) {
			left = GreedyCount.fill(index, taken, left, Reason.FITTED_AFTER_EQUAL_SHARES, round, selected, explanations);
		} else {
			GreedyCount.explainUnsupported(index, explanations);
		}
		return new Outcome(METHOD, selected, index.election.budget() - left, explanations, TieRule.MORE_APPROVALS_THEN_LOWER_COST_THEN_BALLOT_ORDER,
				EqualSharesPayments.money(run.perVoter), new EqualSharesPayments(index, run.purchases));
	}
}
