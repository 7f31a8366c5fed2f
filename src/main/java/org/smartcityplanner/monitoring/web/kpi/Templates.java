package org.smartcityplanner.monitoring.web.kpi;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcityplanner.monitoring.domain.kpi.ImportColumns;
import org.smartcityplanner.monitoring.internal.kpi.DueUpdate;
import org.smartcityplanner.shared.CsvCells;

/**
 * The KPI update template, listing the owner's due KPIs. Formula-safe: CSV text cells that look like a formula get
 * a leading apostrophe ({@link CsvCells}); XLSX text is written as quote-prefixed string cells, never formulas.
 */
final class Templates {

	private Templates() {
	}

	static byte[] csv(List<DueUpdate> rows) {
		StringBuilder text = new StringBuilder("\uFEFF").append(CsvCells.line(ImportColumns.ALL));
		for (DueUpdate due : rows) {
			text.append(CsvCells.line(cells(due)));
		}
		return text.toString().getBytes(StandardCharsets.UTF_8);
	}

	static byte[] xlsx(List<DueUpdate> rows) {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.createSheet("kpi-updates");
			CellStyle quoted = workbook.createCellStyle();
			quoted.setQuotePrefixed(true);
			write(sheet.createRow(0), ImportColumns.ALL, quoted);
			for (int i = 0; i < rows.size(); i++) {
				write(sheet.createRow(i + 1), cells(rows.get(i)), quoted);
			}
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static void write(Row row, List<String> values, CellStyle quoted) {
		for (int i = 0; i < values.size(); i++) {
			Cell cell = row.createCell(i);
			String value = values.get(i);
			cell.setCellValue(value);
			if (CsvCells.looksLikeFormula(value)) {
				cell.setCellStyle(quoted);
			}
		}
	}

	private static List<String> cells(DueUpdate due) {
		List<String> cells = new ArrayList<>();
		cells.add(ImportColumns.periodLabel(due.period().quarter()));
		cells.add(due.kpi().id());
		cells.add(due.kpi().name());
		cells.add(due.kpi().unit());
		cells.add(due.target() == null ? "" : due.target().toPlainString());
		cells.add(due.value() == null ? "" : due.value().actual().toPlainString());
		cells.add(due.value() == null ? "" : due.value().source());
		cells.add(due.value() == null ? "" : due.value().note());
		return cells;
	}
}
