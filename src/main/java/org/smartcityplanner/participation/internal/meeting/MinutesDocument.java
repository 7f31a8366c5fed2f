package org.smartcityplanner.participation.internal.meeting;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.Attendee;
import org.smartcityplanner.participation.FollowUpAction;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingCounts;
import org.smartcityplanner.participation.MinutesHeader;
import org.smartcityplanner.participation.Resolution;
import org.smartcityplanner.participation.Sector;
import org.smartcityplanner.participation.ActionStatus;
import org.smartcityplanner.participation.domain.meeting.StandardAgenda;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Part.Paragraph.Layout;
import org.smartcityplanner.publication.Part.Table.Column;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.PublicationDates;
import org.smartcityplanner.publication.Span;
import org.smartcityplanner.publication.Value;

/**
 * The minutes (รายงานการประชุม) in the Thai official form: title, number, day and place; ผู้มาประชุม, ผู้ไม่มาประชุม
 * and ผู้เข้าร่วมประชุม; เริ่มประชุมเวลา; ระเบียบวาระที่ ๑–๕ each with its discussion, มติที่ประชุม and follow-up
 * actions; เลิกประชุมเวลา; ผู้จดรายงานการประชุม and ผู้ตรวจรายงาน. The head counts come from the meeting's figures.
 */
final class MinutesDocument {

	/**
	 * What the minutes print.
	 *
	 * @param sectorName a sector in Thai
	 * @param statusName an action status in Thai
	 */
	record Input(Meeting meeting, List<Attendee> attendees, List<Resolution> resolutions, MeetingCounts counts,
			Function<Sector, String> sectorName, Function<ActionStatus, String> statusName) {
	}

	private MinutesDocument() {
	}

	static Publication of(Input in, Instant now) {
		Meeting meeting = in.meeting();
		MinutesHeader header = meeting.minutes();
		var doc = Publication.thai("รายงานการประชุม " + meeting.title(), now)
			.property("meeting-id", String.valueOf(meeting.id()))
			.property("province", meeting.province().value());
		doc.add(Part.Paragraph.centred(0, new Span("รายงานการประชุม" + meeting.title(), true, false, 18)));
		if (!meeting.details().seqNo().isEmpty()) {
			doc.add(Part.Paragraph.centred(0, Span.bold("ครั้งที่ " + meeting.details().seqNo())));
		}
		doc.add(Part.Paragraph.centred(0, Span.plain("เมื่อ" + ThaiWording.day(meeting.startsAt()))));
		doc.add(Part.Paragraph.centred(0, Span.plain("ณ " + meeting.details().venue())));
		doc.add(Part.Paragraph.centred(0, Span.plain("-------------------------")));

		people(doc, "ผู้มาประชุม", in.counts().invitedPresent(), in, a -> a.invited() && a.present(), false);
		people(doc, "ผู้ไม่มาประชุม", in.counts().invitedAbsent(), in, a -> a.invited() && !a.present(), true);
		people(doc, "ผู้เข้าร่วมประชุม", in.counts().othersPresent(), in, a -> !a.invited() && a.present(), false);

		doc.add(bold(12, header.openedAt().isEmpty() ? "เริ่มประชุมเวลา ………… น."
				: "เริ่มประชุมเวลา " + ThaiWording.clock(header.openedAt())));
		if (!header.chairName().isEmpty()) {
			doc.paragraph(header.chairName() + " ประธานที่ประชุม กล่าวเปิดการประชุมและดำเนินการประชุมตามระเบียบวาระ ดังนี้");
		}
		for (AgendaItem item : meeting.agenda()) {
			doc.add(new Part.Paragraph(List.of(Span.bold("ระเบียบวาระที่ " + StandardAgenda.thaiNumber(item.position())
					+ "  " + item.title())), Layout.LEFT, 12));
			doc.paragraph(item.discussion().isEmpty() ? "-" : item.discussion());
			List<Resolution> resolved = in.resolutions().stream().filter(r -> r.agendaPosition() == item.position())
				.toList();
			for (Resolution resolution : resolved) {
				doc.add(new Part.Paragraph(List.of(Span.bold("มติที่ประชุม  "), Span.plain(resolution.text())),
						Layout.BODY, 6));
				if (!resolution.actions().isEmpty()) {
					doc.add(actions(resolution.actions(), in.statusName()));
				}
			}
		}
		doc.add(bold(12, header.closedAt().isEmpty() ? "เลิกประชุมเวลา ………… น."
				: "เลิกประชุมเวลา " + ThaiWording.clock(header.closedAt())));
		signatureBlock(doc, header.recorderName(), "ผู้จดรายงานการประชุม");
		signatureBlock(doc, header.reviewerName(), "ผู้ตรวจรายงาน");
		return doc.build();
	}

	private static void people(Publication.Builder doc, String heading, int count, Input in,
			Predicate<Attendee> which, boolean withNote) {
		doc.add(bold(12, heading + " (" + count + " คน)"));
		List<List<Value>> rows = new ArrayList<>();
		for (Attendee a : in.attendees().stream().filter(which).toList()) {
			String position = a.person().positionTitle().isEmpty() ? a.person().organisation()
					: a.person().positionTitle() + " " + a.person().organisation();
			List<Value> row = new ArrayList<>(List.of(Value.whole(rows.size() + 1), Value.text(a.person().fullName()),
					Value.text(position), Value.text(in.sectorName().apply(a.person().sector()))));
			if (withNote) {
				row.add(Value.text(a.absenceNote()));
			}
			rows.add(row);
		}
		if (rows.isEmpty()) {
			doc.paragraph("-");
			return;
		}
		List<Column> columns = new ArrayList<>(List.of(Column.number("ลำดับ", 1.2), Column.text("ชื่อ - สกุล", 3.6),
				Column.text("ตำแหน่ง / หน่วยงาน", 4), Column.text("ภาคส่วน", 2.6)));
		if (withNote) {
			columns.add(Column.text("หมายเหตุ", 2));
		}
		doc.add(new Part.Table("", columns, rows));
	}

	private static Part.Table actions(List<FollowUpAction> actions, Function<ActionStatus, String> statusName) {
		List<List<Value>> rows = actions.stream().map(action -> List.of(Value.text(action.draft().description()),
				Value.text(action.draft().ownerName()),
				action.draft().dueDate() == null ? Value.text("-")
						: Value.text(PublicationDates.abbreviated(action.draft().dueDate())),
				Value.text(statusName.apply(action.draft().status())))).toList();
		return new Part.Table("การดำเนินการต่อ", List.of(Column.text("สิ่งที่ต้องดำเนินการ", 4),
				Column.text("ผู้รับผิดชอบ", 2.6), Column.text("กำหนดเสร็จ", 2.4), Column.text("สถานะ", 2.6)), rows);
	}

	private static void signatureBlock(Publication.Builder doc, String name, String role) {
		doc.add(Part.Paragraph.centred(36, Span.plain("(ลงชื่อ) …………………………………… " + role)));
		doc.add(Part.Paragraph.centred(0, Span.plain("(" + (name.isEmpty() ? "……………………………………" : name) + ")")));
	}

	private static Part.Paragraph bold(int spaceBefore, String text) {
		return new Part.Paragraph(List.of(Span.bold(text)), Layout.LEFT, spaceBefore);
	}
}
