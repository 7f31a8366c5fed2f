package org.smartcityplanner.monitoring.internal.kpi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcityplanner.shared.CsvRecords;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * Reads an uploaded KPI update file into rows of text cells, the way the profile's baseline import does: CSV in
 * UTF-8 (with or without byte-order mark) or the first sheet of an XLSX workbook. The extension says which is
 * expected and the content must really be one (checked by its bytes, not its name); anything else is refused.
 */
final class KpiSheetReader {

	static final int MAX_BYTES = 1024 * 1024;
	static final int MAX_ROWS = 2000;

	private KpiSheetReader() {
	}

	/** Rows of cells; row {@code i} of the list is row {@code i + 1} of the file. */
	static List<List<String>> read(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("monitoring.kpi.import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("monitoring.kpi.import.file.tooLarge", MAX_BYTES / 1024);
		}
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		List<List<String>> rows;
		if (name.endsWith(".csv")) {
			rows = CsvRecords.parse(text(content), "monitoring.kpi.import.file.unclosedQuote");
		}
		else if (name.endsWith(".xlsx")) {
			rows = xlsx(content);
		}
		else {
			throw new InvalidInputException("monitoring.kpi.import.file.type");
		}
		if (rows.size() > MAX_ROWS + 1) {
			throw new InvalidInputException("monitoring.kpi.import.file.tooManyRows", MAX_ROWS);
		}
		return rows;
	}

	private static String text(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("monitoring.kpi.import.file.notText");
		}
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
			throw new InvalidInputException("monitoring.kpi.import.file.notText");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static List<List<String>> xlsx(byte[] content) {
		if (FileMagic.valueOf(content) != FileMagic.OOXML) {
			throw new InvalidInputException("monitoring.kpi.import.file.notXlsx");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			List<List<String>> rows = new ArrayList<>();
			if (workbook.getNumberOfSheets() == 0) {
				return rows;
			}
			for (Row row : workbook.getSheetAt(0)) {
				while (rows.size() < row.getRowNum()) {
					rows.add(List.of()); // keep row numbers as the spreadsheet shows them
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					cells.add(cell(row.getCell(i)));
				}
				rows.add(cells);
				if (rows.size() > MAX_ROWS + 1) {
					break;
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			// POI reports a damaged or foreign ZIP with many unchecked types; to the user they all mean the same
			throw new InvalidInputException("monitoring.kpi.import.file.notXlsx");
		}
	}

	private static String cell(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> NumberToTextConverter.toText(cell.getNumericCellValue());
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}
}
