package org.smartcityplanner.training.internal;

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
 * Reads a trainee import file into numbered rows of text: CSV (UTF-8, comma, RFC 4180 quotes) or the first sheet
 * of an XLSX workbook. Blank rows are skipped; row numbers are those a spreadsheet shows.
 */
final class TraineeFileReader {

	static final int MAX_BYTES = 2 * 1024 * 1024;
	static final int MAX_ROWS = 1000;

	/** A row of cells with its number in the file. */
	record NumberedRow(int number, List<String> cells) {
		boolean blank() {
			return cells.stream().allMatch(String::isBlank);
		}
	}

	private TraineeFileReader() {
	}

	static List<NumberedRow> read(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("training.import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("training.import.file.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		List<NumberedRow> rows;
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			rows = csv(text(content));
		}
		else if (name.endsWith(".xlsx")) {
			rows = xlsx(content);
		}
		else {
			throw new InvalidInputException("training.import.file.type");
		}
		rows = rows.stream().filter(row -> !row.blank()).toList();
		if (rows.size() > MAX_ROWS + 1) {
			throw new InvalidInputException("training.import.file.tooManyRows", MAX_ROWS);
		}
		return rows;
	}

	private static String text(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("training.import.file.notUtf8");
		}
	}

	static List<NumberedRow> csv(String text) {
		List<List<String>> records = CsvRecords.parse(text, "training.import.file.openQuote");
		List<NumberedRow> rows = new ArrayList<>(records.size());
		for (List<String> cells : records) {
			rows.add(new NumberedRow(rows.size() + 1, cells));
		}
		return rows;
	}

	private static List<NumberedRow> xlsx(byte[] content) {
		if (FileMagic.valueOf(content) != FileMagic.OOXML) {
			throw new InvalidInputException("training.import.file.notXlsx");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			List<NumberedRow> rows = new ArrayList<>();
			for (Row row : workbook.getSheetAt(0)) {
				List<String> cells = new ArrayList<>();
				for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
					cells.add(text(row.getCell(i)));
				}
				rows.add(new NumberedRow(row.getRowNum() + 1, cells));
				if (rows.size() > MAX_ROWS + 10) {
					break;
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			// POI reports a damaged or foreign ZIP with many unchecked types; to the user they all mean the same
			throw new InvalidInputException("training.import.file.notXlsx");
		}
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			// phone numbers typed as numbers lose their leading zero in Excel: give it back
			case NUMERIC -> {
				String number = NumberToTextConverter.toText(cell.getNumericCellValue());
				yield number.matches("[689]\\d{8}|[2-7]\\d{7}") ? "0" + number : number;
			}
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			default -> "";
		};
	}
}
