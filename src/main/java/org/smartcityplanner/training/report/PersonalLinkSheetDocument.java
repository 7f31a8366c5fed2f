package org.smartcityplanner.training.report;

import java.time.Instant;

import org.smartcityplanner.publicaccess.QrCodes;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.PublicationDates;
import org.smartcityplanner.publication.Span;
import org.smartcityplanner.training.PersonalLinkSheet;

/**
 * The printable link sheet of a cohort (A4, Thai): a note on what the sheet is, then one slip per trainee between
 * cut lines with their name, organisation, the QR code of their personal link and the link written out for those
 * who type it.
 */
final class PersonalLinkSheetDocument {

	/** Printed between the slips; the trainer cuts along it. */
	static final String CUT_LINE = "- - - - - - - - - - - - - - - - ตัดตามเส้นนี้ - - - - - - - - - - - - - - - -";
	static final int QR_PIXELS = 300;

	private PersonalLinkSheetDocument() {
	}

	static Publication of(PersonalLinkSheet sheet, String provinceName, Instant madeAt) {
		String day = PublicationDates.full(madeAt.atZone(TrainingReportDocument.BANGKOK).toLocalDate());
		var doc = Publication.thai("ลิงก์ส่วนตัวผู้เข้าอบรม " + sheet.cohort().name(), madeAt)
			// a title, not a numbered heading: the sheet is a hand-out, not a chapter
			.add(Part.Paragraph.centred(0, new Span("ลิงก์ส่วนตัวผู้เข้าอบรม " + sheet.cohort().name(), true, false, 20)))
			.paragraph("จังหวัด" + provinceName + " ออกเมื่อวันที่ " + day + " จำนวน " + sheet.entries().size() + " คน")
			.paragraph("ตัดตามเส้นประแล้วมอบแผ่นเล็กให้ผู้เข้าอบรมแต่ละคน ผู้เข้าอบรมสแกนคิวอาร์โค้ดด้วยโทรศัพท์ของตน "
					+ "เพื่อเปิดหน้าส่วนตัว ใช้ลงชื่อเข้าอบรม ทำแบบทดสอบ ประเมินการอบรม และรับวุฒิบัตร โดยไม่ต้องมีบัญชีผู้ใช้")
			.paragraph("ลิงก์เป็นความลับเฉพาะตัว ผู้ที่ได้ลิงก์ไปจะเข้าหน้าของเจ้าของลิงก์ได้ กรุณามอบให้ถึงมือเจ้าของ "
					+ "และทำลายแผ่นที่เหลือ ระบบเก็บลิงก์ไว้ในรูปที่ย้อนกลับไม่ได้ จึงพิมพ์ใบนี้ซ้ำไม่ได้ "
					+ "การออกลิงก์ใหม่ให้ผู้ใดทำให้ลิงก์เดิมของผู้นั้นในใบนี้ใช้ไม่ได้");
		for (PersonalLinkSheet.Entry entry : sheet.entries()) {
			doc.add(Part.Paragraph.centred(12, new Span(CUT_LINE, false, false, 10)))
				.add(Part.Paragraph.centred(6, new Span(entry.fullName(), true, false, 18)))
				.add(Part.Paragraph.centred(0, Span.plain(entry.organisation())))
				.add(new Part.Picture(QrCodes.png(entry.link(), QR_PIXELS), QR_PIXELS, QR_PIXELS, 3.2, "",
						"คิวอาร์โค้ดลิงก์ส่วนตัวของ " + entry.fullName()))
				.add(Part.Paragraph.centred(0, new Span(entry.link(), false, false, 12)))
				.add(Part.Paragraph.centred(0, new Span("ลิงก์นี้เป็นความลับเฉพาะตัว อย่าส่งต่อ", false, true, 12)));
		}
		if (!sheet.entries().isEmpty()) {
			doc.add(Part.Paragraph.centred(12, new Span(CUT_LINE, false, false, 10)));
		}
		return doc.build();
	}
}
