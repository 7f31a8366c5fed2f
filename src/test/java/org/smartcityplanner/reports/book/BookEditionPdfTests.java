package org.smartcityplanner.reports.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.internal.DocxRenderer;
import org.smartcityplanner.plan.PlanStatus;
import org.smartcityplanner.documents.PdfTestEngine;

/**
 * The book with a province outline printed to PDF and read back: the cover's edition and date, the map's source
 * line and appendix B's saver and fingerprint are in the PDF's text; every page goes to
 * target/documents-png/edition-*.png to look at.
 */
class BookEditionPdfTests {

	@ParameterizedTest
	@EnumSource(DocumentLanguage.class)
	void printsEditionMapSourceAndFingerprint(DocumentLanguage language) throws Exception {
		DocumentModel book = BookCoverMapAndEditionTests.book(
				BookCoverMapAndEditionTests.input(PlanStatus.APPROVED, BookCoverMapAndEditionTests.OUTLINE), language);
		byte[] pdf = PdfTestEngine.get().convert(new DocxRenderer().render(book));
		String fingerprint = book.info().properties().get("input-hash");
		boolean thai = language == DocumentLanguage.THAI;

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = PdfTestEngine.compact(new PDFTextStripper().getText(doc));
			assertThat(text).contains(PdfTestEngine.compact(thai ? "ฉบับสมบูรณ์" : "Final edition"),
					PdfTestEngine.compact(thai ? "20 พฤศจิกายน 2569" : "20 November 2026"),
					PdfTestEngine.compact(thai ? "ที่มา: ขอบเขตพื้นที่เป้าหมายและขอบเขตจังหวัด" : "Source: target-area and province"),
					PdfTestEngine.compact(BookCoverMapAndEditionTests.SAVER), fingerprint);
			assertThat(text).doesNotContain(PdfTestEngine.compact("ฉบับเสนอคณะกรรมการ"));
			assertThat(PdfTestEngine.pngs(pdf, Path.of("target/documents-png"), "edition-" + language.code(), 1,
					doc.getNumberOfPages())).hasSize(doc.getNumberOfPages());
		}
	}
}
