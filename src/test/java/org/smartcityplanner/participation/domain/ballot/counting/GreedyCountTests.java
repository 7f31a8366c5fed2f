package org.smartcityplanner.participation.domain.ballot.counting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Greedy counting on hand-worked examples. */
class GreedyCountTests {

	@Test
	void skipsWhatDoesNotFitAndTakesTheNextThatDoes() {
		// budget 100: A (3 approvals, 60) fits, 40 left; B (2 approvals, 50) does not fit; C (1 approval, 40) fits
		Election election = Elections.of(100, "A=60 B=50 C=40", "A,B", "A,B", "A,C");

		Outcome outcome = GreedyCount.count(election);

		assertThat(outcome.method()).isEqualTo(GreedyCount.METHOD);
		assertThat(outcome.selected()).containsExactly("A", "C");
		assertThat(outcome.spent()).isEqualTo(100);
		CandidateExplanation skipped = outcome.explanation("B");
		assertThat(skipped.reason()).isEqualTo(Reason.DID_NOT_FIT);
		assertThat(skipped.rankByApprovals()).isEqualTo(2);
		assertThat(skipped.moneyLeft()).isEqualTo(40);
		CandidateExplanation fitted = outcome.explanation("C");
		assertThat(fitted).isEqualTo(new CandidateExplanation("C", 1, true, 2, Reason.FITTED, 3, 0, null, null, null,
				40L));
		assertThat(outcome.paymentsOf("v0")).isEmpty();
	}

	@Test
	void tiesGoToTheCheaperThenTheEarlierOnTheBallot() {
		// all three have 2 approvals; Q is cheaper than P and R (30 < 40); P comes before R on the ballot
		Election election = Elections.of(70, "P=40 Q=30 R=40", "P,Q,R", "P,Q,R");

		Outcome outcome = GreedyCount.count(election);

		assertThat(outcome.selected()).containsExactly("Q", "P");
		assertThat(outcome.explanation("R").rankByApprovals()).isEqualTo(3);
		assertThat(outcome.tieRule().describe()).isEqualTo("ballot.counting.tie-rule.approvals-cost-order");
	}

	@Test
	void neverBuysWhatNobodyApproved() {
		Outcome outcome = GreedyCount.count(Elections.of(100, "A=10 B=5", "A"));

		assertThat(outcome.selected()).containsExactly("A");
		assertThat(outcome.explanation("B").reason()).isEqualTo(Reason.NO_SUPPORTERS);
	}

	@Test
	void refusesElectionsThatCannotBeCounted() {
		List<Candidate> candidates = List.of(new Candidate("A", 10));
		assertThatThrownBy(() -> new Election(-1, candidates, List.of())).hasMessageContaining("negative budget");
		assertThatThrownBy(() -> new Election(10, List.of(new Candidate("A", 1), new Candidate("A", 2)), List.of()))
				.hasMessageContaining("twice");
		assertThatThrownBy(() -> new Election(10, candidates, List.of(new VoterBallot("v", Set.of("Z")))))
				.hasMessageContaining("unknown Z");
		assertThatThrownBy(() -> new Election(10, candidates,
				List.of(new VoterBallot("v", Set.of()), new VoterBallot("v", Set.of())))).hasMessageContaining("two");
		assertThatThrownBy(() -> new Candidate("A", -5)).hasMessageContaining("negative cost");
	}
}
