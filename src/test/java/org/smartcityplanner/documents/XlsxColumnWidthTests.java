package org.smartcityplanner.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.internal.XlsxRenderer;

/**
 * No figure shows "#####": every number column is at least as wide as its widest value as printed (the cell's
 * own font, size and weight, measured here with the Thai font installed for LibreOffice) plus the cell padding,
 * even where the column's share of the page is small; text columns keep their share and wrap.
 */
class XlsxColumnWidthTests {

	/** The cell padding a spreadsheet keeps on both sides, in pixels. */
	private static final int PADDING_PX = 5;

	private static XSSFWorkbook rendered(boolean thaiNumerals) throws IOException {
		List<Column> columns = List.of(Column.left(12), Column.right(1), Column.right(1));
		List<List<Cell>> rows = List.of(
				List.of(Cell.text("ระบบระบายน้ำอัจฉริยะและสถานีสูบน้ำริมแม่น้ำน่าน"),
						Cell.number(new BigDecimal("163800000.00"), NumberStyle.BAHT), Cell.number(7)),
				List.of(Cell.bold("รวม"), Cell.number(new BigDecimal("1163800000.25"), NumberStyle.BAHT).withBold(),
						Cell.number(12)));
		Table table = new Table("", columns, List.of(List.of(Cell.header("โครงการ", 1, 1), Cell.header("บาท", 1, 1),
				Cell.header("จำนวน", 1, 1))), rows, true);
		DocumentInfo info = new DocumentInfo("t", "", "", DocumentLanguage.THAI, thaiNumerals, Instant.EPOCH,
				java.util.Map.of());
		WorkbookModel model = new WorkbookModel(info, null,
				List.of(new SheetModel("งบ", List.of(), table, Orientation.PORTRAIT)));
		return new XSSFWorkbook(new ByteArrayInputStream(new XlsxRenderer().render(model)));
	}

	/** The Thai font LibreOffice substitutes for TH SarabunPSK here (fonts-thai-tlwg). */
	private static Font font(XSSFCell cell) {
		var cellFont = cell.getCellStyle().getFont();
		String[] installed = GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames();
		String family = Arrays.asList(installed).contains(cellFont.getFontName()) ? cellFont.getFontName() : "Laksaman";
		return new Font(family, cellFont.getBold() ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) cellFont.getFontHeightInPoints());
	}

	private static double widthPx(String text, Font font) {
		return font.getStringBounds(text, new FontRenderContext(null, true, true)).getWidth() * 96 / 72;
	}

	@Test
	void everyMoneyColumnIsWiderThanItsWidestFigureInItsFont() throws IOException {
		try (XSSFWorkbook book = rendered(false)) {
			XSSFSheet sheet = book.getSheetAt(0);
			DataFormatter formatter = new DataFormatter();
			int checked = 0;
			for (Row row : sheet) {
				for (var raw : row) {
					XSSFCell cell = (XSSFCell) raw;
					if (cell.getCellType() == CellType.NUMERIC) {
						String shown = formatter.formatCellValue(cell);
						double needed = widthPx(shown, font(cell)) + 2 * PADDING_PX;
						assertThat(sheet.getColumnWidthInPixels(cell.getColumnIndex())).as(shown)
							.isGreaterThanOrEqualTo((float) needed);
						checked++;
					}
				}
			}
			assertThat(checked).isEqualTo(4);
			assertThat(formatter.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("1,163,800,000.25");
		}
	}

	@Test
	void thaiDigitsAreMeasuredTooAndTextColumnsKeepTheirShare() throws IOException {
		try (XSSFWorkbook book = rendered(true)) {
			XSSFSheet sheet = book.getSheetAt(0);
			XSSFCell total = sheet.getRow(2).getCell(1);
			assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("[$-D07041E]#,##0.00");
			double needed = widthPx("๑,๑๖๓,๘๐๐,๐๐๐.๒๕", font(total)) + 2 * PADDING_PX;
			assertThat(sheet.getColumnWidthInPixels(1)).isGreaterThanOrEqualTo((float) needed);
			// the name column keeps its share of a portrait page (12 of 14 parts of 110 characters) and wraps
			assertThat(sheet.getColumnWidth(0)).isEqualTo((int) Math.ceil(110 * 12 / 14.0 * 256));
			assertThat(sheet.getRow(1).getCell(0).getCellStyle().getWrapText()).isTrue();
		}
	}
}
