package org.smartcityplanner.participation.internal.meeting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.smartcityplanner.participation.AgendaItem;
import org.smartcityplanner.participation.InvitationLetter;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.domain.meeting.StandardAgenda;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Part.Paragraph.Layout;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.PublicationDates;
import org.smartcityplanner.publication.Span;

/**
 * The invitation letter (หนังสือเชิญประชุม) in the form of a Thai official letter: number and sending office, date in
 * the Buddhist Era, เรื่อง, เรียน, อ้างถึง and สิ่งที่ส่งมาด้วย where used, the body with the day, time and place, the
 * closing "จึงเรียนมาเพื่อโปรด…", the signature block, and the agenda after it.
 */
final class InvitationLetterDocument {

	private InvitationLetterDocument() {
	}

	static Publication of(Meeting meeting, String provinceName, LocalDate today, Instant now) {
		InvitationLetter letter = meeting.letter();
		var doc = Publication.thai("หนังสือเชิญประชุม " + meeting.title(), now).withoutPageNumbers()
			.property("meeting-id", String.valueOf(meeting.id()))
			.property("province", meeting.province().value());
		doc.add(left(List.of(Span.plain("ที่ " + orDots(letter.letterNo())))));
		for (String line : (letter.issuingOffice().isEmpty() ? "ศาลากลางจังหวัด" + provinceName
				: letter.issuingOffice()).split("\\R")) {
			doc.add(new Part.Paragraph(List.of(Span.plain(line)), Layout.RIGHT, 0));
		}
		LocalDate date = letter.letterDate() == null ? today : letter.letterDate();
		doc.add(Part.Paragraph.centred(12, Span.plain(PublicationDates.full(date))));
		doc.add(labelled(12, "เรื่อง", "ขอเชิญประชุม" + meeting.title()));
		doc.add(labelled(6, "เรียน", letter.addressee().isEmpty() ? orDots("") : letter.addressee()));
		if (!letter.referenceText().isEmpty()) {
			doc.add(labelled(6, "อ้างถึง", letter.referenceText()));
		}
		if (!letter.enclosures().isEmpty()) {
			doc.add(labelled(6, "สิ่งที่ส่งมาด้วย", letter.enclosures()));
		}
		for (String paragraph : letter.body().split("\\R\\s*\\R")) {
			if (!paragraph.isBlank()) {
				doc.add(new Part.Paragraph(List.of(Span.plain(paragraph.strip())), Layout.BODY, 12));
			}
		}
		doc.add(new Part.Paragraph(List.of(Span.plain("ในการนี้ จึงขอเชิญท่านเข้าร่วมการประชุม"
				+ (meeting.details().seqNo().isEmpty() ? "" : " ครั้งที่ " + meeting.details().seqNo()) + " ใน"
				+ ThaiWording.day(meeting.startsAt()) + " เวลา " + ThaiWording.hours(meeting.startsAt(), meeting.endsAt())
				+ " ณ " + meeting.details().venue() + " รายละเอียดตามระเบียบวาระการประชุมท้ายหนังสือนี้")), Layout.BODY, 6));
		doc.add(new Part.Paragraph(List.of(Span.plain("จึงเรียนมาเพื่อโปรดพิจารณาเข้าร่วมประชุมตามวัน เวลา และสถานที่ดังกล่าว")),
				Layout.BODY, 6));
		doc.add(signature(24, "ขอแสดงความนับถือ"));
		doc.add(signature(48, "(" + orDots(letter.signerName()) + ")"));
		if (!letter.signerPosition().isEmpty()) {
			doc.add(signature(0, letter.signerPosition()));
		}
		doc.add(Part.Paragraph.centred(36, Span.bold("ระเบียบวาระการประชุม" + meeting.title())));
		for (AgendaItem item : meeting.agenda()) {
			doc.add(left(List.of(Span.bold("ระเบียบวาระที่ " + StandardAgenda.thaiNumber(item.position()) + " "),
					Span.plain(item.title()))));
			if (!item.details().isEmpty()) {
				doc.paragraph(item.details());
			}
		}
		return doc.build();
	}

	private static Part.Paragraph labelled(int spaceBefore, String label, String text) {
		return new Part.Paragraph(List.of(Span.bold(label + "  "), Span.plain(text)), Layout.LEFT, spaceBefore);
	}

	private static Part.Paragraph left(List<Span> spans) {
		return new Part.Paragraph(spans, Layout.LEFT, 0);
	}

	/** The closing and signature sit in the centre under the body, as official letters place them. */
	private static Part.Paragraph signature(int spaceBefore, String text) {
		return Part.Paragraph.centred(spaceBefore, Span.plain(text));
	}

	private static String orDots(String text) {
		return text.isEmpty() ? "………………………" : text;
	}
}
