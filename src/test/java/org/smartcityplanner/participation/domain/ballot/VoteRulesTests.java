package org.smartcityplanner.participation.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.shared.Baht;

class VoteRulesTests {

	static Map<Long, Baht> costs() {
		Map<Long, Baht> costs = new LinkedHashMap<>();
		costs.put(1L, Baht.of(6_000_000));
		costs.put(2L, Baht.of(4_000_000));
		costs.put(3L, Baht.of(3_000_000));
		return costs;
	}

	static VoteRules.Shape shape(BallotKind kind, Integer k) {
		return new VoteRules.Shape(kind, k, Baht.of(10_000_000), costs());
	}

	@Test
	void anApprovalBallotTakesAnyNumberOfItsProjects() {
		assertThat(VoteRules.check(shape(BallotKind.APPROVAL, null), List.of(1L, 2L, 3L))).isEmpty();
	}

	@Test
	void refusesAnEmptyBallot() {
		assertThat(VoteRules.check(shape(BallotKind.APPROVAL, null), List.of())).extracting(Problem::messageKey)
			.containsExactly("participation.ballot.vote.empty");
	}

	@Test
	void refusesAProjectOfAnotherBallotAndARepeatedTick() {
		assertThat(VoteRules.check(shape(BallotKind.APPROVAL, null), List.of(1L, 1L, 99L)))
			.extracting(Problem::messageKey)
			.containsExactly("participation.ballot.vote.repeated", "participation.ballot.vote.unknownItem");
	}

	@Test
	void aKApprovalBallotRefusesMoreThanKTicksSayingBothNumbers() {
		assertThat(VoteRules.check(shape(BallotKind.K_APPROVAL, 2), List.of(1L, 2L))).isEmpty();
		Problem problem = VoteRules.check(shape(BallotKind.K_APPROVAL, 2), List.of(1L, 2L, 3L)).get(0);
		assertThat(problem.messageKey()).isEqualTo("participation.ballot.vote.tooMany");
		assertThat(problem.arguments()).containsExactly(3, 2);
	}

	@Test
	void aKnapsackBallotOverTheBudgetIsRefusedWithTheTotalTheBudgetAndTheExcess() {
		assertThat(VoteRules.check(shape(BallotKind.KNAPSACK, null), List.of(1L, 2L))).as("exactly the budget")
			.isEmpty();
		Problem problem = VoteRules.check(shape(BallotKind.KNAPSACK, null), List.of(1L, 2L, 3L)).get(0);
		assertThat(problem.field()).isEqualTo("choices");
		assertThat(problem.messageKey()).isEqualTo("participation.ballot.vote.overBudget");
		assertThat(problem.arguments()).containsExactly("13,000,000.00", "10,000,000.00", "3,000,000.00");
	}
}
