package org.smartcityplanner.participation.internal.ballot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.participation.BallotApi;
import org.smartcityplanner.participation.BallotFixtures;
import org.smartcityplanner.participation.BallotKind;
import org.smartcityplanner.participation.domain.ballot.BallotStatus;
import org.smartcityplanner.participation.internal.InputProblemsException;
import org.smartcityplanner.participation.internal.ballot.VoteReceipt.Outcome;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.SignedIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Ballots' and votes' SQL on H2 and PostgreSQL: the drafted ballot with its projects, one vote per participant
 * (also for racing submissions), a change of mind replacing the choices and counting the change, idempotent
 * submissions, a ballot that takes no votes, and paper ballots counted only after a second person confirmed them.
 */
@DatabaseTest
class BallotRepositoryTests {

	static final ProvinceCode PROVINCE = BallotFixtures.PROVINCE;

	@Autowired
	BallotApi api;
	@Autowired
	BallotService ballots;
	@Autowired
	VoteService votes;
	@Autowired
	VoteStore voteStore;
	@Autowired
	ProcessUseCases process;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	UserDetailsService users;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	BallotCounting counting;
	@Autowired
	BallotBookSection book;

	@BeforeEach
	void openPhase() {
		BallotFixtures.openPhase(process);
	}

	@AfterEach
	void signOut() {
		SignedIn.signOut();
	}

	long openBallot(BallotKind kind) {
		long id = api.create(PROVINCE, BallotFixtures.draft(kind));
		ballots.open(PROVINCE, id, 0);
		return id;
	}

	List<Long> items(long ballot, int... positions) {
		List<BallotItemView> items = ballots.find(PROVINCE, ballot).items();
		List<Long> ids = new ArrayList<>();
		for (int p : positions) {
			ids.add(items.get(p - 1).id());
		}
		return ids;
	}

	@Test
	void createStoresADraftWithItsProjectsInOrderAndAnotherProvinceDoesNotSeeIt() {
		long id = api.create(PROVINCE, BallotFixtures.draft(BallotKind.KNAPSACK));

		BallotView ballot = ballots.find(PROVINCE, id);
		assertThat(ballot.status()).isEqualTo(BallotStatus.DRAFT);
		assertThat(ballot.budget()).isEqualTo(BallotFixtures.BUDGET);
		assertThat(ballot.items()).extracting(i -> i.ref().id()).containsExactly("PN-1", "PN-2", "PN-3", "PN-4");
		assertThat(ballot.items()).allMatch(i -> i.approvals() == null);
		assertThatThrownBy(() -> ballots.find(new ProvinceCode("TH-58"), id))
			.isInstanceOf(NotInProvinceException.class);
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'ballot' and entity_id = ?")
			.param(String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void anInvalidDraftStoresNothing() {
		long before = jdbc.sql("select count(*) from par_ballot").query(Long.class).single();
		assertThatThrownBy(() -> api.create(PROVINCE, new org.smartcityplanner.participation.BallotDraft("", null,
				null, null, List.of()))).isInstanceOf(InputProblemsException.class);
		assertThat(jdbc.sql("select count(*) from par_ballot").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aDraftTakesNoVotesAndOnlyADraftMayBeChanged() {
		long id = api.create(PROVINCE, BallotFixtures.draft(BallotKind.APPROVAL));
		VoteReceipt receipt = votes.vote(PROVINCE, id, items(id, 1), BallotFixtures.key(), "session:draft");
		assertThat(receipt.outcome()).isEqualTo(Outcome.NOT_OPEN);

		ballots.open(PROVINCE, id, 0);
		assertThatThrownBy(() -> ballots.update(PROVINCE, id, 1, BallotFixtures.draft(BallotKind.APPROVAL)))
			.isInstanceOf(InputProblemsException.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.ballot.notDraft");
	}

	@Test
	void aReplayedSubmissionChangesNothingAndAChangeOfMindReplacesTheChoices() {
		long id = openBallot(BallotKind.APPROVAL);
		String key = BallotFixtures.key();
		VoteReceipt first = votes.vote(PROVINCE, id, items(id, 1, 2), key, "session:mind");
		VoteReceipt replay = votes.vote(PROVINCE, id, items(id, 1, 2), key, "session:mind");
		VoteReceipt changed = votes.vote(PROVINCE, id, items(id, 3), BallotFixtures.key(), "session:mind");

		assertThat(first.outcome()).isEqualTo(Outcome.STORED);
		assertThat(replay.outcome()).isEqualTo(Outcome.ALREADY_STORED);
		assertThat(replay.secret()).isEqualTo(first.secret());
		assertThat(changed.outcome()).isEqualTo(Outcome.CHANGED);
		assertThat(changed.voteId()).isEqualTo(first.voteId());
		assertThat(changed.choices()).isEqualTo(items(id, 3));
		assertThat(changed.changes()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from par_ballot_vote where ballot_id = ?").param(id).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from par_ballot_vote where secret_hash = ?")
			.param(first.secret()).query(Long.class).single()).as("only the link's hash is stored").isZero();
	}

	@Test
	void racingSubmissionsOfOneParticipantStoreOneVote() throws Exception {
		long id = openBallot(BallotKind.APPROVAL);
		List<Long> choices = items(id, 2);
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Callable<VoteReceipt>> calls = new ArrayList<>();
			for (int i = 0; i < 8; i++) {
				String key = BallotFixtures.key();
				calls.add(() -> votes.vote(PROVINCE, id, choices, key, "session:racer"));
			}
			List<Outcome> outcomes = new ArrayList<>();
			for (Future<VoteReceipt> f : pool.invokeAll(calls)) {
				outcomes.add(f.get().outcome());
			}
			assertThat(outcomes).filteredOn(o -> o == Outcome.STORED).hasSize(1);
			assertThat(outcomes).filteredOn(o -> o == Outcome.CHANGED).hasSize(7);
		}
		finally {
			pool.shutdown();
		}
		assertThat(jdbc.sql("select count(*) from par_ballot_vote where ballot_id = ?").param(id).query(Long.class)
			.single()).isEqualTo(1);
		assertThat(jdbc.sql("select changes from par_ballot_vote where ballot_id = ?").param(id).query(Integer.class)
			.single()).isEqualTo(7);
	}

	@Test
	void theUniqueKeyRefusesASecondVoteOfTheSameParticipantWrittenDirectly() {
		long id = openBallot(BallotKind.APPROVAL);
		votes.vote(PROVINCE, id, items(id, 1), BallotFixtures.key(), "session:twice");
		var second = new VoteStore.NewVote(id, "session:twice", "ONLINE", true, BallotFixtures.key(), "h-" + id,
				null, java.time.Instant.now());
		assertThat(voteStore.insert(second)).isEmpty();
	}

	@Test
	void aKnapsackBallotOverTheBudgetIsRefusedWithTheNumbersAndStoresNothing() {
		long id = openBallot(BallotKind.KNAPSACK);
		assertThatThrownBy(() -> votes.vote(PROVINCE, id, items(id, 1, 2, 3), BallotFixtures.key(), "session:rich"))
			.isInstanceOf(InputProblemsException.class)
			.hasFieldOrPropertyWithValue("messageKey", "participation.ballot.vote.overBudget")
			.hasFieldOrPropertyWithValue("arguments", List.of("13,000,000.00", "10,000,000.00", "3,000,000.00"));
		assertThat(jdbc.sql("select count(*) from par_ballot_vote where ballot_id = ?").param(id).query(Long.class)
			.single()).isZero();
	}

	@Test
	void aPaperBallotCountsOnlyAfterAnotherStaffMemberConfirmsIt() {
		long id = openBallot(BallotKind.APPROVAL);
		SignedIn.as(identity, jdbc, users, "ballot.clerk59", Role.COORDINATOR, PROVINCE);
		String key = BallotFixtures.key();
		VoteReceipt paper = votes.enterPaper(PROVINCE, id, items(id, 1, 4), key);
		assertThat(votes.enterPaper(PROVINCE, id, items(id, 1, 4), key).voteId()).as("idempotent")
			.isEqualTo(paper.voteId());
		assertThat(voteStore.countedVotes(id).paper()).isZero();
		assertThatThrownBy(() -> votes.confirmPaper(PROVINCE, id, paper.voteId())).as("the same person")
			.isInstanceOf(InputProblemsException.class);

		SignedIn.as(identity, jdbc, users, "ballot.checker59", Role.CONSULTANT, PROVINCE);
		assertThat(votes.pendingPaper(PROVINCE, id)).extracting(VoteStore.PendingPaper::id)
			.containsExactly(paper.voteId());
		votes.confirmPaper(PROVINCE, id, paper.voteId());

		assertThat(voteStore.countedVotes(id).paper()).isEqualTo(1);
		assertThat(votes.pendingPaper(PROVINCE, id)).isEmpty();
		assertThatThrownBy(() -> votes.discardPaper(PROVINCE, id, paper.voteId())).as("already counted")
			.isInstanceOf(InputProblemsException.class);
	}

	@Test
	void aDiscardedPaperBallotIsGone() {
		long id = openBallot(BallotKind.APPROVAL);
		SignedIn.as(identity, jdbc, users, "ballot.clerk59", Role.COORDINATOR, PROVINCE);
		VoteReceipt paper = votes.enterPaper(PROVINCE, id, items(id, 2), BallotFixtures.key());
		votes.discardPaper(PROVINCE, id, paper.voteId());
		assertThat(votes.pendingPaper(PROVINCE, id)).isEmpty();
		assertThat(voteStore.countedVotes(id).votes()).isEmpty();
	}

	@Test
	void aClosedBallotIsCountedStoredAndPrintedInTheBookWithTurnoutByChannel() {
		long id = openBallot(BallotKind.KNAPSACK);
		votes.vote(PROVINCE, id, items(id, 1, 2), BallotFixtures.key(), "session:book-a");
		votes.vote(PROVINCE, id, items(id, 1, 3), BallotFixtures.key(), "session:book-b");
		SignedIn.as(identity, jdbc, users, "ballot.clerk59", Role.COORDINATOR, PROVINCE);
		VoteReceipt paper = votes.enterPaper(PROVINCE, id, items(id, 4), BallotFixtures.key());
		SignedIn.as(identity, jdbc, users, "ballot.checker59", Role.CONSULTANT, PROVINCE);
		votes.confirmPaper(PROVINCE, id, paper.voteId());
		votes.enterPaper(PROVINCE, id, items(id, 3), BallotFixtures.key());

		BallotCount count = counting.close(PROVINCE, id, 1);

		assertThat(count.online()).isEqualTo(2);
		assertThat(count.paper()).as("the unchecked paper ballot does not count").isEqualTo(1);
		BallotView closed = ballots.find(PROVINCE, id);
		assertThat(closed.status()).isEqualTo(BallotStatus.CLOSED);
		assertThat(closed.items()).extracting(BallotItemView::approvals).containsExactly(2L, 1L, 1L, 1L);
		assertThat(closed.items().get(0).voteShare()).isEqualByComparingTo("0.6667");
		assertThat(votes.vote(PROVINCE, id, items(id, 2), BallotFixtures.key(), "session:late").outcome())
			.isEqualTo(Outcome.NOT_OPEN);
		String printed = book.parts(PROVINCE, java.util.Locale.ENGLISH).toString();
		assertThat(printed).contains("3 ballots counted, 2 online and 1 on paper").contains("66.67");
	}
}
