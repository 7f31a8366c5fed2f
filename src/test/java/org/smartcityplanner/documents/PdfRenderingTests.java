package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.internal.DocxRenderer;

/**
 * The PDF route: the DOCX converted by LibreOffice. Pages are rendered to target/documents-png/ to look at.
 */
class PdfRenderingTests {

	private static byte[] pdf;

	@BeforeAll
	static void render() {
		pdf = PdfTestEngine.get().convert(new DocxRenderer().render(SampleDocuments.thaiReport(false)));
	}

	@Test
	void isA4WithLandscapePagesForWideTables() throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			PDPage first = doc.getPage(0);
			assertThat(first.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
			assertThat(first.getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
			boolean landscape = false;
			for (PDPage page : doc.getPages()) {
				landscape |= page.getMediaBox().getWidth() > page.getMediaBox().getHeight();
			}
			assertThat(landscape).isTrue();
		}
	}

	@Test
	void embedsTheThaiFontForEveryText() throws Exception {
		Set<String> fonts = new HashSet<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			for (PDPage page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
				}
			}
		}
		assertThat(fonts).contains("Laksaman", "Laksaman-Bold");
	}

	@Test
	void containsTheThaiTextAndATableOfContentsWithPageNumbers() throws Exception {
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			String text = compact(new PDFTextStripper().getText(doc));
			assertThat(text).contains(compact(SampleDocuments.STACKED_MARKS), "แผนแม่บทเมืองอัจฉริยะ", "ยังไม่มีข้อมูล", "581,250,000.00");
			PDFTextStripper tocPage = new PDFTextStripper();
			tocPage.setStartPage(2);
			tocPage.setEndPage(2);
			String toc = compact(tocPage.getText(doc));
			assertThat(toc).contains("สารบัญ").containsPattern(compact("บทที่1บทนำ") + "\\.+2").containsPattern("ภาคผนวก\\.+\\d+");
		}
	}

	@Test
	void printsThaiNumeralsInPageNumbersHeadingsAndTablesWhenAsked() throws Exception {
		byte[] thai = PdfTestEngine.get().convert(new DocxRenderer().render(SampleDocuments.thaiReport(true)));
		try (PDDocument doc = Loader.loadPDF(thai)) {
			PDFTextStripper page = new PDFTextStripper();
			page.setStartPage(3);
			page.setEndPage(3);
			assertThat(compact(page.getText(doc))).startsWith("-๒-").contains(compact("บทที่ ๑ บทนำ"));
			assertThat(compact(new PDFTextStripper().getText(doc))).contains("๕๘๑,๒๕๐,๐๐๐.๐๐").doesNotContain("2570");
			PDFTextStripper toc = new PDFTextStripper();
			toc.setStartPage(2);
			toc.setEndPage(2);
			assertThat(compact(toc.getText(doc))).containsPattern(compact("บทนำ") + "\\.+๒");
		}
	}

	@Test
	void rendersTheFirstPagesToPngForReview() throws Exception {
		List<Path> pngs = PdfTestEngine.pngs(pdf, Path.of("target/documents-png"), "sample", 1, 8);
		assertThat(pngs).hasSizeGreaterThanOrEqualTo(8);
		assertThat(Files.size(pngs.get(2))).isGreaterThan(10_000);
	}

	static String compact(String text) {
		return PdfTestEngine.compact(text);
	}
}
