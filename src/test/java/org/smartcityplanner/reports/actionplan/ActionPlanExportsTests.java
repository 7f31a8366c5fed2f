package org.smartcityplanner.reports.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.ActionItem;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.documents.BahtText;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.internal.ActionPlanExportsUseCases;
import org.smartcityplanner.shared.Baht;
import org.smartcityplanner.shared.FiscalYear;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/**
 * The action-plan workbook and proposal forms read back with Apache POI: sheets, frozen and printed header rows,
 * live formulas that recompute to the action plan's exact satang totals, formula-like text kept as text.
 */
@IntegrationTest
@Transactional
class ActionPlanExportsTests {

	private static final ProvinceCode PROVINCE = new ProvinceCode("TH-90");

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;
	@Autowired
	ActionPlanExportsUseCases exports;

	private XSSFWorkbook workbook(DocumentLanguage language) throws Exception {
		byte[] xlsx = exports.workbook(PROVINCE, language, false).content();
		return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
	}

	private static BigDecimal evaluated(XSSFFormulaEvaluator evaluator, org.apache.poi.ss.usermodel.Cell cell) {
		assertThat(cell.getCellType()).as("live formula at " + cell.getAddress()).isEqualTo(CellType.FORMULA);
		return BigDecimal.valueOf(evaluator.evaluate(cell).getNumberValue()).setScale(2, RoundingMode.HALF_UP);
	}

	private Baht apiFunding(FiscalYear year, String source) {
		return actionPlans.actionItems(PROVINCE).stream()
			.filter(item -> year == null || item.year().equals(year))
			.map(item -> item.funding().getOrDefault(source, Baht.ZERO))
			.reduce(Baht.ZERO, Baht::plus);
	}

	private static int columnOf(Row header, String title) {
		for (var cell : header) {
			if (cell.getCellType() == CellType.STRING && cell.getStringCellValue().equals(title)) {
				return cell.getColumnIndex();
			}
		}
		throw new AssertionError("no column " + title);
	}

	@Test
	void theWorkbookHasASummaryAYearSheetPerFiscalYearAndASourceSheetPerFundingSourcePrintedA4Landscape()
			throws Exception {
		ActionPlanExportFixtures.actionPlan(plans, actionPlans, PROVINCE);
		try (XSSFWorkbook book = workbook(DocumentLanguage.THAI)) {
			List<String> names = new ArrayList<>();
			book.forEach(sheet -> names.add(sheet.getSheetName()));
			assertThat(names).containsExactly("สรุป", "ปีงบ 2570", "ปีงบ 2571", "PROV งบพัฒนาจังหวัด",
					"AGEN งบบูรณาการ (Agenda)", "LOCAL");
			// a source's tab is its code and whole name, or its code alone when both do not fit: never a cut word
			assertThat(names).allSatisfy(name -> assertThat(name.length()).isLessThanOrEqualTo(31));
			assertThat("LOCAL งบองค์กรปกครองส่วนท้องถิ่น (Area)".length()).isGreaterThan(31);
			for (Sheet sheet : book) {
				int index = book.getSheetIndex(sheet);
				assertThat(book.getPrintArea(index)).as(sheet.getSheetName()).isNotBlank();
				assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
				assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
			}
			Sheet year = book.getSheet("ปีงบ 2570");
			// two title lines, a blank row, two header rows: the projects start on row 6
			assertThat(year.getPaneInformation().isFreezePane()).isTrue();
			assertThat(year.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 5);
			CellRangeAddress printed = year.getRepeatingRows();
			assertThat(printed.getFirstRow()).isEqualTo(3);
			assertThat(printed.getLastRow()).isEqualTo(4);
			// only the categories with a cost get a column
			assertThat(year.getRow(4).getCell(4).getStringCellValue()).isEqualTo("งบบุคลากร");
			assertThat(year.getRow(4).getCell(6).getStringCellValue()).isEqualTo("งบลงทุน");
			assertThat(year.getRow(4).getCell(7).getStringCellValue()).isEqualTo("รวมค่าใช้จ่าย");
			assertThat(year.getRow(5).getCell(5).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
		}
	}

	@Test
	void everyTotalIsALiveFormulaThatRecomputesToTheActionPlansSatangTotals() throws Exception {
		ActionPlanExportFixtures.actionPlan(plans, actionPlans, PROVINCE);
		List<String> sources = List.of("PROV", "LOCAL", "AGEN");
		try (XSSFWorkbook book = workbook(DocumentLanguage.ENGLISH)) {
			XSSFFormulaEvaluator evaluator = book.getCreationHelper().createFormulaEvaluator();
			evaluator.clearAllCachedResultValues();
			Sheet summary = book.getSheet("Summary");
			Row header = summary.getRow(3);
			Map<String, String> names = Map.of("PROV", "Provincial development budget", "LOCAL",
					"Local government budget", "AGEN", "Integrated agenda budget");
			List<FiscalYear> years = List.of(ActionPlanExportFixtures.FY70, ActionPlanExportFixtures.FY71);
			for (int y = 0; y < years.size(); y++) {
				Row row = summary.getRow(4 + y);
				assertThat(row.getCell(0).getNumericCellValue()).isEqualTo(years.get(y).buddhistYear());
				Baht yearTotal = Baht.ZERO;
				for (String source : sources) {
					var cell = row.getCell(columnOf(header, names.get(source)));
					assertThat(cell.getCellFormula()).startsWith("'FY " + years.get(y).buddhistYear() + "'!");
					assertThat(evaluated(evaluator, cell)).isEqualTo(apiFunding(years.get(y), source).toBigDecimal());
					yearTotal = yearTotal.plus(apiFunding(years.get(y), source));
				}
				assertThat(evaluated(evaluator, row.getCell(columnOf(header, "Total")))).isEqualTo(yearTotal.toBigDecimal());
			}
			Row totals = summary.getRow(6);
			Baht all = actionPlans.actionItems(PROVINCE).stream().map(ActionItem::total).reduce(Baht.ZERO, Baht::plus);
			assertThat(all).isEqualTo(new Baht(200_000_033 + 134_567_967 + 50_000_050 + 12_345_677 + 1));
			assertThat(evaluated(evaluator, totals.getCell(columnOf(header, "Total")))).isEqualTo(all.toBigDecimal());
			for (String source : sources) {
				assertThat(evaluated(evaluator, totals.getCell(columnOf(header, names.get(source)))))
					.isEqualTo(apiFunding(null, source).toBigDecimal());
			}

			// "PROV Provincial development budget" is 34 characters: the tab is the code
			Sheet prov = book.getSheet("PROV");
			Row provHeader = prov.getRow(4);
			Row provTotals = prov.getRow(5 + 3);
			assertThat(evaluated(evaluator, provTotals.getCell(columnOf(provHeader, names.get("PROV")))))
				.isEqualTo(apiFunding(null, "PROV").toBigDecimal());
			Sheet year70 = book.getSheet("FY 2570");
			Row yearHeader = year70.getRow(4);
			// cost: the budget sheet's lines of the year; 1,000,000.01 + 2,345,678.99 + 123,456.78
			assertThat(evaluated(evaluator, year70.getRow(7).getCell(columnOf(yearHeader, "Total cost"))))
				.isEqualByComparingTo("3469135.78");
			assertThat(evaluated(evaluator, year70.getRow(5).getCell(columnOf(yearHeader, "Total funding"))))
				.isEqualByComparingTo("3345680.00");
		}
	}

	@Test
	void textThatLooksLikeAFormulaStaysText() throws Exception {
		ActionPlanExportFixtures.actionPlan(plans, actionPlans, PROVINCE);
		try (XSSFWorkbook book = workbook(DocumentLanguage.THAI)) {
			var name = book.getSheet("ปีงบ 2570").getRow(5).getCell(1);
			assertThat(name.getCellType()).isEqualTo(CellType.STRING);
			assertThat(name.getStringCellValue()).isEqualTo(ActionPlanExportFixtures.FORMULA_LIKE);
			assertThat(new DataFormatter().formatCellValue(name)).isEqualTo(ActionPlanExportFixtures.FORMULA_LIKE);
		}
	}

	@Test
	void theProposalFormsOfASourceNameItsProjectsWithTheAmountInThaiWordsAndMarkMissingFields() throws Exception {
		ActionPlanExportFixtures.actionPlan(plans, actionPlans, PROVINCE);
		assertThat(exports.fundingSources(PROVINCE)).extracting(ActionPlanExportsUseCases.FundingSource::code)
			.containsExactly("PROV", "AGEN", "LOCAL");
		byte[] docx = exports.proposalForms(PROVINCE, "PROV", DocumentLanguage.THAI, false).orElseThrow().content();
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("แบบเสนอโครงการ งบพัฒนาจังหวัด", ActionPlanExportFixtures.FORMULA_LIKE,
					ActionPlanExportFixtures.DATA_CENTRE, "2,500,000.83",
					BahtText.thai(ActionPlanExportFixtures.PROV_OF_FIRST), "สองล้านห้าแสนบาทแปดสิบสามสตางค์",
					"ประโยชน์ที่คาดว่าจะได้รับ", "ยังไม่มีข้อมูล",
					String.valueOf(LocalDate.now(ZoneId.of("Asia/Bangkok")).getYear() + 543));
			// the year's whole cost (1,000,000.01 + 2,345,678.99) is not what PROV is asked for
			assertThat(text).doesNotContain("2,345,678.99", "3,345,679.00");
			XWPFTable categories = ProposalFormsReading.categoryTables(document).get(0);
			// PROV gives 2,000,000.33 in FY 2570: shared by the year's cost per category (3,345,679.00 in all)
			BigDecimal operating = ProposalFormsReading.amount(categories, "งบดำเนินงาน", 1);
			BigDecimal investment = ProposalFormsReading.amount(categories, "งบลงทุน", 1);
			assertThat(operating.add(investment)).isEqualByComparingTo("2000000.33");
			BigDecimal exactOperating = new BigDecimal("2000000.33").multiply(new BigDecimal("1000000.01"))
				.divide(new BigDecimal("3345679.00"), 10, RoundingMode.HALF_UP);
			assertThat(operating.subtract(exactOperating).abs()).isLessThanOrEqualTo(new BigDecimal("0.01"));
			assertThat(ProposalFormsReading.amount(categories, "งบดำเนินงาน", 2)).isEqualByComparingTo("500000.50");
			assertThat(ProposalFormsReading.amount(categories, "รวม", 3)).isEqualByComparingTo("2500000.83");
		}
		assertThat(exports.proposalForms(PROVINCE, "NOPE", DocumentLanguage.THAI, false)).isEmpty();
	}
}
