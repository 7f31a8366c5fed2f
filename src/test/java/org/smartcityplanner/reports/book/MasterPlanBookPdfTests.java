package org.smartcityplanner.reports.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.PdfTestEngine;
import org.smartcityplanner.documents.internal.DocxRenderer;

/**
 * The master-plan book printed to PDF in Thai and in English; the first pages go to target/documents-png/ to
 * look at.
 */
class MasterPlanBookPdfTests {

	@ParameterizedTest
	@EnumSource(DocumentLanguage.class)
	void printsTheBookOnA4WithItsChaptersInTheContents(DocumentLanguage language) throws Exception {
		var model = new MasterPlanBook().build(BookFixtures.input(Map.of()), BookFixtures.texts(language), (d, t) -> {
		});
		byte[] pdf = PdfTestEngine.get().convert(new DocxRenderer().render(model));

		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getPage(0).getMediaBox().getHeight()).isBetween(841f, 843f);
			PDFTextStripper contents = new PDFTextStripper();
			contents.setStartPage(2);
			contents.setEndPage(3);
			String toc = PdfTestEngine.compact(contents.getText(doc));
			assertThat(toc).containsPattern(PdfTestEngine.compact(language == DocumentLanguage.THAI
					? "บทที่ 12 สรุปงบประมาณ" : "Chapter 12 Budget summary") + "\\.+\\d+");
		}
		assertThat(PdfTestEngine.pngs(pdf, Path.of("target/documents-png"), "book-" + language.code(), 1, 6))
			.hasSizeGreaterThanOrEqualTo(6);
	}
}
