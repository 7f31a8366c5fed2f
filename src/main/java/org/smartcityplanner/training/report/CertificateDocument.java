package org.smartcityplanner.training.report;

import java.time.ZoneId;
import java.util.List;

import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.Image;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.Run;
import org.smartcityplanner.documents.RunningText;
import org.smartcityplanner.documents.ThaiDates;
import org.smartcityplanner.training.Certificate;

/**
 * The certificate of completion as a one-page Thai document: the holder's name, the course and cohort, the dates
 * in the Buddhist Era, the province, and the verification code with a QR code leading to the public check.
 */
final class CertificateDocument {

	private CertificateDocument() {
	}

	static DocumentModel of(Certificate certificate, String provinceName, String verifyUrl, byte[] qrPng, int qrSize) {
		String dates = ThaiDates.full(certificate.startDate()) + " ถึง " + ThaiDates.full(certificate.endDate());
		String issued = ThaiDates.full(certificate.issuedAt().atZone(ZoneId.of("Asia/Bangkok")).toLocalDate());
		DocumentInfo info = DocumentInfo.thai("วุฒิบัตร " + certificate.code(), certificate.issuedAt())
			.withProperty("verification-code", certificate.code());
		return DocumentModel.builder(info)
			.running(new RunningText("", "", RunningText.PageNumbers.NONE))
			.add(centred(6, new Run("วุฒิบัตร", true, false, 40)))
			.add(centred(0, new Run("Certificate of Completion", false, true, 18)))
			.add(centred(18, Run.plain("ขอมอบวุฒิบัตรฉบับนี้เพื่อแสดงว่า")))
			.add(centred(12, new Run(certificate.traineeName(), true, false, 30)))
			.add(centred(12, Run.plain("ได้ผ่านการอบรม")))
			.add(centred(0, new Run(certificate.courseTitle(), true, false, 20)))
			.add(centred(0, Run.plain(certificate.cohortName())))
			.add(centred(12, Run.plain("ระหว่างวันที่ " + dates)))
			.add(centred(0, Run.plain("ณ จังหวัด" + provinceName)))
			.add(centred(12, Run.plain("ให้ไว้ ณ วันที่ " + issued)))
			.add(new Image(qrPng, qrSize, qrSize, 3.5, "รหัสตรวจสอบ " + certificate.code(),
					"คิวอาร์โค้ดสำหรับตรวจสอบวุฒิบัตร " + certificate.code()))
			.add(centred(0, new Run("ตรวจสอบได้ที่ " + verifyUrl, false, false, 12)))
			.build();
	}

	private static Paragraph centred(int spaceBefore, Run run) {
		return new Paragraph(List.of(run), Align.CENTER, false, spaceBefore);
	}
}
