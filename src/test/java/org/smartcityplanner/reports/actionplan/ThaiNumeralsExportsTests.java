package org.smartcityplanner.reports.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.reports.internal.ActionPlanExportsUseCases;
import org.smartcityplanner.shared.InvalidInputException;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Asked for Thai numerals, the workbook and the proposal forms print ๐–๙ everywhere: workbook number formats,
 * text cells, title lines and sheet tabs; every word of the forms. Not asked, they print 0–9. An English file
 * with Thai numerals is refused, not quietly made with Western digits.
 */
@IntegrationTest
class ThaiNumeralsExportsTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-07");
	private static final Pattern THAI = Pattern.compile("[๐-๙]");

	@Autowired
	PlanUseCases plans;
	@Autowired
	ProfileUseCases profile;
	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	ActionPlanExportsUseCases exports;

	@BeforeEach
	void adopted() {
		ShiftedActionPlanFixtures.adopted(plans, profile, actionPlans, PROVINCE);
	}

	private static List<String> texts(XSSFWorkbook book) {
		List<String> texts = new ArrayList<>();
		for (Sheet sheet : book) {
			texts.add(sheet.getSheetName());
			for (Row row : sheet) {
				row.forEach(cell -> {
					if (cell.getCellType() == CellType.STRING) {
						texts.add(cell.getStringCellValue());
					}
				});
			}
		}
		return texts;
	}

	private static List<String> formats(XSSFWorkbook book) {
		List<String> formats = new ArrayList<>();
		book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> {
			if (cell.getCellType() == CellType.NUMERIC || cell.getCellType() == CellType.FORMULA) {
				formats.add(cell.getCellStyle().getDataFormatString());
			}
		})));
		return formats;
	}

	@Test
	void theWorkbookPrintsThaiDigitsInFormatsTextAndTabsWhenAskedAndWesternOnesOtherwise() throws Exception {
		byte[] thai = exports.workbook(PROVINCE, DocumentLanguage.THAI, true).content();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(thai))) {
			assertThat(book.getSheet("ปีงบ ๒๕๗๒")).isNotNull();
			assertThat(formats(book)).isNotEmpty().allSatisfy(format -> assertThat(format).startsWith("[$-D07041E]"));
			assertThat(texts(book)).allSatisfy(text -> assertThat(westernDigitWords(text)).as(text).isEmpty());
			assertThat(String.join(" ", texts(book))).containsPattern(THAI);
			// the summary's formulas still find the year sheets by their Thai-digit names
			var evaluator = book.getCreationHelper().createFormulaEvaluator();
			evaluator.evaluateAll();
		}
		byte[] western = exports.workbook(PROVINCE, DocumentLanguage.THAI, false).content();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(western))) {
			assertThat(book.getSheet("ปีงบ 2572")).isNotNull();
			assertThat(formats(book)).allSatisfy(format -> assertThat(format).doesNotContain("D07041E"));
			assertThat(texts(book)).allSatisfy(text -> assertThat(THAI.matcher(text).find()).as(text).isFalse());
		}
	}

	@Test
	void theFormsPrintOnlyThaiDigitsWhenAskedAndOnlyWesternOnesOtherwise() throws Exception {
		String thai = text(exports.proposalForms(PROVINCE, "PROV", DocumentLanguage.THAI, true).orElseThrow().content());
		assertThat(thai).contains("๓๐,๐๐๐,๐๐๐.๐๐");
		// this test province is not in the reference list: its name prints as its code, "TH-07", kept as typed
		assertThat(westernDigitWords(thai)).isEmpty();
		String western = text(exports.proposalForms(PROVINCE, "PROV", DocumentLanguage.THAI, false).orElseThrow()
			.content());
		assertThat(western).contains("30,000,000.00").doesNotContainPattern(THAI);
		assertThat(exports.proposalForms(PROVINCE, "PROV", DocumentLanguage.THAI, true).orElseThrow().fileName())
			.isEqualTo("proposals-TH-07-PROV-th-thai-digits.docx");
	}

	@Test
	void thaiDigitsInAnEnglishFileAreRefused() {
		assertThatThrownBy(() -> exports.workbook(PROVINCE, DocumentLanguage.ENGLISH, true))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> exports.proposalForms(PROVINCE, "PROV", DocumentLanguage.ENGLISH, true))
			.isInstanceOf(InvalidInputException.class);
	}

	/** Words holding a digit 0-9 but no Latin letter (a code like "TH-07" keeps its digits by design). */
	private static List<String> westernDigitWords(String text) {
		List<String> words = new ArrayList<>();
		var matcher = Pattern.compile("\\S*[0-9]\\S*").matcher(text);
		while (matcher.find()) {
			if (!matcher.group().matches(".*[A-Za-z].*")) {
				words.add(matcher.group());
			}
		}
		return words;
	}

	private static String text(byte[] docx) throws Exception {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
	}
}
