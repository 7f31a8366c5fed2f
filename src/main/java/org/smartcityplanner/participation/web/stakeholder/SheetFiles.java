package org.smartcityplanner.participation.web.stakeholder;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcityplanner.participation.domain.stakeholder.StakeholderSheet;
import org.smartcityplanner.shared.CsvRecords;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * An uploaded stakeholder sheet as records of text: CSV (UTF-8, RFC 4180) or the first sheet of an XLSX workbook
 * (dates as ISO days, phone numbers given back their leading zero). The preview carries the records back as CSV,
 * so the confirmation reads exactly what was previewed — and checks it all again.
 */
final class SheetFiles {

	static final int MAX_BYTES = 2 * 1024 * 1024;

	private SheetFiles() {
	}

	static List<List<String>> read(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("participation.import.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("participation.import.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		if (name.endsWith(".xlsx")) {
			return xlsx(content);
		}
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return csv(text(content));
		}
		throw new InvalidInputException("participation.import.fileType");
	}

	static List<List<String>> csv(String text) {
		return CsvRecords.parse(text.startsWith("\uFEFF") ? text.substring(1) : text,
				"participation.import.openQuote");
	}

	/** The records as CSV, every field quoted, so that reading it back gives the same records. */
	static String toCsv(List<List<String>> records) {
		return records.stream()
			.map(cells -> cells.stream().map(c -> "\"" + c.replace("\"", "\"\"") + "\"").collect(Collectors.joining(",")))
			.collect(Collectors.joining("\r\n"));
	}

	private static String text(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("participation.import.notUtf8");
		}
	}

	private static List<List<String>> xlsx(byte[] content) {
		if (FileMagic.valueOf(content) != FileMagic.OOXML) {
			throw new InvalidInputException("participation.import.notXlsx");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			List<List<String>> records = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				// rows a spreadsheet skipped stay blank, so row numbers match what the user sees
				while (records.size() < row.getRowNum()) {
					records.add(List.of());
				}
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					cells.add(cell(row.getCell(i)));
				}
				records.add(cells);
				if (records.size() > StakeholderSheet.MAX_ROWS + 10) {
					break;
				}
			}
			return records;
		}
		catch (IOException | RuntimeException e) {
			// POI reports a damaged or foreign file with many unchecked types; to the user they all mean the same
			throw new InvalidInputException("participation.import.notXlsx");
		}
	}

	private static String cell(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> {
				if (DateUtil.isCellDateFormatted(cell)) {
					yield cell.getLocalDateTimeCellValue().toLocalDate().toString();
				}
				String number = NumberToTextConverter.toText(cell.getNumericCellValue());
				// a phone typed as a number loses its leading zero in a spreadsheet
				yield number.matches("[689]\\d{8}|[2-7]\\d{7}") ? "0" + number : number;
			}
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}
}
