package org.smartcityplanner.participation.internal.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.demo.spi.DemoSeed;
import org.smartcityplanner.participation.ActionCounts;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** The demo province's meetings as the brief describes them, seeded in a transaction that is rolled back. */
@DatabaseTest
@Transactional
class MeetingsDemoSeedTests {

	static final ProvinceCode DEMO = new ProvinceCode("TH-65");

	@Autowired
	List<DemoSeed> seeds;
	@Autowired
	MeetingApi meetings;
	@Autowired
	org.smartcityplanner.participation.MeetingAttendanceApi attendance;
	@Autowired
	org.smartcityplanner.participation.WorkingGroupApi group;

	@Test
	void fourMeetingsTwoWithMinutesAHearingOf80AndActionsInEveryStatus() {
		// the seeds this one builds on (accounts, target areas) run first, as at a demo start
		seeds.stream().filter(seed -> seed.order() <= MeetingsDemoSeed.ORDER)
			.sorted(Comparator.comparingInt(DemoSeed::order))
			.filter(seed -> !seed.isSeeded(DEMO))
			.forEach(seed -> seed.seed(DEMO));

		List<Meeting> all = meetings.meetings(DEMO);
		assertThat(all).extracting(Meeting::kind).containsExactlyInAnyOrder(MeetingKind.WORKING_GROUP,
				MeetingKind.WORKING_GROUP, MeetingKind.PUBLIC_HEARING, MeetingKind.AREA_WORKSHOP);
		assertThat(all).filteredOn(m -> m.kind() == MeetingKind.WORKING_GROUP)
			.allSatisfy(m -> {
				assertThat(m.minutes().recorded()).isTrue();
				assertThat(meetings.resolutions(DEMO, m.id())).isNotEmpty();
			});
		Meeting hearing = all.stream().filter(m -> m.kind() == MeetingKind.PUBLIC_HEARING).findFirst().orElseThrow();
		MeetingCounts counts = meetings.counts(DEMO, hearing.id());
		assertThat(counts.present()).isEqualTo(80);
		assertThat(counts.byMethod()).containsOnlyKeys("qr", "walk-in");
		assertThat(counts.presentBySector().values()).allSatisfy(n -> assertThat(n).isPositive());
		Meeting workshop = all.stream().filter(m -> m.kind() == MeetingKind.AREA_WORKSHOP).findFirst().orElseThrow();
		assertThat(workshop.details().targetAreaId()).isNotNull();
		// the workshop invites the seeded working group by member id (whoever had joined by its day)
		java.time.LocalDate workshopDay = workshop.startsAt().atZone(java.time.ZoneId.of("Asia/Bangkok")).toLocalDate();
		List<Long> memberIds = group.currentMembers(DEMO).stream().filter(m -> !m.joinedOn().isAfter(workshopDay))
			.map(m -> m.id()).toList();
		if (!memberIds.isEmpty()) {
			assertThat(attendance.attendees(DEMO, workshop.id())).extracting(a -> a.person().memberId())
				.containsExactlyInAnyOrderElementsOf(memberIds);
		}

		ActionCounts actions = meetings.actionCounts(DEMO);
		assertThat(actions.byStatus()).allSatisfy((status, n) -> assertThat(n).as(status.name()).isPositive());
		assertThat(actions.overdue()).isPositive();
		Map<ActionStatus, Long> byHand = all.stream().flatMap(m -> meetings.resolutions(DEMO, m.id()).stream())
			.flatMap(r -> r.actions().stream())
			.collect(Collectors.groupingBy(a -> a.draft().status(), Collectors.counting()));
		byHand.forEach((status, n) -> assertThat(actions.byStatus().get(status)).isEqualTo(n.intValue()));
		assertThat(seeds.stream().filter(s -> s instanceof MeetingsDemoSeed).findFirst().orElseThrow().isSeeded(DEMO))
			.isTrue();
	}
}
