package org.smartcityplanner.participation.domain.ballot.counting;

/**
 * The completion {@link EqualSharesCount} did before it reused repeated rounds, kept as the reference: at every
 * budget step the Method of Equal Shares runs again from the first round.
 */
final class StraightforwardCompletion {

	private StraightforwardCompletion() {
	}

	static Outcome count(Election election, long step) {
		CountingIndex index = new CountingIndex(election);
		long budget = election.budget();
		EqualSharesRun kept = new EqualSharesRun(index, budget);
		long divided = budget;
		while (index.voterCount > 0 && !EqualSharesCount.exhaustive(index, kept, budget)) {
			EqualSharesRun next = new EqualSharesRun(index, Math.addExact(divided, step));
			if (next.spent > budget) {
				break;
			}
			kept = next;
			divided += step;
		}
		return EqualSharesCount.outcome(index, kept, true);
	}
}
