package org.smartcityplanner.participation.internal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcityplanner.participation.MeetingFixtures.OTHER;
import static org.smartcityplanner.participation.MeetingFixtures.OWN;
import static org.smartcityplanner.participation.MeetingFixtures.person;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.FollowUpAction;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingFixtures;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.participation.MinutesHeader;
import org.smartcityplanner.participation.Resolution;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Meetings stored and read back on H2 and PostgreSQL: versions, province checks, resolutions, audit. */
@DatabaseTest
class MeetingServiceTests {

	@Autowired
	MeetingApi meetings;
	@Autowired
	MeetingAttendanceApi attendance;
	@Autowired
	JdbcClient jdbc;

	@Test
	void plansAMeetingWithTheStandardAgendaAndChangesItOnlyFromTheCurrentVersion() {
		Meeting planned = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมทดสอบรุ่น"));
		assertThat(planned.agenda()).hasSize(5);
		assertThat(planned.agenda().get(3).title()).isEqualTo("เรื่องเพื่อพิจารณา");
		MeetingDraft moved = new MeetingDraft(MeetingKind.WORKING_GROUP, "2/2569", "ประชุมทดสอบรุ่น (เลื่อน)",
				planned.startsAt().plusSeconds(3600), planned.endsAt().plusSeconds(3600), "ห้องใหม่", null, false,
				List.of());
		Meeting changed = meetings.change(OWN, planned.id(), moved, planned.version());
		assertThat(changed.version()).isEqualTo(planned.version() + 1);
		assertThat(changed.title()).isEqualTo("ประชุมทดสอบรุ่น (เลื่อน)");
		assertThatThrownBy(() -> meetings.change(OWN, planned.id(), moved, planned.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'participation-meeting' and entity_id = ?")
			.param(String.valueOf(planned.id())).query(Long.class).single()).isEqualTo(2);
	}

	@Test
	void anotherProvincesMeetingIsNotFoundAndNothingIsStoredThroughIt() {
		Meeting theirs = meetings.plan(OTHER, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมของจังหวัดอื่น"));
		assertThatThrownBy(() -> meetings.meeting(OWN, theirs.id())).isInstanceOf(NotInProvinceException.class);
		assertThatThrownBy(() -> attendance.register(OWN, theirs.id(), person("นายคนนอก ทดสอบ", Sector.PRIVATE), true))
			.isInstanceOf(NotInProvinceException.class);
		assertThatThrownBy(() -> meetings.resolve(OWN, theirs.id(), 4, "มติ", List.of()))
			.isInstanceOf(NotInProvinceException.class);
		assertThat(attendance.attendees(OTHER, theirs.id())).isEmpty();
		assertThat(meetings.resolutions(OTHER, theirs.id())).isEmpty();
	}

	@Test
	void aTargetAreaOfAnotherProvinceOrAMemberIdThatCannotBeProvenIsRefused() {
		MeetingDraft draft = MeetingFixtures.openNow(MeetingKind.AREA_WORKSHOP, "ประชุมระดับพื้นที่");
		MeetingDraft withArea = new MeetingDraft(draft.kind(), "", draft.title(), draft.startsAt(), draft.endsAt(),
				draft.venue(), 987_654_321L, false, List.of());
		assertThatThrownBy(() -> meetings.plan(OWN, withArea)).isInstanceOf(NotInProvinceException.class);
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมสมาชิก"));
		var member = new org.smartcityplanner.participation.AttendeeDraft("นางสมาชิก ทดสอบ", "อบจ.", "",
				Sector.LOCAL_GOVERNMENT, 42L);
		assertThatThrownBy(() -> attendance.register(OWN, meeting.id(), member, true))
			.isInstanceOf(NotInProvinceException.class);
		assertThat(attendance.attendees(OWN, meeting.id())).isEmpty();
	}

	@Test
	void recordsMinutesResolutionsAndMovesActionsOnWithOptimisticLocking() {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมบันทึกรายงาน"));
		Meeting recorded = meetings.recordMinutes(OWN, meeting.id(), new MinutesDraft(
				new MinutesHeader("นายประธาน ทดสอบ", "09:00", "11:30", "นางสาวผู้จด", "นายผู้ตรวจ"),
				List.of("แจ้งเพื่อทราบ", "รับรอง", "", "พิจารณาโครงการ", ""), meeting.version()));
		assertThat(recorded.minutes().recorded()).isTrue();
		assertThat(recorded.agenda().get(3).discussion()).isEqualTo("พิจารณาโครงการ");
		Resolution resolution = meetings.resolve(OWN, meeting.id(), 4, "เห็นชอบโครงการนำร่อง",
				List.of(new ActionDraft("จัดทำรายละเอียดโครงการ", "สำนักงานจังหวัด", LocalDate.of(2027, 1, 31), null)));
		FollowUpAction action = resolution.actions().get(0);
		assertThat(action.draft().status()).isEqualTo(ActionStatus.OPEN);
		FollowUpAction done = meetings.changeAction(OWN, action.id(),
				new ActionDraft(action.draft().description(), action.draft().ownerName(), action.draft().dueDate(),
						ActionStatus.DONE), action.version());
		assertThat(done.draft().status()).isEqualTo(ActionStatus.DONE);
		assertThatThrownBy(() -> meetings.changeAction(OWN, action.id(), action.draft(), action.version()))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThatThrownBy(() -> meetings.changeAction(OTHER, action.id(), action.draft(), done.version()))
			.isInstanceOf(NotInProvinceException.class);
		assertThatThrownBy(() -> meetings.resolve(OWN, meeting.id(), 9, "", List.of()))
			.isInstanceOfSatisfying(MeetingInputException.class,
					e -> assertThat(e.issues()).extracting(i -> i.field()).containsExactly("text", "agendaPosition"));
	}
}
