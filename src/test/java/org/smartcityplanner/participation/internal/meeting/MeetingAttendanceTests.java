package org.smartcityplanner.participation.internal.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.smartcityplanner.participation.MeetingFixtures.OWN;
import static org.smartcityplanner.participation.MeetingFixtures.person;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.CheckIn;
import org.smartcityplanner.participation.GroupMember;
import org.smartcityplanner.participation.MemberDraft;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.MeetingFixtures;
import org.smartcityplanner.participation.MeetingInputException;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.WalkIn;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.publicaccess.Secrets;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.NotInProvinceException;
import org.smartcityplanner.testing.DatabaseTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Check-in by code through the room's signed link, walk-ins, ticking by hand, and the figures, on H2 and
 * PostgreSQL. The figures query is checked against counting the attendee list by hand.
 */
@DatabaseTest
class MeetingAttendanceTests {

	@Autowired
	MeetingApi meetings;
	@Autowired
	MeetingAttendanceApi attendance;
	@Autowired
	WorkingGroupApi group;

	record Link(long until, String sig) {
	}

	Link link(Meeting meeting) {
		var query = UriComponentsBuilder.fromUriString(attendance.checkInPath(OWN, meeting.id())).build().getQueryParams();
		return new Link(Long.parseLong(query.getFirst("until")), query.getFirst("sig"));
	}

	@Test
	void aMemberIdIsTakenWhenItNamesAMemberOfThisProvincesGroupOnTheMeetingsDay() {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมสมาชิกคณะทำงาน"));
		GroupMember member = group.addMember(OWN, new MemberDraft("นายสมาชิก ประจำ", "ผู้อำนวยการ", "สำนักงานจังหวัด",
				"PROVINCIAL_ADMINISTRATION", "MEMBER"));
		Attendee attendee = attendance.register(OWN, meeting.id(), new AttendeeDraft("นายสมาชิก ประจำ",
				"สำนักงานจังหวัด", "ผู้อำนวยการ", Sector.PROVINCIAL_ADMINISTRATION, member.id()), true);
		assertThat(attendee.person().memberId()).isEqualTo(member.id());

		GroupMember elsewhere = group.addMember(MeetingFixtures.OTHER, new MemberDraft("นายต่าง จังหวัด", "ผู้อำนวยการ",
				"สำนักงานจังหวัดอื่น", "ACADEMIA", "MEMBER"));
		for (long foreign : List.of(elsewhere.id(), -4L)) {
			assertThatThrownBy(() -> attendance.register(OWN, meeting.id(), new AttendeeDraft("นายต่าง จังหวัด", "มหาวิทยาลัย", "อาจารย์",
					Sector.ACADEMIA, foreign), true))
				.isInstanceOfSatisfying(NotInProvinceException.class, e -> assertThat(e.field()).isEqualTo("memberId"));
		}

		// left today: no longer a member at today's meeting
		GroupMember former = group.addMember(OWN, new MemberDraft("นางอดีต สมาชิก", "นักวิชาการ", "มหาวิทยาลัย",
				"ACADEMIA", "MEMBER"));
		group.memberLeaves(OWN, former.id(), former.version());
		assertThatThrownBy(() -> attendance.register(OWN, meeting.id(), new AttendeeDraft("นางอดีต สมาชิก", "มหาวิทยาลัย", "นักวิชาการ",
				Sector.ACADEMIA, former.id()), true))
			.isInstanceOfSatisfying(MeetingInputException.class, e -> assertThat(e.issues())
				.extracting(i -> i.field() + ":" + i.code()).containsExactly("memberId:notActiveMember"));
		// joined today: not yet a member at a meeting three days ago
		Instant past = Instant.now().minus(Duration.ofDays(3));
		Meeting earlier = meetings.plan(OWN, new MeetingDraft(MeetingKind.WORKING_GROUP, "", "ประชุมก่อนแต่งตั้ง", past,
				past.plus(Duration.ofHours(2)), "ห้องประชุม", null, false, List.of()));
		assertThatThrownBy(() -> attendance.register(OWN, earlier.id(), new AttendeeDraft("นายสมาชิก ประจำ", "สำนักงานจังหวัด", "ผู้อำนวยการ",
				Sector.PROVINCIAL_ADMINISTRATION, member.id()), true))
			.isInstanceOf(MeetingInputException.class);
		assertThat(attendance.attendees(OWN, meeting.id())).extracting(a -> a.person().memberId())
			.containsExactly(member.id());
	}

	@Test
	void anInviteeChecksInWithTheCodeOnceHoweverOftenTheyScan() {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมลงชื่อด้วยรหัส"));
		Attendee invitee = attendance.register(OWN, meeting.id(), person("นางสาวรหัส ถูกต้อง", Sector.ACADEMIA), true);
		Link link = link(meeting);
		CheckIn first = attendance.checkIn(meeting.id(), link.until(), link.sig(),
				invitee.checkInCode().toLowerCase());
		CheckIn again = attendance.checkIn(meeting.id(), link.until(), link.sig(), invitee.checkInCode());
		assertThat(first.alreadyCheckedIn()).isFalse();
		assertThat(again.alreadyCheckedIn()).isTrue();
		assertThat(again.checkedInAt()).isEqualTo(first.checkedInAt());
		assertThat(meetings.counts(OWN, meeting.id()).invitedPresent()).isEqualTo(1);
		assertThat(attendance.attendees(OWN, meeting.id()).get(0).checkInMethod()).isEqualTo("qr");
	}

	@Test
	void refusesForgedLinksUnknownCodesAndEndedMeetings() {
		Meeting meeting = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมลิงก์ปลอม"));
		Link link = link(meeting);
		assertThatThrownBy(() -> attendance.checkIn(meeting.id(), link.until(), link.sig() + "x", "ABCDEF"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("participation.checkin.forged"));
		assertThatThrownBy(() -> attendance.checkIn(meeting.id(), link.until(), link.sig(), "ZZZZZZ"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("participation.checkin.unknownCode"));
		assertThatThrownBy(() -> attendance.checkIn(meeting.id(), link.until(), link.sig(), "=HYPERLINK(1)"))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("participation.checkin.badCode"));
		Meeting ended = meetings.plan(OWN, MeetingFixtures.ended("ประชุมที่เลิกแล้ว"));
		Link old = link(ended);
		assertThatThrownBy(() -> attendance.openCheckIn(ended.id(), old.until(), old.sig()))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("participation.checkin.expired"));
	}

	@Test
	void aWalkInSentTwiceWithTheSameFormIsRegisteredOnceAndNeedsConsent() {
		Meeting hearing = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.PUBLIC_HEARING, "ประชาคมทดสอบ"));
		Link link = link(hearing);
		AttendeeDraft walker = new AttendeeDraft("นายเดิน เข้ามา", "ชุมชนท่าน้ำ", "", Sector.CIVIL_SOCIETY, null);
		String key = Secrets.secret();
		assertThatThrownBy(() -> attendance.walkIn(hearing.id(), link.until(), link.sig(), new WalkIn(walker, false, key)))
			.isInstanceOfSatisfying(MeetingInputException.class,
					e -> assertThat(e.issues()).extracting(i -> i.field()).containsExactly("consent"));
		CheckIn first = attendance.walkIn(hearing.id(), link.until(), link.sig(), new WalkIn(walker, true, key));
		CheckIn retried = attendance.walkIn(hearing.id(), link.until(), link.sig(), new WalkIn(walker, true, key));
		assertThat(first.alreadyCheckedIn()).isFalse();
		assertThat(retried.alreadyCheckedIn()).isTrue();
		assertThat(attendance.attendees(OWN, hearing.id())).hasSize(1).first()
			.satisfies(a -> assertThat(a.invited()).isFalse());
		assertThat(meetings.counts(OWN, hearing.id()).othersPresent()).isEqualTo(1);

		Meeting closed = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.WORKING_GROUP, "ประชุมเฉพาะผู้ได้รับเชิญ"));
		Link closedLink = link(closed);
		assertThatThrownBy(() -> attendance.walkIn(closed.id(), closedLink.until(), closedLink.sig(),
				new WalkIn(walker, true, Secrets.secret())))
			.isInstanceOfSatisfying(InvalidInputException.class,
					e -> assertThat(e.messageKey()).isEqualTo("participation.checkin.walkInClosed"));
	}

	@Test
	void theFiguresQueryAgreesWithCountingTheAttendeeListByHand() {
		Meeting hearing = meetings.plan(OWN, MeetingFixtures.openNow(MeetingKind.PUBLIC_HEARING, "ประชาคมนับจำนวน"));
		Link link = link(hearing);
		Sector[] sectors = Sector.values();
		for (int i = 0; i < 17; i++) {
			Attendee a = attendance.register(OWN, hearing.id(), person("ผู้ได้รับเชิญ " + i, sectors[i % 6]), true);
			if (i % 3 == 0) {
				attendance.checkIn(hearing.id(), link.until(), link.sig(), a.checkInCode());
			}
			else if (i % 3 == 1) {
				attendance.setPresent(OWN, hearing.id(), a.id(), true, null);
			}
			else {
				attendance.setPresent(OWN, hearing.id(), a.id(), false, "ติดราชการ");
			}
		}
		for (int i = 0; i < 9; i++) {
			attendance.walkIn(hearing.id(), link.until(), link.sig(), new WalkIn(
					person("ผู้มาหน้างาน " + i, sectors[(i * 5) % 6]), true, Secrets.secret()));
		}
		List<Attendee> people = attendance.attendees(OWN, hearing.id());
		Map<Sector, Integer> bySector = new EnumMap<>(Sector.class);
		for (Sector s : sectors) {
			bySector.put(s, (int) people.stream().filter(a -> a.present() && a.person().sector() == s).count());
		}
		MeetingCounts counts = meetings.counts(OWN, hearing.id());
		assertThat(counts.invited()).isEqualTo((int) people.stream().filter(Attendee::invited).count()).isEqualTo(17);
		assertThat(counts.invitedPresent()).isEqualTo((int) people.stream().filter(a -> a.invited() && a.present()).count());
		assertThat(counts.invitedAbsent()).isEqualTo((int) people.stream().filter(a -> a.invited() && !a.present()).count());
		assertThat(counts.othersPresent()).isEqualTo(9);
		assertThat(counts.presentBySector()).isEqualTo(bySector);
		assertThat(counts.byMethod()).containsEntry("walk-in", 9).containsEntry("qr", 6).containsEntry("manual", 6);
		assertThat(meetings.counts(OWN)).containsEntry(hearing.id(), counts);
	}
}
