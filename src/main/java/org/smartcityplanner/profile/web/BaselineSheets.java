package org.smartcityplanner.profile.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes a table of text and numbers as CSV (UTF-8 with byte-order mark so Excel shows Thai, CRLF, RFC 4180
 * quoting) or as an XLSX workbook of one sheet, every text cell guarded by {@link FormulaGuard}.
 */
final class BaselineSheets {

	/** Doubles hold about 15 significant digits; longer values are written as text so no digit is lost. */
	private static final int MAX_NUMERIC_DIGITS = 15;

	private BaselineSheets() {
	}

	/**
	 * @param header column names
	 * @param rows cells: {@link String}, {@link Number} or {@code null} for an empty cell
	 */
	static byte[] csv(List<String> header, List<List<Object>> rows) {
		StringBuilder out = new StringBuilder("\uFEFF");
		appendCsvLine(out, header.stream().map(Object.class::cast).toList());
		rows.forEach(row -> appendCsvLine(out, row));
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(String sheetName, List<String> header, List<List<Object>> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet(sheetName);
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			// Excel's own apostrophe: the cell stays text even when someone edits it and presses Enter
			CellStyle quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			Row headerRow = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				Cell cell = headerRow.createCell(i);
				writeText(cell, header.get(i), quoted);
				cell.setCellStyle(bold);
				sheet.setColumnWidth(i, 20 * 256);
			}
			for (int r = 0; r < rows.size(); r++) {
				Row row = sheet.createRow(r + 1);
				List<Object> cells = rows.get(r);
				for (int i = 0; i < cells.size(); i++) {
					write(row.createCell(i), cells.get(i), quoted);
				}
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Cell cell, Object value, CellStyle quoted) {
		if (value instanceof BigDecimal number && number.precision() <= MAX_NUMERIC_DIGITS) {
			cell.setCellValue(number.doubleValue());
		}
		else if (value instanceof Integer number) {
			cell.setCellValue(number);
		}
		else if (value instanceof BigDecimal number) {
			cell.setCellValue(number.toPlainString());
		}
		else if (value != null) {
			writeText(cell, value.toString(), quoted);
		}
	}

	/** Always a string cell, never a formula; quote-prefixed when the text looks like one. */
	private static void writeText(Cell cell, String text, CellStyle quoted) {
		cell.setCellValue(text);
		if (FormulaGuard.looksLikeFormula(text)) {
			cell.setCellStyle(quoted);
		}
	}

	private static void appendCsvLine(StringBuilder out, List<Object> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			Object value = cells.get(i);
			if (value instanceof BigDecimal number) {
				out.append(number.toPlainString());
			}
			else if (value instanceof Number number) {
				out.append(number);
			}
			else if (value != null) {
				out.append(quoted(FormulaGuard.forCsv(value.toString())));
			}
		}
		out.append("\r\n");
	}

	private static String quoted(String text) {
		boolean needsQuotes = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
				|| !text.equals(text.strip());
		return needsQuotes ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
