package org.smartcityplanner.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.internal.DocxRenderer;
import org.smartcityplanner.documents.internal.XlsxRenderer;
import org.smartcityplanner.publication.Part;
import org.smartcityplanner.publication.Publication;
import org.smartcityplanner.publication.Value;
import org.smartcityplanner.publication.Workbook;

/**
 * A module's publication (training report, certificate) asked with Thai numerals through the {@code Publisher}
 * contract prints ๐–๙ in text and tables and Thai-digit workbook formats, keeps a verification address as typed,
 * and an English publication keeps its digits.
 */
class PublisherThaiNumeralsTests {

	private static Publication report() {
		return Publication.thai("รายงานรุ่นที่ 1/2569", Instant.EPOCH)
			.paragraph("ผู้ผ่านการอบรม 62 คน ตรวจสอบได้ที่ https://scp.example/verify?code=K7Q2")
			.add(new Part.Table("คะแนน", List.of(Part.Table.Column.text("ช่วง", 2), Part.Table.Column.number("คน", 1)),
					List.of(List.of(Value.text("หลังอบรม"), Value.decimal(new BigDecimal("78.25"))))))
			.build();
	}

	private static String docxText(Publication publication, boolean thaiNumerals) throws Exception {
		byte[] docx = new DocxRenderer().render(PublicationModels.document(publication, thaiNumerals));
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}

	@Test
	void aThaiPublicationAskedWithThaiNumeralsPrintsThemButKeepsTheAddress() throws Exception {
		String text = docxText(report(), true);
		assertThat(text).contains("- ๑ -", "๖๒ คน", "๗๘.๒๕", "https://scp.example/verify?code=K7Q2");
		assertThat(docxText(report(), false)).contains("62 คน", "78.25").doesNotContainPattern("[๐-๙]");
	}

	@Test
	void anEnglishPublicationKeepsItsDigitsAndWorkbooksGetThaiDigitFormats() throws Exception {
		Publication english = new Publication("Report 1", Locale.ENGLISH, Instant.EPOCH, java.util.Map.of(), null, true,
				List.of(Part.Paragraph.body("62 trainees")), false);
		assertThat(PublicationModels.document(english, true).info().thaiNumerals()).isFalse();
		Workbook workbook = new Workbook("ข้อมูล", Publication.THAI, Instant.EPOCH, List.of(new Workbook.Sheet("คะแนน",
				List.of(), new Part.Table("", List.of(Part.Table.Column.number("คน", 1)),
						List.of(List.of(Value.whole(62)))), false)));
		byte[] xlsx = new XlsxRenderer().render(PublicationModels.workbook(workbook, true));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getCellStyle().getDataFormatString())
				.startsWith("[$-D07041E]");
		}
	}
}
