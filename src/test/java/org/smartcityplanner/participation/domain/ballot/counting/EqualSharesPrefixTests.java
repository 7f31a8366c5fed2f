package org.smartcityplanner.participation.domain.ballot.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Completion that resumes each run after the rounds every larger budget repeats ({@link EqualSharesPrefix}) against
 * the straightforward completion it replaced, which runs the Method of Equal Shares from the first round at every
 * budget ({@link StraightforwardCompletion}): the whole outcome must be the same, not only the selection.
 */
class EqualSharesPrefixTests {

	@Test
	void completionGivesTheSameOutcomeAsRunningEveryBudgetFromTheFirstRound() {
		Random random = new Random(21);
		int resumed = 0;
		for (int i = 0; i < 1500; i++) {
			Election election = i % 3 == 0 ? Elections.random(random) : i % 3 == 1 ? Elections.medium(random)
					: Elections.popular(random, 20 + random.nextInt(300));
			for (long step : List.of(Math.max(1, election.budget() / 100), (long) Math.max(1, election.ballots().size()))) {
				assertSameOutcome(EqualSharesCount.count(election, step), StraightforwardCompletion.count(election, step),
						election, "election " + i + " step " + step);
			}
			resumed += new EqualSharesRun(new CountingIndex(election), election.budget()).longestPrefix().rounds() > 0
					? 1 : 0;
		}
		assertThat(resumed).as("elections whose later runs skipped repeated rounds").isGreaterThan(600);
	}

	@Test
	void completionGivesTheSameOutcomeOnElectionsOfThousandsOfVoters() {
		Random random = new Random(22);
		for (int i = 0; i < 12; i++) {
			Election election = Elections.popular(random, 2000 + random.nextInt(3000));
			assertSameOutcome(EqualSharesCount.count(election), StraightforwardCompletion.count(election,
					Math.max(1, election.budget() / 100)), election, "election " + i);
		}
	}

	@Test
	void aRunResumedAfterTheRepeatedRoundsOfASmallerBudgetBuysWhatARunFromTheFirstRoundBuys() {
		Random random = new Random(23);
		for (int i = 0; i < 600; i++) {
			Election election = i % 2 == 0 ? Elections.medium(random) : Elections.popular(random, 50 + random.nextInt(400));
			CountingIndex index = new CountingIndex(election);
			long smaller = election.budget();
			// any larger budget, not only the completion's steps
			long larger = smaller + random.nextInt((int) Math.max(1, 3 * smaller));
			EqualSharesPrefix prefix = new EqualSharesRun(index, smaller).longestPrefix();
			EqualSharesRun resumed = new EqualSharesRun(index, larger, prefix);
			EqualSharesRun fromTheStart = new EqualSharesRun(index, larger);
			assertThat(describe(resumed)).as("election %d, %d then %d", i, smaller, larger)
					.isEqualTo(describe(fromTheStart));
			assertThat(resumed.longestPrefix().rounds()).isGreaterThanOrEqualTo(prefix.rounds())
					.isEqualTo(fromTheStart.longestPrefix().rounds());
			for (int c = 0; c < index.candidateCount; c++) {
				assertThat(resumed.shortfall(c)).isEqualTo(fromTheStart.shortfall(c));
			}
		}
	}

	@Test
	void aRoundWhereSupportersPayExactlyAllTheyHaveIsNotRepeated() {
		// 3 voters x 5 (budget 15): A=10 {v0, v1} first at 5 = all v0 and v1 hold, so B=12 {v0, v2} is short (0 + 5).
		// At 27 (9 each) v0 keeps 4 after A and B is bought at ρ = 8 (v0 pays its last 4): repeating A's round with
		// v0 holding nothing would lose B.
		Election election = Elections.of(15, "A=10 B=12", "A,B", "A", "B");
		CountingIndex index = new CountingIndex(election);

		EqualSharesRun atFifteen = new EqualSharesRun(index, 15);
		EqualSharesRun resumed = new EqualSharesRun(index, 27, atFifteen.longestPrefix());

		assertThat(describe(atFifteen)).startsWith("0@5/1x2[][], spent 10");
		assertThat(atFifteen.longestPrefix().rounds()).isZero();
		assertThat(describe(resumed)).isEqualTo(describe(new EqualSharesRun(index, 27)))
				.startsWith("0@5/1x2[][],1@8/1x2[0]");
	}

	@Test
	void aPrefixIsRefusedAtASmallerBudgetThanItWasFoundAt() {
		Election election = Elections.of(40, "A=10 B=10 C=20", "A,C", "A,B", "B,C", "C");
		CountingIndex index = new CountingIndex(election);
		EqualSharesPrefix prefix = new EqualSharesRun(index, 40).longestPrefix();

		// A at 5 from voters holding 10: repeated; B at 5 takes all that v1 holds: not
		assertThat(prefix.rounds()).isEqualTo(1);
		assertThatThrownBy(() -> new EqualSharesRun(index, 39, prefix)).isInstanceOf(IllegalArgumentException.class);
	}

	/** Every purchase of a run: candidate, ρ, payers, who paid all they had and how much. */
	private static String describe(EqualSharesRun run) {
		StringBuilder text = new StringBuilder();
		for (EqualSharesRun.Purchase purchase : run.purchases) {
			text.append(purchase.candidate()).append('@').append(purchase.rho().numerator()).append('/')
					.append(purchase.rho().denominator()).append('x').append(purchase.payers())
					.append(java.util.Arrays.toString(purchase.partialPayers())).append('[');
			for (int p = 0; p < purchase.partialPayers().length; p++) {
				text.append(purchase.partialAmount(p)).append(';');
			}
			text.append("],");
		}
		return text.append(" spent ").append(run.spent).append(" share ").append(run.perVoter).toString();
	}

	private static void assertSameOutcome(Outcome fast, Outcome reference, Election election, String what) {
		assertThat(fast.selected()).as(what).containsExactlyElementsOf(reference.selected());
		assertThat(fast.spent()).as(what).isEqualTo(reference.spent());
		assertThat(fast.perVoterBudget()).as(what).isEqualTo(reference.perVoterBudget());
		assertThat(fast.explanations()).as(what).isEqualTo(reference.explanations());
		for (VoterBallot ballot : election.ballots()) {
			assertThat(fast.paymentsOf(ballot.voterId())).as(what).isEqualTo(reference.paymentsOf(ballot.voterId()));
		}
	}
}
