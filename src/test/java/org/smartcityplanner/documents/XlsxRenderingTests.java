package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.internal.XlsxRenderer;

class XlsxRenderingTests {

	private static WorkbookModel workbook(boolean thaiNumerals) {
		SheetModel year = new SheetModel("ปี 2570", List.of("แผนปฏิบัติการ ปี 2570", "จังหวัดพิษณุโลก"),
				SampleDocuments.budgetTable(5), Orientation.LANDSCAPE);
		int total = year.lastBodyRow();
		Table summary = Table.simple("สรุป", List.of(Column.left(3), Column.right(2)), List.of("ปี", "รวม (บาท)"),
				List.of(List.of(Cell.text("2570"),
						Cell.formula(CellRefs.onSheet("ปี 2570", CellRefs.cell(3, total)), NumberStyle.BAHT, null)),
						List.of(Cell.text("=HYPERLINK(\"http://evil\")"), Cell.number(BigDecimal.ONE, NumberStyle.BAHT))));
		SheetModel first = new SheetModel("สรุป", List.of("สรุป"), summary, Orientation.PORTRAIT);
		DocumentInfo info = new DocumentInfo("แผนปฏิบัติการ", "", "", DocumentLanguage.THAI, thaiNumerals,
				Instant.EPOCH, java.util.Map.of());
		return new WorkbookModel(info, null, List.of(first, year));
	}

	private static XSSFWorkbook render(WorkbookModel model) throws IOException {
		return new XSSFWorkbook(new ByteArrayInputStream(new XlsxRenderer().render(model)));
	}

	@Test
	void keepsLiveFormulasThatEvaluateAcrossSheets() throws IOException {
		try (XSSFWorkbook book = render(workbook(false))) {
			var totals = book.getSheet("ปี 2570").getRow(10).getCell(3);
			assertThat(totals.getCellType()).isEqualTo(CellType.FORMULA);
			assertThat(totals.getCellFormula()).isEqualTo("SUM(D6:D10)");
			var evaluator = new XSSFFormulaEvaluator(book);
			var summary = book.getSheet("สรุป").getRow(3).getCell(1);
			assertThat(summary.getCellFormula()).isEqualTo("'ปี 2570'!D11");
			assertThat(evaluator.evaluate(summary).getNumberValue()).isEqualTo(18_750_000.0);
		}
	}

	@Test
	void freezesAndRepeatsHeaderRowsAndSetsThePrintArea() throws IOException {
		try (XSSFWorkbook book = render(workbook(false))) {
			var sheet = book.getSheet("ปี 2570");
			assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
			assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
			assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("4:5"));
			assertThat(book.getPrintArea(1)).isEqualTo("'ปี 2570'!$A$1:$D$11");
			assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
			assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE);
			assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A4:A5"));
			assertThat(sheet.getRow(5).getCell(3).getNumericCellValue()).isEqualTo(1_250_000.0);
			assertThat(sheet.getRow(5).getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
			assertThat(book.getFontAt(sheet.getRow(5).getCell(1).getCellStyle().getFontIndex()).getFontName())
				.isEqualTo("TH SarabunPSK");
		}
	}

	@Test
	void usesThaiDigitFormatsWhenAskedAndStoresFormulaLikeTextAsText() throws IOException {
		try (XSSFWorkbook book = render(workbook(true))) {
			var amount = book.getSheet("ปี 2570").getRow(5).getCell(3);
			assertThat(amount.getCellStyle().getDataFormatString()).isEqualTo("[$-D07041E]#,##0.00");
			var injected = book.getSheet("สรุป").getRow(4).getCell(0);
			assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
			assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
		}
	}

	@Test
	void emptyTableGetsThePlaceholderRow() throws IOException {
		Table empty = Table.simple("ว่าง", List.of(Column.left(1), Column.left(1)), List.of("a", "b"), List.of());
		WorkbookModel model = new WorkbookModel(DocumentInfo.thai("t", Instant.EPOCH), null,
				List.of(new SheetModel("ว่าง", List.of(), empty, null)));
		try (XSSFWorkbook book = render(model)) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("ยังไม่มีข้อมูล");
		}
	}

	@Test
	void printsThePageNumberFooterWithWesternDigitsAndAThaiDigitFooterWithoutPageFieldsWhenThaiNumeralsAreAsked()
			throws IOException {
		try (XSSFWorkbook book = render(workbook(false))) {
			var footer = book.getSheet("ปี 2570").getFooter();
			assertThat(footer.getCenter()).isEqualTo("หน้า &P / &N");
		}
		try (XSSFWorkbook book = render(workbook(true))) {
			var footer = book.getSheet("ปี 2570").getFooter();
			// &P and &N would print Western digits: the footer is literal text in Thai digits
			assertThat(footer.getLeft()).isEqualTo("ปี ๒๕๗๐");
			assertThat(footer.getRight()).isEqualTo("๑ มกราคม ๒๕๑๓");
			assertThat(footer.getCenter()).isEmpty();
			assertThat(footer.getLeft() + footer.getCenter() + footer.getRight()).doesNotContainPattern("[0-9&]");
		}
	}
}
