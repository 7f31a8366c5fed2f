package org.smartcityplanner.engagement.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.engagement.EngagementStatus;
import org.smartcityplanner.engagement.EngagementView;
import org.smartcityplanner.engagement.domain.progress.Health;
import org.smartcityplanner.engagement.internal.progress.EngagementProgress;
import org.smartcityplanner.engagement.internal.progress.ProgressReadModel;
import org.smartcityplanner.engagement.internal.progress.Reminders;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.notification.NotificationApi;
import org.smartcityplanner.notification.UserNotice;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.smartcityplanner.testing.SqlStatementCounter;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The life cycle, the progress read model and the reminders against the real schema (H2 and PostgreSQL).
 */
@DatabaseTest
class EngagementCockpitDatabaseTests {

	static final ProvinceCode OWN = new ProvinceCode("TH-26");
	static final ProvinceCode OTHER = new ProvinceCode("TH-27");
	static final LocalDate SIGNED = LocalDate.of(2026, 10, 1);

	@Autowired
	EngagementLifecycle lifecycle;
	@Autowired
	EngagementUseCases engagements;
	@Autowired
	ProgressReadModel progress;
	@Autowired
	Reminders reminders;
	@Autowired
	NotificationApi notifications;
	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;

	long lead;
	long member;

	@BeforeEach
	void cleanSlate() {
		jdbc.sql("delete from eng_engagement where province_code in (?, ?)").params(OWN.value(), OTHER.value())
			.update();
		lead = TestUsers.ensure(identity, jdbc, "cockpit.db.lead", Role.CONSULTANT);
		member = TestUsers.ensure(identity, jdbc, "cockpit.db.member", Role.CONSULTANT);
		jdbc.sql("delete from ntf_notice where user_id in (?, ?)").params(lead, member).update();
	}

	@Test
	void opensWithTheStandard180DaysAndRefusesAnOverlappingSecondOneNamingIt() {
		EngagementView first = lifecycle.open(OWN, "แผนแม่บท รอบแรก", SIGNED, null);
		assertThat(first.endDate()).isEqualTo(LocalDate.of(2027, 3, 29));
		assertThat(first.status()).isEqualTo(EngagementStatus.OPEN);

		assertThatThrownBy(() -> lifecycle.open(OWN, "รอบซ้อน", SIGNED.plusDays(100), null))
			.isInstanceOfSatisfying(InvalidInputException.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("engagement.overlap");
				assertThat(refused.arguments()).containsExactly("แผนแม่บท รอบแรก", SIGNED, first.endDate());
			});
		assertThat(engagements.engagementsOf(OWN)).hasSize(1);
		// another province is not blocked
		assertThat(lifecycle.open(OTHER, "จังหวัดอื่น", SIGNED, null).province()).isEqualTo(OTHER);
	}

	@Test
	void theTeamStartPathRefusesAnOverlapToo() {
		lifecycle.open(OWN, "แผนแม่บท รอบแรก", SIGNED, null);
		assertThatThrownBy(() -> engagements.start(OWN, "ทีมซ้อน", SIGNED.plusDays(5), lead, Set.of(lead)))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("engagement.overlap"));
	}

	@Test
	void anEditMayNotMoveAnEngagementOntoAnotherOpenOne() {
		lifecycle.open(OWN, "รอบแรก", SIGNED, null);
		EngagementView second = lifecycle.open(OWN, "รอบสอง", SIGNED.plusDays(200), null);
		assertThatThrownBy(() -> lifecycle.edit(second.id(), "รอบสอง", SIGNED.plusDays(150), second.endDate()))
			.isInstanceOf(InvalidInputException.class);
		EngagementView moved = lifecycle.edit(second.id(), "รอบสอง (แก้ไข)", SIGNED.plusDays(190), second.endDate());
		assertThat(moved.name()).isEqualTo("รอบสอง (แก้ไข)");
		assertThat(moved.startDate()).isEqualTo(SIGNED.plusDays(190));
	}

	@Test
	void aClosedEngagementRefusesEditsAndNoLongerBlocksTheProvince() {
		EngagementView first = lifecycle.open(OWN, "รอบแรก", SIGNED, null);
		EngagementView closed = lifecycle.close(first.id(), SIGNED.plusDays(30));
		assertThat(closed.status()).isEqualTo(EngagementStatus.CLOSED);
		assertThat(closed.closedOn()).isEqualTo(SIGNED.plusDays(30));

		assertThatThrownBy(() -> lifecycle.edit(first.id(), "แก้หลังปิด", SIGNED, first.endDate()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("engagement.closed.noEdits"));
		assertThat(lifecycle.engagement(first.id())).get().extracting(EngagementView::name).isEqualTo("รอบแรก");
		assertThat(lifecycle.open(OWN, "รอบใหม่", SIGNED.plusDays(40), null).status())
			.isEqualTo(EngagementStatus.OPEN);
	}

	@Test
	void progressCountsDeliverablesLateAndDueSoonFromTheWorkPlan() {
		EngagementView engagement = engagements.start(OWN, "มีแผนงาน", SIGNED, lead, Set.of(lead, member));
		LocalDate today = SIGNED.plusDays(89); // day 90 of 180
		long phase = item(engagement.id(), "PHASE", null, SIGNED.plusDays(60), null, "NOT_STARTED");
		item(engagement.id(), "DELIVERABLE", phase, SIGNED.plusDays(30), member, "APPROVED");
		item(engagement.id(), "DELIVERABLE", phase, today.minusDays(1), member, "IN_PROGRESS"); // late
		item(engagement.id(), "DELIVERABLE", phase, today.plusDays(7), null, "NOT_STARTED"); // due soon
		item(engagement.id(), "DELIVERABLE", phase, today.plusDays(8), null, "NOT_STARTED"); // later
		item(engagement.id(), "MILESTONE", phase, today, null, "PENDING"); // due soon (today)
		item(engagement.id(), "MILESTONE", phase, SIGNED.plusDays(10), null, "DONE");

		EngagementProgress p = progress.of(engagement.id(), today).orElseThrow();
		assertThat(p.daysElapsed()).isEqualTo(90);
		assertThat(p.totalDays()).isEqualTo(180);
		assertThat(p.deliverablesDone()).isEqualTo(1);
		assertThat(p.deliverables()).isEqualTo(4);
		assertThat(p.late()).isEqualTo(1);
		assertThat(p.dueSoon()).isEqualTo(2);
		assertThat(p.teamSize()).isEqualTo(2);
		assertThat(p.leadUserId()).isEqualTo(lead);
		assertThat(p.leadName()).isEqualTo("Test cockpit.db.lead");
		assertThat(p.health()).isEqualTo(Health.LATE);
		assertThat(progress.all(null, today)).anySatisfy(line -> assertThat(line).isEqualTo(p));
	}

	@Test
	void thePortfolioTakesTheSameNumberOfStatementsForOneEngagementAsForMany() {
		engagements.start(OWN, "หนึ่ง", SIGNED, lead, Set.of(lead));
		int few = SqlStatementCounter.record(() -> progress.all(null, SIGNED)).statements();
		engagements.start(OTHER, "สอง", SIGNED, member, Set.of(member));
		lifecycle.open(OWN, "สาม", SIGNED.plusDays(200), null);
		var many = SqlStatementCounter.record(() -> progress.all(null, SIGNED));
		// three of them engagement-wide (engagements, work-item counts, teams); the rest is identity's list of
		// consultants, which grows with the pool, not with the number of engagements
		assertThat(many.statements()).as(many.toString()).isEqualTo(few);
		assertThat(many.sql().stream().filter(sql -> sql.contains("eng_"))).hasSize(3);
	}

	@Test
	void remindersPostOncePerOccasionAndWithdrawWhenTheItemIsDone() {
		EngagementView engagement = engagements.start(OWN, "แจ้งเตือน", SIGNED, lead, Set.of(lead, member));
		LocalDate today = SIGNED.plusDays(50);
		long phase = item(engagement.id(), "PHASE", null, SIGNED.plusDays(60), null, "NOT_STARTED");
		long dueSoon = item(engagement.id(), "DELIVERABLE", phase, today.plusDays(3), member, "IN_PROGRESS");
		long overdue = item(engagement.id(), "DELIVERABLE", phase, today.minusDays(2), member, "IN_PROGRESS");
		long unowned = item(engagement.id(), "MILESTONE", phase, today.plusDays(6), null, "PENDING");
		long review = item(engagement.id(), "DELIVERABLE", phase, today.plusDays(20), member, "REVIEW_REQUESTED");
		item(engagement.id(), "DELIVERABLE", phase, today.plusDays(30), member, "NOT_STARTED"); // nothing yet

		Reminders.Outcome first = reminders.remind(today);
		// due soon → owner; overdue → owner and lead; unowned milestone → lead; review → lead
		// other tests' engagements share the database, so the run's own total is at least these five
		assertThat(first.posted()).isGreaterThanOrEqualTo(5);
		assertThat(keys(member)).containsExactlyInAnyOrder(key(engagement, dueSoon, "due7"),
				key(engagement, overdue, "overdue"));
		assertThat(keys(lead)).containsExactlyInAnyOrder(key(engagement, overdue, "overdue"),
				key(engagement, unowned, "due7"), key(engagement, review, "review:0"));

		assertThat(reminders.remind(today).posted()).as("a second run").isZero();
		assertThat(notifications.unreadCount(lead)).isEqualTo(3);

		jdbc.sql("update eng_work_item set status = 'APPROVED', completed_on = ? where id = ?").params(today, overdue)
			.update();
		Reminders.Outcome afterApproval = reminders.remind(today);
		assertThat(afterApproval.withdrawn()).isEqualTo(2);
		assertThat(keys(lead)).doesNotContain(key(engagement, overdue, "overdue"));
		assertThat(keys(member)).containsExactly(key(engagement, dueSoon, "due7"));
	}

	@Test
	void aClosedEngagementGetsNoReminders() {
		EngagementView engagement = engagements.start(OWN, "ปิดแล้ว", SIGNED, lead, Set.of(lead));
		item(engagement.id(), "DELIVERABLE", null, SIGNED.plusDays(3), lead, "IN_PROGRESS");
		lifecycle.close(engagement.id(), SIGNED.plusDays(2));
		reminders.remind(SIGNED.plusDays(10));
		assertThat(keys(lead)).noneMatch(key -> key.startsWith("engagement:" + engagement.id() + ":"));
	}

	private java.util.List<String> keys(long user) {
		return notifications.of(user, 50).stream().map(UserNotice::notice).map(n -> n.key()).toList();
	}

	private static String key(EngagementView engagement, long item, String occasion) {
		return "engagement:" + engagement.id() + ":item:" + item + ":" + occasion;
	}

	private long item(long engagementId, String kind, Long parent, LocalDate due, Long owner, String status) {
		jdbc.sql("""
				insert into eng_work_item (engagement_id, kind, parent_id, position, title_th, title_en, due_date,
				owner_user_id, status, version) values (?, ?, ?, 1, ?, ?, ?, ?, ?, 0)""")
			.params(engagementId, kind, parent, "งาน " + kind, "Item " + kind, due, owner, status)
			.update();
		return jdbc.sql("select max(id) from eng_work_item").query(Long.class).single();
	}
}
