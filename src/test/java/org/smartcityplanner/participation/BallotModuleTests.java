package org.smartcityplanner.participation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.internal.ballot.BallotCounting;
import org.smartcityplanner.participation.internal.ballot.BallotItemView;
import org.smartcityplanner.participation.internal.ballot.BallotService;
import org.smartcityplanner.participation.internal.ballot.VoteService;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.ResourceRef;
import org.smartcityplanner.testing.TestDatabaseInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Participation with the modules it depends on: closing a ballot counts it and publishes {@link BallotClosed} with
 * each project's approvals, share and selections, which {@link BallotApi#outcomesOf} then reads back.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(properties = { "scp.demo.enabled=false" })
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
class BallotModuleTests {

	// the plan module is not part of this test: the demo seeds that read its catalogue only need the bean
	@MockitoBean
	PlanItemCatalogue plan;

	static final ProvinceCode PROVINCE = BallotFixtures.PROVINCE;

	@Autowired
	BallotApi api;
	@Autowired
	BallotService ballots;
	@Autowired
	VoteService votes;
	@Autowired
	BallotCounting counting;
	@Autowired
	ProcessUseCases process;

	@Test
	void closingABallotCountsItAndPublishesBallotClosed(Scenario scenario) {
		BallotFixtures.openPhase(process);
		long id = api.create(PROVINCE, BallotFixtures.draft(BallotKind.KNAPSACK));
		ballots.open(PROVINCE, id, 0);
		List<Long> items = ballots.find(PROVINCE, id).items().stream().map(BallotItemView::id).toList();
		// 6 + 4 million fit the 10 million budget; 3 + 2 too
		for (int v = 0; v < 3; v++) {
			votes.vote(PROVINCE, id, List.of(items.get(0), items.get(1)), BallotFixtures.key(), "session:a" + v);
		}
		for (int v = 0; v < 2; v++) {
			votes.vote(PROVINCE, id, List.of(items.get(2), items.get(3)), BallotFixtures.key(), "session:b" + v);
		}

		scenario.stimulate(() -> counting.close(PROVINCE, id, 1))
			.andWaitForEventOfType(BallotClosed.class)
			.matching(event -> event.ballotId() == id)
			.toArriveAndVerify(event -> {
				assertThat(event.province()).isEqualTo(PROVINCE);
				assertThat(event.title()).isNotBlank();
				assertThat(event.closedAt()).isNotNull();
				assertThat(event.onlineBallots()).isEqualTo(5);
				assertThat(event.paperBallots()).isZero();
				assertThat(event.outcomes()).extracting(BallotItemOutcome::approvals).containsExactly(3L, 3L, 2L, 2L);
				assertThat(event.outcomes()).extracting(o -> o.voteShare().toPlainString())
					.containsExactly("0.6000", "0.6000", "0.4000", "0.4000");
				// greedy spends the whole budget on the two most approved projects
				assertThat(event.outcomes()).extracting(BallotItemOutcome::selectedByGreedy)
					.containsExactly(true, true, false, false);
			});

		ResourceRef first = new ResourceRef("plan.project", "PN-1");
		assertThat(api.outcomesOf(PROVINCE, first)).first()
			.satisfies(o -> assertThat(o.approvals()).isEqualTo(3));
		assertThat(api.outcomesOf(new ProvinceCode("TH-58"), first)).isEmpty();
	}
}
