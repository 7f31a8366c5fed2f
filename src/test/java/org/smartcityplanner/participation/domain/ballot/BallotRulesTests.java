package org.smartcityplanner.participation.domain.ballot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.BallotDraft;
import org.smartcityplanner.participation.BallotFixtures;
import org.smartcityplanner.participation.BallotItem;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.survey.Problem;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ResourceRef;

class BallotRulesTests {

	@Test
	void acceptsEachKindWithTitleBudgetAndProjects() {
		for (BallotKind kind : BallotKind.values()) {
			assertThat(BallotRules.check(BallotFixtures.draft(kind))).as(kind.name()).isEmpty();
		}
	}

	@Test
	void namesEveryMissingField() {
		assertThat(BallotRules.check(new BallotDraft(" ", null, null, null, List.of())))
			.extracting(Problem::field).containsExactly("title", "kind", "budget", "items");
	}

	@Test
	void aKApprovalBallotNeedsALimitWithinItsProjectsAndOthersRefuseOne() {
		List<BallotItem> items = BallotFixtures.items();
		assertThat(BallotRules.check(new BallotDraft("t", BallotKind.K_APPROVAL, 5, Baht.of(1), items)))
			.extracting(Problem::messageKey).containsExactly("participation.ballot.maxChoices.range");
		assertThat(BallotRules.check(new BallotDraft("t", BallotKind.APPROVAL, 2, Baht.of(1), items)))
			.extracting(Problem::messageKey).containsExactly("participation.ballot.maxChoices.onlyForK");
	}

	@Test
	void refusesTheSameProjectTwiceAndAFreeProject() {
		ResourceRef ref = new ResourceRef("plan.project", "X-1");
		List<BallotItem> items = List.of(new BallotItem(ref, "a", Baht.of(5)), new BallotItem(ref, "b", Baht.ZERO));
		assertThat(BallotRules.check(new BallotDraft("t", BallotKind.APPROVAL, null, Baht.of(10), items)))
			.extracting(Problem::field).containsExactly("items[1].ref", "items[1].cost");
	}
}
