package org.smartcityplanner.participation.domain.ballot.counting;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * The Method of Equal Shares on examples from its literature and by hand. Instances 01, 03, 07 and 09 are the
 * published test instances accompanying Kraiczy, Robinson and Elkind, "Streamlining Equal Shares" (arXiv:2502.11797),
 * whose README works the MES outcome by hand; the 12-voter profile is the running example (Example 1) of Lackner and
 * Skowron's survey "Approval-Based Multi-Winner Voting" (unit costs), with MES and completion worked by hand here.
 */
class EqualSharesCountTests {

	@Test
	void instance01PoorVotersPayAllTheyHaveForTheThirdProject() {
		// source: 4 voters x 10; A=10 {0,1}, B=10 {1,2}, C=20 {0,2,3}; MES selects {A, B, C} (A and B first at 5 each,
		// then C: voters 0 and 2 pay their last 5, voter 3 pays 10)
		Election election = Elections.of(40, "A=10 B=10 C=20", "A,C", "A,B", "B,C", "C");

		Outcome outcome = EqualSharesCount.countWithoutCompletion(election);

		assertThat(outcome.selected()).containsExactly("A", "B", "C");
		assertThat(outcome.spent()).isEqualTo(40);
		assertThat(outcome.explanation("C").share()).isEqualByComparingTo("10");
		assertThat(outcome.explanation("C").payers()).isEqualTo(3);
		assertThat(outcome.paymentsOf("v0")).containsExactly(new Payment("A", money("5")), new Payment("C", money("5")));
		assertThat(outcome.paymentsOf("v3")).containsExactly(new Payment("C", money("10")));
	}

	@Test
	void instance03CascadingPoverty() {
		// source: 3 voters x 8; A=8 {0,1}, B=14 {0,1,2}; MES selects {A, B}: voters 0 and 1 pay 4 each for A, then
		// 4 each and voter 2 pays 6 for B
		Election election = Elections.of(24, "A=8 B=14", "A,B", "A,B", "B");

		Outcome outcome = EqualSharesCount.countWithoutCompletion(election);

		assertThat(outcome.selected()).containsExactly("A", "B");
		assertThat(outcome.explanation("B").share()).isEqualByComparingTo("6");
		assertThat(outcome.paymentsOf("v2")).containsExactly(new Payment("B", money("6")));
	}

	@Test
	void instance07SharesInThirdsAreExact() {
		// source: 4 voters x 10; A=20 {0,1}, B=10 {0,2,3}, C=15 {1,3}; MES selects {B, C}: B at 10/3 each, then voter 3
		// pays its last 20/3 and voter 1 pays 25/3 for C; A's supporters keep 20/3 + 5/3 = 25/3, short by 35/3
		Election election = Elections.of(40, "A=20 B=10 C=15", "A,B", "A,C", "B", "B,C");

		Outcome outcome = EqualSharesCount.countWithoutCompletion(election);

		assertThat(outcome.selected()).containsExactly("B", "C");
		assertThat(outcome.explanation("C").share()).isEqualByComparingTo("8.33");
		assertThat(outcome.paymentsOf("v3")).containsExactly(new Payment("B", money("3.33")),
				new Payment("C", money("6.67")));
		CandidateExplanation lost = outcome.explanation("A");
		assertThat(lost.reason()).isEqualTo(Reason.SUPPORTERS_SHORT);
		assertThat(lost.shortfall()).as("35/3 rounded up").isEqualByComparingTo("11.67");
	}

	@Test
	void instance09TieBetweenEqualSharesFollowsTheStatedRuleNotTheSources() {
		// source: 4 voters x 9; A=18 {0,1,2}, B=12 {0,3}, C=6 {1,3}; C first at 3 each; then A and B tie at 6 each.
		// The source breaks the tie by the larger id (B) and ends with {A, B, C}. Our rule takes more approvals
		// first: A (3 approvals against 2); A leaves voter 0 with 3 and voter 3 with 6, so B (12) is short by 3.
		Election election = Elections.of(36, "A=18 B=12 C=6", "A,B", "A,C", "A", "B,C");

		Outcome outcome = EqualSharesCount.countWithoutCompletion(election);

		assertThat(outcome.selected()).containsExactly("C", "A");
		assertThat(outcome.explanation("B").shortfall()).isEqualByComparingTo("3");
	}

	@Test
	void surveyExampleNeedsCompletionAndRaisesEachVotersShareToTwoThirds() {
		// Lackner & Skowron, Example 1: 12 voters, 7 candidates of cost 1, budget 4 (each voter 1/3).
		// MES alone: a at 1/8 each; then b's supporters hold 3 x 5/24 + 1/3 = 23/24 < 1, the same for c: only {a}.
		// Completion in steps of 1 (1 % of 4, at least one unit): at 5, 6 and 7 the run buys {a, b, c}; at 8 (2/3 each)
		// it buys a (1/8), b (1/4), c (1/4) and d (v7 and v8 pay 1/2 each) = 4, exhaustive: the kept run.
		Election election = Elections.of(4, "a=1 b=1 c=1 d=1 e=1 f=1 g=1", "a,b", "a,b", "a,b", "a,c", "a,c", "a,c",
				"a,d", "a,d", "b,c,f", "e", "f", "g");

		assertThat(EqualSharesCount.countWithoutCompletion(election).selected()).containsExactly("a");
		Outcome outcome = EqualSharesCount.count(election);

		assertThat(outcome.selected()).containsExactly("a", "b", "c", "d");
		assertThat(outcome.spent()).isEqualTo(4);
		assertThat(outcome.perVoterBudget()).isEqualByComparingTo("0.67");
		assertThat(outcome.explanation("d").share()).isEqualByComparingTo("0.50");
		assertThat(outcome.explanation("d").payers()).isEqualTo(2);
		assertThat(outcome.explanation("d").round()).isEqualTo(4);
		assertThat(outcome.explanation("f").shortfall()).as("v9 kept 1/6, v11 2/3: short by 1/6")
				.isEqualByComparingTo("0.17");
		assertThat(outcome.explanation("f").moneyLeft()).isZero();
		assertThat(outcome.paymentsOf("v8")).containsExactly(new Payment("b", money("0.25")),
				new Payment("c", money("0.25")));
		assertThat(outcome.paymentsOf("v0")).as("1/8 = 0.125 rounds half-even")
				.containsExactly(new Payment("a", money("0.12")), new Payment("b", money("0.25")));
	}

	@Test
	void completionFillsGreedilyWhatTheRaisedSharesCannotBuy() {
		// 2 voters x 5: X=6 {v0}, Y=4 {v1}. MES: Y (4 <= 5); X short by 1. Raising by 1 % (min 1) per step: at 12
		// (6 each) X becomes affordable but X + Y = 10 <= 10, exhaustive: {Y, X}. A budget of 9 instead keeps the
		// first run {Y} (raising to 12 would buy 10 > 9) and the greedy fill cannot add X (6 > 5 left).
		Outcome full = EqualSharesCount.count(Elections.of(10, "X=6 Y=4", "X", "Y"));
		assertThat(full.selected()).containsExactlyInAnyOrder("X", "Y");

		Outcome short_ = EqualSharesCount.count(Elections.of(9, "X=6 Y=4 Z=5", "X", "Y", "Z"));
		// 3 voters x 3: nothing affordable alone (each needs more than 3); raising: at 12 (4 each) Y; at 15 (5 each)
		// Y and Z = 9 <= 9, exhaustive
		assertThat(short_.selected()).containsExactly("Y", "Z");
		assertThat(short_.explanation("X").reason()).isEqualTo(Reason.SUPPORTERS_SHORT);
		assertThat(short_.explanation("X").moneyLeft()).isZero();
	}

	@Test
	void fillAfterEqualSharesBuysWhatFitsTheMoneyTheRaisedSharesLeft() {
		// 10 voters x 1: v0 approves X=2; v1..v9 approve Y=8 and Z=5. MES: Z at 5/9 each (Y would need 8/9); then Y's
		// supporters hold 9 x 4/9 = 4 < 8 and X's 1 < 2. Raising in steps of 1: at 14 (1.4 each) Y is still short
		// (9 x (1.4 - 5/9) = 7.6); at 15 Y becomes affordable and Z + Y = 13 > 10, so the run at 14 is kept: {Z}, 5
		// left. The fill meets Y (8 > 5: it keeps its shortfall of 0.4) and then X (2 fits): {Z, X}.
		Outcome outcome = EqualSharesCount.count(Elections.of(10, "X=2 Y=8 Z=5", "X", "Y,Z", "Y,Z", "Y,Z", "Y,Z",
				"Y,Z", "Y,Z", "Y,Z", "Y,Z", "Y,Z"));

		assertThat(outcome.selected()).containsExactly("Z", "X");
		assertThat(outcome.spent()).isEqualTo(7);
		assertThat(outcome.perVoterBudget()).isEqualByComparingTo("1.40");
		CandidateExplanation filled = outcome.explanation("X");
		assertThat(filled.reason()).isEqualTo(Reason.FITTED_AFTER_EQUAL_SHARES);
		assertThat(filled.round()).isEqualTo(2);
		assertThat(filled.moneyLeft()).isEqualTo(5);
		assertThat(filled.shortfall()).as("v0 kept 1.4 of 2").isEqualByComparingTo("0.60");
		CandidateExplanation lost = outcome.explanation("Y");
		assertThat(lost.reason()).isEqualTo(Reason.SUPPORTERS_SHORT);
		assertThat(lost.shortfall()).isEqualByComparingTo("0.40");
		assertThat(lost.moneyLeft()).isEqualTo(5);
		assertThat(outcome.paymentsOf("v0")).as("the fill is paid from money nobody spent").isEmpty();
	}

	@Test
	void candidatesNobodyApprovedAreNeverBought() {
		Outcome outcome = EqualSharesCount.count(Elections.of(100, "A=10 B=1", "A", "A"));

		assertThat(outcome.selected()).containsExactly("A");
		assertThat(outcome.explanation("B").reason()).isEqualTo(Reason.NO_SUPPORTERS);
	}

	@Test
	void anElectionWithoutBallotsBuysNothing() {
		Outcome outcome = EqualSharesCount.count(Elections.of(100, "A=10"));

		assertThat(outcome.selected()).isEmpty();
		assertThat(outcome.paymentsOf("v0")).isEmpty();
	}

	private static BigDecimal money(String amount) {
		return new BigDecimal(amount).setScale(2);
	}
}
