package org.smartcityplanner.reports.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.Paragraph;
import org.smartcityplanner.documents.PdfTestEngine;
import org.smartcityplanner.documents.internal.DocxRenderer;

/**
 * The Thai book asked with Thai numerals, read back from its PDF: page numbers, the contents, tables, dates, 12.1
 * and the text print ๐–๙ and no digit 0–9 remains outside words written with Latin letters (codes such as
 * "SDG11" or "PM2.5" and addresses, which must stay as typed). Asked without, the same book has no Thai digit.
 */
class ThaiNumeralsBookPdfTests {

	private static final Pattern WORD_WITH_DIGIT = Pattern.compile("\\S*[0-9]\\S*");
	private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

	private static BookTexts texts(boolean thaiNumerals) {
		BookTexts thai = BookFixtures.texts(DocumentLanguage.THAI);
		return new BookTexts() {
			@Override
			public String get(String key, Object... args) {
				return thai.get(key, args);
			}

			@Override
			public DocumentLanguage language() {
				return DocumentLanguage.THAI;
			}

			@Override
			public boolean thaiNumerals() {
				return thaiNumerals;
			}
		};
	}

	private static String pdfText(boolean thaiNumerals) throws Exception {
		// 12.1 as the loader fills it from an adopted action plan
		BudgetBySource bySource = new BudgetBySource(Map.of("PROV", "งบพัฒนาจังหวัด"))
			.add("p1", new org.smartcityplanner.shared.FiscalYear(2571),
					Map.of("PROV", org.smartcityplanner.shared.Baht.of(6_000_000)));
		BookTexts texts = texts(thaiNumerals);
		var model = new MasterPlanBook().build(BookFixtures.input(Map.of(BudgetBySource.KEY, bySource.blocks(texts),
				"training", List.of(Paragraph.of("ผู้ผ่านการอบรม 62 คน จากรุ่นที่ 1/2569")))), texts, (d, t) -> {
				});
		byte[] pdf = PdfTestEngine.get().convert(new DocxRenderer().render(model));
		if (thaiNumerals) {
			PdfTestEngine.pngs(pdf, Path.of("target/documents-png"), "book-thai-digits", 1, 4);
		}
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(doc);
		}
	}

	@Test
	void withThaiNumeralsNoWesternDigitIsLeftExceptInLatinWords() throws Exception {
		String text = pdfText(true);
		List<String> western = new ArrayList<>();
		Matcher words = WORD_WITH_DIGIT.matcher(text);
		while (words.find()) {
			if (!LATIN.matcher(words.group()).find()) {
				western.add(words.group());
			}
		}
		assertThat(western).isEmpty();
		String compact = PdfTestEngine.compact(text);
		// the contents' page numbers, 12.1's figures and the plan years
		assertThat(compact).containsPattern(PdfTestEngine.compact("บทที่ ๑๒ สรุปงบประมาณ") + "\\.+[๐-๙]+")
			.contains("๖,๐๐๐,๐๐๐.๐๐").contains("๒๕๗๑").contains("๖๒");
	}

	@Test
	void withoutThaiNumeralsNoThaiDigitIsPrinted() throws Exception {
		assertThat(pdfText(false)).doesNotContainPattern("[๐-๙]").contains("6,000,000.00");
	}
}
