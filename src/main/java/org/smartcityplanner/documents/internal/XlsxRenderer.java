package org.smartcityplanner.documents.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcityplanner.documents.Align;
import org.smartcityplanner.documents.Cell;
import org.smartcityplanner.documents.CellValue;
import org.smartcityplanner.documents.DocumentInfo;
import org.smartcityplanner.documents.Orientation;
import org.smartcityplanner.documents.SheetModel;
import org.smartcityplanner.documents.Table;
import org.smartcityplanner.documents.TableGrid;
import org.smartcityplanner.documents.ThaiDates;
import org.smartcityplanner.documents.WorkbookModel;

/**
 * Renders a {@link WorkbookModel} to XLSX with Apache POI: numbers as numbers in Thai-style formats, live
 * formulas (with computed cached values), header rows frozen and repeated on every printed page, print area
 * and A4 page set up, text that looks like a formula stored as plain text.
 */
public final class XlsxRenderer {

	private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");

	/** Renders {@code model} to XLSX bytes. */
	public byte[] render(WorkbookModel model) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			XlsxStyles styles = new XlsxStyles(workbook, model.font(), model.info().thaiNumerals());
			for (SheetModel sheet : model.sheets()) {
				writeSheet(workbook, styles, sheet, model);
			}
			properties(workbook, model);
			XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
			workbook.setForceFormulaRecalculation(true);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void writeSheet(XSSFWorkbook workbook, XlsxStyles styles, SheetModel model, WorkbookModel book) {
		Sheet sheet = workbook.createSheet(model.name());
		Table table = model.table();
		int columns = table.columns().size();
		int rowIndex = 0;
		for (String line : model.titleLines()) {
			Row row = sheet.createRow(rowIndex);
			var cell = row.createCell(0);
			cell.setCellValue(styles.digits(line));
			cell.setCellStyle(rowIndex == 0 ? styles.title() : styles.subtitle());
			if (columns > 1) {
				sheet.addMergedRegion(new CellRangeAddress(rowIndex, rowIndex, 0, columns - 1));
			}
			rowIndex++;
		}
		int headerStart = model.firstHeaderRow() - 1;
		writeRows(sheet, styles, table, table.headerRows(), headerStart, true);
		int bodyStart = model.firstBodyRow() - 1;
		List<List<Cell>> body = table.isEmpty()
				? List.of(List.of(new Cell(new CellValue.Text(book.info().language().noData()), columns, 1, false,
						Align.CENTER)))
				: table.rows();
		writeRows(sheet, styles, table, body, bodyStart, false);
		int lastRow = bodyStart + body.size() - 1;
		XlsxColumnWidths.apply(sheet, table, body, model.orientation(), book.info().thaiNumerals(),
				table.totalsRow() && !table.isEmpty());
		if (!table.headerRows().isEmpty()) {
			sheet.createFreezePane(0, bodyStart);
			sheet.setRepeatingRows(new CellRangeAddress(headerStart, bodyStart - 1, -1, -1));
		}
		workbook.setPrintArea(workbook.getSheetIndex(sheet), 0, columns - 1, 0, lastRow);
		pageSetup(sheet, model.orientation());
		footer(sheet, styles, book.info());
	}

	private void writeRows(Sheet sheet, XlsxStyles styles, Table table, List<List<Cell>> rows, int start,
			boolean header) {
		TableGrid.Slot[][] grid = TableGrid.layout(table.columns().size(), rows);
		for (int r = 0; r < rows.size(); r++) {
			Row row = sheet.createRow(start + r);
			boolean total = !header && table.totalsRow() && r == rows.size() - 1 && !table.isEmpty();
			for (int c = 0; c < table.columns().size(); c++) {
				TableGrid.Slot slot = grid[r][c];
				Cell cell = slot.cell();
				Align align = cell.align() != null ? cell.align() : header ? Align.CENTER : table.columns().get(c).align();
				var target = row.createCell(c);
				boolean bold = header || total || cell.bold();
				if (slot.isOrigin(r, c)) {
					XlsxCells.write(target, cell.value(), styles, align, bold, header);
					if (cell.colSpan() > 1 || cell.rowSpan() > 1) {
						sheet.addMergedRegion(new CellRangeAddress(start + r, start + r + cell.rowSpan() - 1, c,
								c + cell.colSpan() - 1));
					}
				}
				else {
					target.setCellStyle(styles.text(align, bold, header, false));
				}
			}
		}
	}

	private void pageSetup(Sheet sheet, Orientation orientation) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(orientation == Orientation.LANDSCAPE);
		sheet.setFitToPage(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0);
		sheet.setMargin(Sheet.LeftMargin, 3.0 / 2.54);
		sheet.setMargin(Sheet.RightMargin, 2.0 / 2.54);
		sheet.setMargin(Sheet.TopMargin, 2.5 / 2.54);
		sheet.setMargin(Sheet.BottomMargin, 2.0 / 2.54);
	}

	/**
	 * The printed footer: "หน้า &P / &N" (page n of m). Excel and LibreOffice print the page fields &P and &N
	 * in Western digits whatever the language, number format or font, and a sheet has one footer for all its
	 * pages (two more at most: first page, even pages), so page numbers cannot be printed in Thai digits. When
	 * Thai numerals are asked, the footer names what the pages belong to instead, as literal text in Thai
	 * digits: the sheet on the left and the workbook's date on the right (the header rows repeat on every page,
	 * so a loose page is still recognisable). No field codes, so nothing is printed in Western digits.
	 */
	private void footer(Sheet sheet, XlsxStyles styles, DocumentInfo info) {
		var footer = sheet.getFooter();
		if (!info.thaiNumerals()) {
			footer.setCenter(info.language().page() + " &P / &N");
			return;
		}
		// a single & starts a field code in header and footer text; && prints one
		footer.setLeft(styles.digits(sheet.getSheetName()).replace("&", "&&"));
		footer.setRight(ThaiDates.format(LocalDate.ofInstant(info.created(), BANGKOK), info.language(), true));
	}

	private void properties(XSSFWorkbook workbook, WorkbookModel model) {
		var core = workbook.getProperties().getCoreProperties();
		core.setTitle(model.info().title());
		core.setCreator(model.info().author());
		core.setCreated(Optional.of(Date.from(model.info().created())));
		var custom = workbook.getProperties().getCustomProperties();
		model.info().properties().forEach(custom::addProperty);
	}
}
