package org.smartcityplanner.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartcityplanner.actionplan.BallotFixtures.PROVINCE;
import static org.smartcityplanner.actionplan.BallotFixtures.closed;
import static org.smartcityplanner.actionplan.BallotFixtures.outcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.actionplan.rules.Criterion;
import org.smartcityplanner.audit.AuditLog;
import org.smartcityplanner.participation.BallotClosed;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ResourceRef;
import org.smartcityplanner.testing.Publications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.test.Scenario;

/**
 * Participation's {@link BallotClosed} turns into the action plan's public-support scores. Not transactional:
 * the listener runs after the publishing transaction commits; each test uses projects and ballot ids of its own.
 */
@ActionPlanModuleTest
class PublicSupportModuleTests {

	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	PlanUseCases plans;
	@Autowired
	AuditLog audit;
	@Autowired
	CompletedEventPublications completed;

	@Test
	void aClosedBallotGivesEachProjectItsScoreWithWhereItCameFromAndChangesTheWeightedScore(Scenario scenario) {
		List<String> ids = BallotFixtures.projects(plans, actionPlans);
		String favourite = ids.get(0);
		String minority = ids.get(1);
		String loser = ids.get(2);
		actionPlans.saveScores(PROVINCE, loser, Map.of(Criterion.ALIGNMENT, new BigDecimal("6")));
		BigDecimal weightedBefore = actionPlans.project(PROVINCE, loser).orElseThrow().weightedScore();
		// 50 ballots: 40 online, 10 on paper
		BallotClosed event = closed(69_001, 40, 10, outcome(favourite, 40, 50, true), outcome(minority, 12, 50, true),
				outcome(loser, 20, 50, false), outcome(new ResourceRef("plan.item", "left-the-plan"), 45, 50, false),
				outcome(new ResourceRef("participation.idea", "7"), 1, 50, false));

		scenario.publish(event)
			.andWaitForStateChange(() -> actionPlans.publicSupport(PROVINCE).containsKey(loser))
			.andVerify(done -> {
				// the ballot's most-approved line has 45 approvals (a stranger to the plan, still the ballot's top)
				assertThat(score(favourite)).isEqualByComparingTo("9.1"); // 8 × 40/45 + 2 = 9.11
				assertThat(score(minority)).isEqualByComparingTo("4.1"); // 8 × 12/45 + 2 = 4.13
				assertThat(score(loser)).isEqualByComparingTo("3.6"); // 8 × 20/45 = 3.56
				PublicSupport support = actionPlans.publicSupport(PROVINCE).get(loser);
				assertThat(support.ballotId()).isEqualTo(69_001);
				assertThat(support.approvals()).isEqualTo(20);
				assertThat(support.voteShare()).isEqualByComparingTo("0.4");
				assertThat(support.selectedByEqualShares()).isFalse();
				assertThat(support.onlineBallots()).isEqualTo(40);
				assertThat(support.paperBallots()).isEqualTo(10);
				assertThat(support.closedAt()).isNotNull();
				assertThat(actionPlans.publicSupport(PROVINCE)).doesNotContainKey("left-the-plan").doesNotContainKey("7");
				assertThat(actionPlans.project(PROVINCE, loser).orElseThrow().weightedScore())
					.isGreaterThan(weightedBefore);
				assertThat(audit.latest("actionplan-scores", 200))
					.filteredOn(entry -> entry.entityId().equals(loser) && entry.action().equals("public-support"))
					.hasSize(1);
			});
	}

	@Test
	void theSameEventTwiceGivesTheSameScoresKeepsTheClosingTimeAndIsAuditedOnce(Scenario scenario) {
		List<String> ids = BallotFixtures.projects(plans, actionPlans);
		BallotClosed event = closed(69_002, 7, 3, outcome(ids.get(3), 10, 10, false), outcome(ids.get(4), 5, 10, true));
		long before = Publications.completions(completed, event);

		scenario.publish(event).andWaitForStateChange(() -> Publications.completions(completed, event) > before);
		PublicSupport first = actionPlans.publicSupport(PROVINCE).get(ids.get(4));
		scenario.publish(event)
			.andWaitForStateChange(() -> Publications.completions(completed, event) > before + 1)
			.andVerify(twice -> {
				assertThat(score(ids.get(3))).isEqualByComparingTo("8.0");
				assertThat(score(ids.get(4))).isEqualByComparingTo("6.0");
				assertThat(actionPlans.publicSupport(PROVINCE).get(ids.get(4))).isEqualTo(first);
				assertThat(audit.latest("actionplan-scores", 200))
					.filteredOn(entry -> entry.entityId().equals(ids.get(4)) && entry.action().equals("public-support"))
					.hasSize(1);
			});
	}

	@Test
	void theNewestClosedBallotCountsEvenWhenAnOlderOneIsDeliveredAgain(Scenario scenario) {
		List<String> ids = BallotFixtures.projects(plans, actionPlans);
		String project = ids.get(5);
		BallotClosed older = closed(69_003, 20, 0, outcome(project, 20, 20, true), outcome(ids.get(6), 4, 20, false));
		BallotClosed newer = closed(69_004, 10, 10, outcome(project, 5, 20, false), outcome(ids.get(6), 20, 20, true));

		scenario.publish(older).andWaitForStateChange(() -> actionPlans.publicSupport(PROVINCE).containsKey(project));
		assertThat(score(project)).isEqualByComparingTo("10.0");
		scenario.publish(newer)
			.andWaitForStateChange(() -> actionPlans.publicSupport(PROVINCE).get(project).ballotId() == 69_004);
		long deliveries = Publications.completions(completed, older);
		scenario.publish(older)
			.andWaitForStateChange(() -> Publications.completions(completed, older) > deliveries)
			.andVerify(again -> {
				assertThat(actionPlans.publicSupport(PROVINCE).get(project).ballotId()).isEqualTo(69_004);
				assertThat(score(project)).isEqualByComparingTo("2.0"); // 8 × 5/20
				assertThat(score(ids.get(6))).isEqualByComparingTo("10.0");
			});
	}

	@Test
	void aBallotNobodyTickedAnythingOnGivesNoScore(Scenario scenario) {
		List<String> ids = BallotFixtures.projects(plans, actionPlans);
		BallotClosed empty = closed(69_005, 0, 0, new org.smartcityplanner.participation.BallotItemOutcome(
				new ResourceRef("plan.item", ids.get(6)), 0, BigDecimal.ZERO, false, false));
		long before = Publications.completions(completed, empty);
		BigDecimal scoreBefore = score(ids.get(6));

		scenario.publish(empty)
			.andWaitForStateChange(() -> Publications.completions(completed, empty) > before)
			.andVerify(done -> assertThat(score(ids.get(6))).isEqualTo(scoreBefore));
	}

	private BigDecimal score(String projectId) {
		return actionPlans.project(PROVINCE, projectId).orElseThrow().budget().scores().get(Criterion.PUBLIC_SUPPORT);
	}
}
