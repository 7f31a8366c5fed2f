package org.smartcityplanner.training.report;

import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.PublicationDates;
import org.smartcityplanner.publication.Span;
import org.smartcityplanner.training.Certificate;
import org.smartcityplanner.training.CertificateSigner;

/**
 * The certificate of completion as a one-page Thai document: the issuing agency, the holder's name, the course
 * and cohort, the dates in the Buddhist Era, the date it is given (the day the course was completed, not the day
 * it was downloaded), the signing official's name and position, and the verification code with a QR code leading
 * to the public check at the configured public address.
 */
final class CertificateDocument {

	/** Where the official signs by hand on the printed certificate. */
	static final String SIGNATURE_LINE = "ลงชื่อ ........................................................";

	private CertificateDocument() {
	}

	static Publication of(Certificate certificate, String provinceName, String verifyUrl, byte[] qrPng, int qrSize) {
		String dates = PublicationDates.full(certificate.startDate()) + " ถึง "
				+ PublicationDates.full(certificate.endDate());
		CertificateSigner signer = certificate.signer();
		// until a cohort names its agency, the province that ran the training is the issuer
		String agency = signer.issuingAgency().isEmpty() ? "จังหวัด" + provinceName : signer.issuingAgency();
		var doc = Publication.thai("วุฒิบัตร " + certificate.code(), certificate.issuedAt())
			.property("verification-code", certificate.code())
			.withoutPageNumbers()
			.add(Part.Paragraph.centred(0, new Span(agency, true, false, 20)))
			.add(Part.Paragraph.centred(6, new Span("วุฒิบัตร", true, false, 40)))
			.add(Part.Paragraph.centred(0, new Span("Certificate of Completion", false, true, 18)))
			.add(Part.Paragraph.centred(12, Span.plain("ขอมอบวุฒิบัตรฉบับนี้เพื่อแสดงว่า")))
			.add(Part.Paragraph.centred(6, new Span(certificate.traineeName(), true, false, 30)))
			.add(Part.Paragraph.centred(6, Span.plain("ได้ผ่านการอบรม")))
			.add(Part.Paragraph.centred(0, new Span(certificate.courseTitle(), true, false, 20)))
			.add(Part.Paragraph.centred(0, Span.plain(certificate.cohortName())))
			.add(Part.Paragraph.centred(6, Span.plain("ระหว่างวันที่ " + dates)))
			.add(Part.Paragraph.centred(0, Span.plain("ณ จังหวัด" + provinceName)))
			.add(Part.Paragraph.centred(6, Span.plain("ให้ไว้ ณ วันที่ " + PublicationDates.full(certificate.completedOn()))));
		if (signer.canSign()) {
			doc.add(Part.Paragraph.centred(24, Span.plain(SIGNATURE_LINE)))
				.add(Part.Paragraph.centred(0, Span.plain("(" + signer.signerName() + ")")))
				.add(Part.Paragraph.centred(0, Span.plain(signer.signerPosition())));
		}
		return doc.add(new Part.Picture(qrPng, qrSize, qrSize, 3.0, "รหัสตรวจสอบ " + certificate.code(),
				"คิวอาร์โค้ดสำหรับตรวจสอบวุฒิบัตร " + certificate.code()))
			.add(Part.Paragraph.centred(0, new Span("ตรวจสอบได้ที่ " + verifyUrl, false, false, 12)))
			.build();
	}
}
