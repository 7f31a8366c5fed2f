package org.smartcityplanner.engagement.domain.workplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcityplanner.engagement.domain.workplan.DeliverableStatus.APPROVED;
import static org.smartcityplanner.engagement.domain.workplan.DeliverableStatus.IN_PROGRESS;
import static org.smartcityplanner.engagement.domain.workplan.DeliverableStatus.NOT_STARTED;
import static org.smartcityplanner.engagement.domain.workplan.DeliverableStatus.RETURNED;
import static org.smartcityplanner.engagement.domain.workplan.DeliverableStatus.REVIEW_REQUESTED;

import java.util.EnumSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.InvalidInputException;

class ReviewRulesTests {

	static final ReviewRules.Actor LEAD = new ReviewRules.Actor(true, true);
	static final ReviewRules.Actor MEMBER = new ReviewRules.Actor(true, false);
	static final ReviewRules.Actor OUTSIDER = new ReviewRules.Actor(false, false);

	@Test
	void aMemberAsksForReviewAndTheLeadApproves() {
		assertThat(ReviewRules.decide(IN_PROGRESS, REVIEW_REQUESTED, MEMBER, true, true, null)).isEqualTo(REVIEW_REQUESTED);
		assertThat(ReviewRules.decide(REVIEW_REQUESTED, APPROVED, LEAD, true, true, null)).isEqualTo(APPROVED);
	}

	@Test
	void refusesApprovalBySomeoneNotTheTeamLead() {
		refused(() -> ReviewRules.decide(REVIEW_REQUESTED, APPROVED, MEMBER, true, true, null), "workplan.refused.notLead");
		refused(() -> ReviewRules.decide(REVIEW_REQUESTED, RETURNED, MEMBER, true, true, "x"), "workplan.refused.notLead");
	}

	@Test
	void refusesAnyChangeBySomeoneNotOnTheTeam() {
		refused(() -> ReviewRules.decide(REVIEW_REQUESTED, APPROVED, OUTSIDER, true, true, null),
				"workplan.refused.notOnTeam");
		refused(() -> ReviewRules.decide(NOT_STARTED, IN_PROGRESS, OUTSIDER, true, true, null),
				"workplan.refused.notOnTeam");
	}

	@Test
	void anApprovedDeliverableIsFinal() {
		for (DeliverableStatus next : DeliverableStatus.values()) {
			refused(() -> ReviewRules.decide(APPROVED, next, LEAD, true, true, "x"), "workplan.refused.approvedIsFinal");
		}
	}

	@Test
	void returningNeedsAReason() {
		refused(() -> ReviewRules.decide(REVIEW_REQUESTED, RETURNED, LEAD, true, true, " "),
				"workplan.refused.reasonMissing");
		assertThat(ReviewRules.decide(REVIEW_REQUESTED, RETURNED, LEAD, true, true, "ขาดบทวิเคราะห์")).isEqualTo(RETURNED);
	}

	@Test
	void anUploadedDeliverableNeedsAFileBeforeReviewButAGeneratedOneDoesNot() {
		refused(() -> ReviewRules.decide(IN_PROGRESS, REVIEW_REQUESTED, MEMBER, true, false, null),
				"workplan.refused.noFile");
		assertThat(ReviewRules.decide(NOT_STARTED, REVIEW_REQUESTED, MEMBER, false, false, null))
			.isEqualTo(REVIEW_REQUESTED);
	}

	@Test
	void onlyTheStatusMachinesStepsAreAllowed() {
		Set<String> allowed = Set.of("NOT_STARTED>IN_PROGRESS", "NOT_STARTED>REVIEW_REQUESTED",
				"IN_PROGRESS>REVIEW_REQUESTED", "REVIEW_REQUESTED>APPROVED", "REVIEW_REQUESTED>RETURNED",
				"RETURNED>IN_PROGRESS", "RETURNED>REVIEW_REQUESTED");
		for (DeliverableStatus from : EnumSet.allOf(DeliverableStatus.class)) {
			for (DeliverableStatus to : EnumSet.allOf(DeliverableStatus.class)) {
				assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(allowed.contains(from + ">" + to));
			}
		}
	}

	@Test
	void aMilestoneMovesBetweenPendingAndDoneOnly() {
		assertThat(MilestoneStatus.PENDING.canMoveTo(MilestoneStatus.DONE)).isTrue();
		assertThat(MilestoneStatus.DONE.canMoveTo(MilestoneStatus.PENDING)).isTrue();
		assertThat(MilestoneStatus.DONE.canMoveTo(MilestoneStatus.DONE)).isFalse();
	}

	private static void refused(org.assertj.core.api.ThrowableAssert.ThrowingCallable call, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
				e -> assertThat(e.messageKey()).isEqualTo(key));
	}
}
