package org.smartcityplanner.participation.internal.ballot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.BallotDraft;
import org.smartcityplanner.participation.BallotItem;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.spi.PlanItemCatalogue;
import org.smartcityplanner.participation.spi.PlanItemChoice;
import org.smartcityplanner.participation.spi.PlanItemKind;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo province's ballots over the demo plan's projects (by their refs, through the plan catalogue): one
 * closed and counted knapsack ballot with online votes and paper ballots checked by a second (fictional) staff
 * member, and one open approval ballot. The votes follow a fixed pattern of fictional voters, so the result is the
 * same on every seeding; they are written straight to the store because the demo's prioritise phase need not run
 * today, and closing goes through {@link BallotCounting} like the staff's own.
 */
@Component
@Profile("!prod")
class BallotDemoSeed implements DemoSeed {

	/** After the ideas (740) and the opinion map (750), and so after the plan whose projects the ballots name. */
	static final int ORDER = 760;

	private static final Logger log = LoggerFactory.getLogger(BallotDemoSeed.class);
	/** Fictional costs in baht, in the plan's project order. */
	private static final long[] COSTS = { 4_500_000, 2_800_000, 1_500_000, 3_200_000, 900_000, 2_100_000 };
	/** Which projects (by position) each group of voters ticks, and how many voters the group has. */
	private static final int[][] GROUPS = { { 0, 2 }, { 1, 2, 4 }, { 3, 4 }, { 0, 5 }, { 2, 4, 5 } };
	private static final int[] GROUP_SIZES = { 14, 11, 8, 6, 5 };

	private final BallotService ballots;
	private final BallotCounting counting;
	private final VoteStore votes;
	private final PlanItemCatalogue plan;
	private final Clock clock;

	BallotDemoSeed(BallotService ballots, BallotCounting counting, VoteStore votes, PlanItemCatalogue plan,
			Clock clock) {
		this.ballots = ballots;
		this.counting = counting;
		this.votes = votes;
		this.plan = plan;
		this.clock = clock;
	}

	@Override
	public int order() {
		return ORDER;
	}

	@Override
	public boolean isSeeded(ProvinceCode province) {
		return !ballots.list(province).isEmpty();
	}

	@Override
	public void seed(ProvinceCode province) {
		List<PlanItemChoice> projects = plan.items(province).stream()
			.filter(item -> item.kind() == PlanItemKind.PROJECT).limit(COSTS.length).toList();
		if (projects.size() < 3) {
			log.warn("Demo ballots not seeded: the demo plan of {} has {} projects", province, projects.size());
			return;
		}
		List<BallotItem> items = new ArrayList<>();
		for (int i = 0; i < projects.size(); i++) {
			items.add(new BallotItem(projects.get(i).ref(), projects.get(i).title(), Baht.of(COSTS[i])));
		}
		long closed = ballots.create(province, new BallotDraft("งบประมาณแบบมีส่วนร่วม ปีงบประมาณ 2569", BallotKind.KNAPSACK,
				null, Baht.of(8_000_000), items));
		ballots.open(province, closed, 0);
		castVotes(province, closed, projects.size());
		counting.close(province, closed, 1);
		long open = ballots.create(province, new BallotDraft("งบประมาณแบบมีส่วนร่วม ปีงบประมาณ 2570", BallotKind.APPROVAL,
				null, Baht.of(6_000_000), items));
		ballots.open(province, open, 0);
	}

	private void castVotes(ProvinceCode province, long ballotId, int projectCount) {
		List<Long> itemIds = ballots.find(province, ballotId).items().stream()
			.map(BallotItemView::id).toList();
		Instant at = clock.instant();
		int voter = 0;
		for (int g = 0; g < GROUPS.length; g++) {
			List<Long> choices = new ArrayList<>();
			for (int position : GROUPS[g]) {
				if (position < projectCount) {
					choices.add(itemIds.get(position));
				}
			}
			for (int n = 0; n < GROUP_SIZES[g]; n++) {
				voter++;
				// every fourth voter of a group filled in a paper ballot at the district office
				boolean paper = voter % 4 == 0;
				String participant = (paper ? "paper:demo-" : "demo-voter-") + ballotId + "-" + voter;
				long id = votes.insert(new VoteStore.NewVote(ballotId, participant, paper ? "PAPER" : "ONLINE", !paper,
						"demo-ballot-" + ballotId + "-" + voter, Secrets.hash(participant), paper ? "demo.clerk" : null,
						at)).orElseThrow();
				votes.writeChoices(id, choices);
				if (paper) {
					votes.confirmPaper(ballotId, id, "demo.checker");
				}
			}
		}
	}
}
