package org.smartcityplanner.reports.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentModel;
import org.smartcityplanner.documents.NumberText;
import org.smartcityplanner.documents.Orientation;
import org.smartcityplanner.documents.PdfTestEngine;
import org.smartcityplanner.documents.Section;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.TableLayout;
import org.smartcityplanner.documents.ThaiNumerals;
import org.smartcityplanner.documents.ThaiWords;
import org.smartcityplanner.documents.internal.DocxRenderer;
import org.smartcityplanner.reports.book.BookTexts;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;

/**
 * A project asking a source for over a hundred million baht a year over three years has a category table that
 * fits a portrait page in Western digits but not in Thai digits, which are a quarter wider: the Thai-digit forms
 * print it on a landscape page with every amount whole, then go on in portrait. Pages go to
 * target/documents-png/ to look at.
 */
class ProposalFormsLandscapeTests {

	private static DocumentModel model;
	private static byte[] docx;
	private static List<String> pdfLines;
	private static List<Boolean> landscapePages;

	@BeforeAll
	static void print() throws Exception {
		model = ProposalFormsDocument.build(threeYearForms(), texts(), Instant.parse("2026-12-07T03:00:00Z"));
		docx = new DocxRenderer().render(model);
		byte[] pdf = PdfTestEngine.get().convert(docx);
		pdfLines = new ArrayList<>();
		landscapePages = new ArrayList<>();
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			new PDFTextStripper().getText(doc).lines().map(PdfTestEngine::compact).forEach(pdfLines::add);
			for (PDPage page : doc.getPages()) {
				landscapePages.add(page.getMediaBox().getWidth() > page.getMediaBox().getHeight());
			}
			PdfTestEngine.pngs(pdf, Path.of("target/documents-png"), "proposal-forms-landscape", 1,
					doc.getNumberOfPages());
		}
	}

	@Test
	void theThreeYearCategoryTableGoesToALandscapeSectionWhereItsWordsFit() {
		Table wide = categoryTable();
		assertThat(TableLayout.fits(wide, model.page(), Orientation.PORTRAIT, false)).isTrue();
		assertThat(TableLayout.fits(wide, model.page(), Orientation.PORTRAIT, true)).isFalse();
		Section section = model.sections().stream().filter(s -> s.blocks().contains(wide)).findFirst().orElseThrow();
		assertThat(section.orientation()).isEqualTo(Orientation.LANDSCAPE);
		assertThat(TableLayout.fits(wide, model.page(), Orientation.LANDSCAPE, true)).isTrue();
		// the narrow tables stay on portrait pages
		assertThat(model.sections().get(0).orientation()).isEqualTo(Orientation.PORTRAIT);
		assertThat(landscapePages).contains(true, false);
	}

	@Test
	void theDocxPutsTheCategoryTableInALandscapeSection() throws IOException {
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable categories = ProposalFormsReading.categoryTables(doc).get(0);
			assertThat(categories.getRow(0).getTableCells()).hasSize(5);
			assertThat(sectionOf(doc, categories).getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
			XWPFTable list = ProposalFormsReading.projectList(doc);
			assertThat(sectionOf(doc, list).getPgSz().getOrient()).isNotEqualTo(STPageOrientation.LANDSCAPE);
		}
	}

	@Test
	void noAmountOrWordOfATableIsBrokenAcrossLinesInThePdf() {
		for (Table table : model.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast).toList()) {
			List<List<Cell>> rows = new ArrayList<>(table.headerRows());
			rows.addAll(table.rows());
			for (List<Cell> row : rows) {
				for (Cell cell : row) {
					for (String word : words(cell.value())) {
						assertThat(pdfLines).as("'%s' of '%s' on one line", word, table.caption())
							.anyMatch(line -> line.contains(word));
					}
				}
			}
		}
	}

	/** The amounts and the words of a cell as printed (Thai digits), each to be found whole on a line. */
	private static List<String> words(CellValue value) {
		if (value instanceof CellValue.Number n) {
			return List.of(NumberText.format(n.value(), n.style(), true));
		}
		if (value instanceof CellValue.Text t) {
			return ThaiWords.get().words(ThaiNumerals.apply(t.text(), true)).stream()
				.filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit)).map(PdfTestEngine::compact)
				.toList();
		}
		return List.of();
	}

	private static Table categoryTable() {
		return model.blocks().stream().filter(Table.class::isInstance).map(Table.class::cast)
			.filter(t -> t.headerRows().get(0).get(0).value().equals(new CellValue.Text("งบรายจ่าย"))).findFirst()
			.orElseThrow();
	}

	/** The section properties that close the section holding {@code table}. */
	private static CTSectPr sectionOf(XWPFDocument doc, XWPFTable table) {
		var elements = doc.getBodyElements();
		for (int i = elements.indexOf(table); i < elements.size(); i++) {
			if (elements.get(i) instanceof XWPFParagraph p && p.getCTP().isSetPPr() && p.getCTP().getPPr().isSetSectPr()) {
				return p.getCTP().getPPr().getSectPr();
			}
		}
		return doc.getDocument().getBody().getSectPr();
	}

	private static SourceForms threeYearForms() {
		List<SourceForms.ProjectForm> projects = new ArrayList<>();
		Map<FiscalYear, Map<String, Baht>> threeYears = new LinkedHashMap<>();
		for (int year = 2570; year <= 2572; year++) {
			Map<String, Baht> byCategory = new LinkedHashMap<>();
			byCategory.put("งบดำเนินงาน", Baht.of(36_000_000L + year));
			byCategory.put("งบลงทุน", Baht.of(136_000_000L + year));
			byCategory.put("งบเงินอุดหนุน", Baht.of(8_500_000L));
			threeYears.put(new FiscalYear(year), byCategory);
		}
		projects.add(new SourceForms.ProjectForm("ศูนย์ข้อมูลเมืองอัจฉริยะและระบบเชื่อมโยงข้อมูลจังหวัด",
				"เทศบาลนครพิษณุโลก", "สำนักงานจังหวัดพิษณุโลก",
				List.of(new SourceForms.Field("หลักการและเหตุผล", "บูรณาการข้อมูลของหน่วยงานภายใต้จังหวัด"),
						new SourceForms.Field("ประโยชน์ที่คาดว่าจะได้รับ", "")),
				threeYears));
		projects.add(new SourceForms.ProjectForm("ระบบติดตามคุณภาพอากาศแบบเรียลไทม์", "", "สำนักงานสิ่งแวดล้อมภาค",
				List.of(), Map.of(new FiscalYear(2570), Map.of("งบดำเนินงาน", Baht.of(2_500_000L)))));
		return new SourceForms("พิษณุโลก", new ActionPlanInput.Named("PROV", "งบพัฒนาจังหวัด"), projects,
				LocalDate.of(2026, 12, 7));
	}

	private static BookTexts texts() {
		Properties messages = new Properties();
		try (var in = ProposalFormsLandscapeTests.class.getResourceAsStream("/messages_th.properties")) {
			messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new BookTexts() {
			@Override
			public String get(String key, Object... args) {
				String pattern = messages.getProperty(key, key);
				return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
			}

			@Override
			public DocumentLanguage language() {
				return DocumentLanguage.THAI;
			}

			@Override
			public boolean thaiNumerals() {
				return true;
			}
		};
	}
}
