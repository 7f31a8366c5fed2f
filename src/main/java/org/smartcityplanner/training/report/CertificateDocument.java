package org.smartcityplanner.training.report;

import java.time.ZoneId;

import org.smartcityplanner.reports.spi.Part;
import org.smartcityplanner.reports.spi.Publication;
import org.smartcityplanner.reports.spi.PublicationDates;
import org.smartcityplanner.reports.spi.Span;
import org.smartcityplanner.training.Certificate;

/**
 * The certificate of completion as a one-page Thai document: the holder's name, the course and cohort, the dates
 * in the Buddhist Era, the province, and the verification code with a QR code leading to the public check.
 */
final class CertificateDocument {

	private CertificateDocument() {
	}

	static Publication of(Certificate certificate, String provinceName, String verifyUrl, byte[] qrPng, int qrSize) {
		String dates = PublicationDates.full(certificate.startDate()) + " ถึง "
				+ PublicationDates.full(certificate.endDate());
		String issued = PublicationDates.full(certificate.issuedAt().atZone(ZoneId.of("Asia/Bangkok")).toLocalDate());
		return Publication.thai("วุฒิบัตร " + certificate.code(), certificate.issuedAt())
			.property("verification-code", certificate.code())
			.withoutPageNumbers()
			.add(Part.Paragraph.centred(6, new Span("วุฒิบัตร", true, false, 40)))
			.add(Part.Paragraph.centred(0, new Span("Certificate of Completion", false, true, 18)))
			.add(Part.Paragraph.centred(18, Span.plain("ขอมอบวุฒิบัตรฉบับนี้เพื่อแสดงว่า")))
			.add(Part.Paragraph.centred(12, new Span(certificate.traineeName(), true, false, 30)))
			.add(Part.Paragraph.centred(12, Span.plain("ได้ผ่านการอบรม")))
			.add(Part.Paragraph.centred(0, new Span(certificate.courseTitle(), true, false, 20)))
			.add(Part.Paragraph.centred(0, Span.plain(certificate.cohortName())))
			.add(Part.Paragraph.centred(12, Span.plain("ระหว่างวันที่ " + dates)))
			.add(Part.Paragraph.centred(0, Span.plain("ณ จังหวัด" + provinceName)))
			.add(Part.Paragraph.centred(12, Span.plain("ให้ไว้ ณ วันที่ " + issued)))
			.add(new Part.Picture(qrPng, qrSize, qrSize, 3.5, "รหัสตรวจสอบ " + certificate.code(),
					"คิวอาร์โค้ดสำหรับตรวจสอบวุฒิบัตร " + certificate.code()))
			.add(Part.Paragraph.centred(0, new Span("ตรวจสอบได้ที่ " + verifyUrl, false, false, 12)))
			.build();
	}
}
