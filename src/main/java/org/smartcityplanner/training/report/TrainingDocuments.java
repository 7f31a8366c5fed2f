package org.smartcityplanner.training.report;

import java.time.Clock;

import org.smartcityplanner.publicaccess.QrCodes;
import org.smartcityplanner.reference.ReferenceApi;
import org.smartcityplanner.publication.Publisher;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Certificate;
import org.smartcityplanner.training.CohortReport;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.CertificateUseCases;
import org.smartcityplanner.training.internal.PublicAddress;
import org.springframework.stereotype.Service;

/**
 * The training module's documents, described in the publication contract's neutral form and rendered by the
 * reports module's {@link Publisher}: a trainee's certificate (PDF) and a cohort's training report (DOCX, and XLSX
 * of the raw figures).
 */
@Service
public class TrainingDocuments {

	static final int QR_SIZE = 600;

	private final Publisher publisher;
	private final CertificateUseCases certificates;
	private final AssessmentUseCases assessment;
	private final ReferenceApi reference;
	private final Clock clock;
	private final PublicAddress publicAddress;

	TrainingDocuments(Publisher publisher, CertificateUseCases certificates, AssessmentUseCases assessment,
			ReferenceApi reference, Clock clock, PublicAddress publicAddress) {
		this.publicAddress = publicAddress;
		this.publisher = publisher;
		this.certificates = certificates;
		this.assessment = assessment;
		this.reference = reference;
		this.clock = clock;
	}

	/**
	 * The trainee's certificate as PDF, issuing it on first request. Its verification address is the configured
	 * public one ({@code scp.public-base-url}), whatever host the request came through.
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the trainee is not (yet) eligible
	 * @throws org.smartcityplanner.publication.PdfNotAvailableException when this node cannot make PDFs
	 */
	public Rendered certificatePdf(String accessToken) {
		return certificatePdf(accessToken, false);
	}

	/**
	 * The certificate with Thai numerals when asked (dates and figures; the code and the address keep their
	 * Western digits so they can be typed).
	 *
	 * @throws org.smartcityplanner.shared.InvalidInputException when the trainee is not (yet) eligible
	 * @throws org.smartcityplanner.publication.PdfNotAvailableException when this node cannot make PDFs
	 */
	public Rendered certificatePdf(String accessToken, boolean thaiNumerals) {
		Certificate certificate = certificates.certificateFor(accessToken);
		String verifyUrl = publicAddress.verifyPage() + "?code=" + certificate.code();
		byte[] pdf = publisher.pdf(CertificateDocument.of(certificate, provinceName(certificate.province()), verifyUrl,
				QrCodes.png(verifyUrl, QR_SIZE), QR_SIZE), thaiNumerals);
		return new Rendered(pdf, "certificate-" + certificate.code() + ".pdf");
	}

	/** The cohort's training report as DOCX. */
	public Rendered reportDocx(ProvinceCode province, long cohortId) {
		return reportDocx(province, cohortId, false);
	}

	/** The cohort's training report as DOCX, with Thai numerals when asked. */
	public Rendered reportDocx(ProvinceCode province, long cohortId, boolean thaiNumerals) {
		CohortReport report = assessment.report(province, cohortId);
		return new Rendered(publisher.docx(TrainingReportDocument.of(report, provinceName(province), clock.instant()),
				thaiNumerals),
				"training-report-" + cohortId + ".docx");
	}

	/** The raw figures of the cohort's training report as XLSX. */
	public Rendered reportXlsx(ProvinceCode province, long cohortId) {
		return reportXlsx(province, cohortId, false);
	}

	/** The raw figures as XLSX, with Thai-digit number formats when asked. */
	public Rendered reportXlsx(ProvinceCode province, long cohortId, boolean thaiNumerals) {
		CohortReport report = assessment.report(province, cohortId);
		return new Rendered(publisher.xlsx(TrainingReportWorkbook.of(report, provinceName(province), clock.instant()),
				thaiNumerals),
				"training-figures-" + cohortId + ".xlsx");
	}

	private String provinceName(ProvinceCode province) {
		return reference.province(province).map(p -> p.name().th()).orElse(province.value());
	}

	/**
	 * A rendered file.
	 *
	 * @param content the bytes
	 * @param fileName the name to download it under
	 */
	public record Rendered(byte[] content, String fileName) {
	}
}
