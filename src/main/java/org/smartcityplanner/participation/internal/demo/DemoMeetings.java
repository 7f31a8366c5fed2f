package org.smartcityplanner.participation.internal.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.smartcityplanner.participation.ActionDraft;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.AttendeeDraft;
import org.smartcityplanner.participation.WorkingGroupApi;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingAttendanceApi;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.participation.MinutesDraft;
import org.smartcityplanner.participation.MinutesHeader;
import org.smartcityplanner.participation.WalkIn;
import org.smartcityplanner.participation.internal.meeting.RecordedAttendance;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.shared.ProvinceCode;

/**
 * TH-65's meetings, all fictional: two working-group meetings with minutes, resolutions and follow-up actions in
 * every status (one overdue), a public hearing of 80 people (invited ones checked in by QR, the rest registered
 * at the door) and an area workshop still to come. A fixed random seed makes every start produce the same data.
 */
final class DemoMeetings {

	record Apis(MeetingApi meetings, MeetingAttendanceApi attendance, RecordedAttendance recorded,
			ProfileApi profile, WorkingGroupApi group) {
	}

	static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
	static final String GROUP = "คณะทำงานขับเคลื่อนการพัฒนาเมืองอัจฉริยะจังหวัดพิษณุโลก";

	private DemoMeetings() {
	}

	static void seed(ProvinceCode province, Apis apis) {
		Random random = new Random(2569);
		List<AttendeeDraft> members = DemoPeople.workingGroup();
		Meeting first = plan(province, apis, MeetingKind.WORKING_GROUP, "1/2569", "ประชุม" + GROUP,
				at(2026, 10, 20, 9, 0), at(2026, 10, 20, 12, 0), "ห้องประชุมพระพุทธชินราช ศาลากลางจังหวัดพิษณุโลก", null, false);
		first = letter(province, apis, first, "พล 0017.3/ว 2451", LocalDate.of(2026, 10, 9));
		List<Attendee> firstPeople = invite(province, apis, first, members);
		attend(province, apis, first, firstPeople, List.of(4, 11), List.of("ติดราชการ", "ลาป่วย"));
		minutes(province, apis, first, "นายธนวัฒน์ ศรีสองแคว", "09:05", "11:50", List.of(
				"ประธานแจ้งคำสั่งจังหวัดแต่งตั้งคณะทำงาน และกรอบเวลาการจัดทำแผน 180 วัน",
				"เป็นการประชุมครั้งแรก จึงไม่มีรายงานการประชุมที่ต้องรับรอง",
				"-",
				"ที่ปรึกษานำเสนอกรอบแผนแม่บทเมืองอัจฉริยะ 7 ด้าน และข้อมูลพื้นฐานพื้นที่เป้าหมายสองแห่ง",
				"-"));
		apis.meetings().resolve(province, first.id(), 4, "เห็นชอบกรอบแผนแม่บทและพื้นที่เป้าหมายสองแห่ง ให้ดำเนินการสำรวจความคิดเห็นประชาชน",
				List.of(new ActionDraft("จัดทำแบบสำรวจความคิดเห็นประชาชน", "สำนักงานจังหวัดพิษณุโลก", LocalDate.of(2026, 11, 10), ActionStatus.DONE),
						new ActionDraft("รวบรวมข้อมูลตัวชี้วัดพื้นฐานของเทศบาล", "เทศบาลนครพิษณุโลก", LocalDate.of(2027, 1, 31), ActionStatus.IN_PROGRESS)));

		Meeting second = plan(province, apis, MeetingKind.WORKING_GROUP, "2/2569", "ประชุม" + GROUP,
				at(2026, 11, 24, 13, 30), at(2026, 11, 24, 16, 30), "ห้องประชุมพระพุทธชินราช ศาลากลางจังหวัดพิษณุโลก", null, false);
		second = letter(province, apis, second, "พล 0017.3/ว 2788", LocalDate.of(2026, 11, 13));
		List<Attendee> secondPeople = invite(province, apis, second, members);
		attend(province, apis, second, secondPeople, List.of(2, 7, 13), List.of("ติดภารกิจต่างจังหวัด", "ติดราชการ", ""));
		minutes(province, apis, second, "นายธนวัฒน์ ศรีสองแคว", "13:35", "16:20", List.of(
				"ประธานแจ้งผลการสำรวจความคิดเห็นเบื้องต้น มีผู้ตอบ 412 คน",
				"ที่ประชุมรับรองรายงานการประชุมครั้งที่ 1/2569 โดยไม่มีการแก้ไข",
				"ความก้าวหน้าการรวบรวมข้อมูลตัวชี้วัดพื้นฐาน",
				"พิจารณาร่างวิสัยทัศน์และโครงการนำร่องด้านการเดินทางอัจฉริยะ",
				"-"));
		apis.meetings().resolve(province, second.id(), 4, "เห็นชอบร่างวิสัยทัศน์ และให้จัดประชุมประชาคมรับฟังความคิดเห็นก่อนเสนอคณะกรรมการ",
				List.of(new ActionDraft("จัดประชุมประชาคมรับฟังความคิดเห็นต่อร่างวิสัยทัศน์", "สำนักงานจังหวัดพิษณุโลก", LocalDate.of(2026, 12, 5), ActionStatus.DONE),
						new ActionDraft("จัดทำรายละเอียดโครงการรถโดยสารไฟฟ้าสาธารณะ", "องค์การบริหารส่วนจังหวัดพิษณุโลก", LocalDate.of(2026, 12, 1), ActionStatus.OPEN),
						new ActionDraft("ประสานข้อมูลการจราจรจากกล้องของตำรวจ", "ตำรวจภูธรจังหวัดพิษณุโลก", LocalDate.of(2027, 2, 15), ActionStatus.OPEN)));
		apis.meetings().resolve(province, second.id(), 5, "ยกเลิกการศึกษาดูงานต่างประเทศ ใช้การประชุมออนไลน์กับเมืองต้นแบบแทน",
				List.of(new ActionDraft("จัดศึกษาดูงานเมืองอัจฉริยะต่างประเทศ", "สำนักงานจังหวัดพิษณุโลก", null, ActionStatus.CANCELLED)));

		hearing(province, apis, members, random);

		var area = apis.profile().areasOf(province).stream().findFirst();
		Meeting workshop = plan(province, apis, MeetingKind.AREA_WORKSHOP, "", "ประชุมเชิงปฏิบัติการออกแบบโครงการระดับพื้นที่",
				at(2027, 1, 15, 9, 0), at(2027, 1, 15, 16, 0), "ศูนย์การเรียนรู้ชุมชนริมน่าน", area.map(a -> a.id()).orElse(null),
				false);
		invite(province, apis, workshop, groupMembersOn(province, apis, workshop, members.subList(0, 10)));
	}

	/**
	 * The seeded working group's members invited by their member id (part1: attendee ids checked against the
	 * group), as long as they had joined by the meeting's day; the generated people when the group has none yet.
	 */
	private static List<AttendeeDraft> groupMembersOn(ProvinceCode province, Apis apis, Meeting meeting,
			List<AttendeeDraft> otherwise) {
		LocalDate day = meeting.startsAt().atZone(BANGKOK).toLocalDate();
		List<AttendeeDraft> members = apis.group().currentMembers(province).stream()
			.filter(m -> !m.joinedOn().isAfter(day))
			.map(m -> new AttendeeDraft(m.fullName(), m.organisation(), m.position(), m.sector(), m.id()))
			.toList();
		return members.isEmpty() ? otherwise : members;
	}

	private static void hearing(ProvinceCode province, Apis apis, List<AttendeeDraft> members, Random random) {
		Instant start = at(2026, 12, 3, 13, 0);
		Meeting hearing = plan(province, apis, MeetingKind.PUBLIC_HEARING, "", "ประชุมประชาคมรับฟังความคิดเห็นต่อร่างแผนแม่บทเมืองอัจฉริยะ",
				start, at(2026, 12, 3, 16, 30), "หอประชุมเทศบาลนครพิษณุโลก", null, true);
		List<AttendeeDraft> invited = new ArrayList<>(members);
		invited.addAll(DemoPeople.people(random, 15));
		List<Attendee> people = invite(province, apis, hearing, invited);
		for (int i = 0; i < people.size(); i++) {
			if (i == 3 || i == 9) {
				apis.attendance().setPresent(province, hearing.id(), people.get(i).id(), false, "ติดราชการ");
				continue;
			}
			apis.recorded().present(province, hearing.id(), people.get(i).id(), "qr", start.plusSeconds(60L * i - 900));
		}
		for (AttendeeDraft person : DemoPeople.people(random, 52)) {
			apis.recorded().walkIn(province, hearing.id(), person, WalkIn.CONSENT_VERSION,
					start.plusSeconds(60L * random.nextInt(50) - 1200));
		}
	}

	private static Meeting plan(ProvinceCode province, Apis apis, MeetingKind kind, String seqNo, String title,
			Instant starts, Instant ends, String venue, Long areaId, boolean walkIn) {
		List<AgendaItem> agenda = List.of(new AgendaItem(1, "", "", ""), new AgendaItem(2, "", "", ""),
				new AgendaItem(3, "", "", ""), new AgendaItem(4, "", "ร่างแผนแม่บทเมืองอัจฉริยะจังหวัดพิษณุโลก", ""));
		return apis.meetings().plan(province,
				new MeetingDraft(kind, seqNo, title, starts, ends, venue, areaId, walkIn, agenda));
	}

	private static Meeting letter(ProvinceCode province, Apis apis, Meeting meeting, String number, LocalDate date) {
		return apis.meetings().changeLetter(province, meeting.id(), new InvitationLetter(number, date,
				"สำนักงานจังหวัดพิษณุโลก\nศาลากลางจังหวัดพิษณุโลก ถนนวังจันทน์ อำเภอเมือง จังหวัดพิษณุโลก 65000",
				"คณะทำงานขับเคลื่อนการพัฒนาเมืองอัจฉริยะจังหวัดพิษณุโลก", "คำสั่งจังหวัดพิษณุโลก ที่ 3120/2569",
				"ระเบียบวาระการประชุม จำนวน 1 ชุด",
				"ตามที่จังหวัดพิษณุโลกได้แต่งตั้งคณะทำงานขับเคลื่อนการพัฒนาเมืองอัจฉริยะจังหวัดพิษณุโลก เพื่อจัดทำแผนแม่บทเมืองอัจฉริยะของจังหวัด ความละเอียดแจ้งแล้ว นั้น",
				"นายธนวัฒน์ ศรีสองแคว", "รองผู้ว่าราชการจังหวัด ปฏิบัติราชการแทนผู้ว่าราชการจังหวัดพิษณุโลก"),
				meeting.version());
	}

	private static List<Attendee> invite(ProvinceCode province, Apis apis, Meeting meeting, List<AttendeeDraft> people) {
		List<Attendee> invited = new ArrayList<>();
		for (AttendeeDraft person : people) {
			invited.add(apis.attendance().register(province, meeting.id(), person, true));
		}
		return invited;
	}

	/** Everyone present (by QR, every fourth by hand) except the absentees at the given positions. */
	private static void attend(ProvinceCode province, Apis apis, Meeting meeting, List<Attendee> people,
			List<Integer> absent, List<String> reasons) {
		for (int i = 0; i < people.size(); i++) {
			int absence = absent.indexOf(i);
			if (absence >= 0) {
				apis.attendance().setPresent(province, meeting.id(), people.get(i).id(), false, reasons.get(absence));
			}
			else {
				apis.recorded().present(province, meeting.id(), people.get(i).id(), i % 4 == 0 ? "manual" : "qr",
						meeting.startsAt().plusSeconds(60L * i - 1200));
			}
		}
	}

	private static void minutes(ProvinceCode province, Apis apis, Meeting meeting, String chair, String opened,
			String closed, List<String> discussions) {
		apis.meetings().recordMinutes(province, meeting.id(), new MinutesDraft(
				new MinutesHeader(chair, opened, closed, "นางสาวปวีณ์ธิดา ทองเจริญ", "นายกิตติศักดิ์ วัฒนพิษณุ"),
				discussions, apis.meetings().meeting(province, meeting.id()).version()));
	}

	static Instant at(int year, int month, int day, int hour, int minute) {
		return LocalDateTime.of(year, month, day, hour, minute).atZone(BANGKOK).toInstant();
	}

}
