package org.smartcityplanner.profile.internal;

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
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.NumberToTextConverter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.smartcityplanner.profile.domain.BaselineImportCheck;
import org.smartcityplanner.profile.domain.SheetRow;
import org.smartcityplanner.shared.InvalidInputException;

/**
 * Reads an uploaded baseline file into rows of text: a CSV file (UTF-8, with or without byte-order mark, comma
 * separated, quotes as in RFC 4180) or the first sheet of an XLSX workbook. The name's extension says which one
 * is expected and the content must then really be one; anything else is refused with a message for the user.
 */
final class BaselineFileReader {

	static final int MAX_BYTES = 2 * 1024 * 1024;
	/** Enough to tell the checker there are too many rows without reading a huge sheet to its end. */
	private static final int MAX_READ_ROWS = BaselineImportCheck.MAX_ROWS + 10;

	private BaselineFileReader() {
	}

	/**
	 * @throws InvalidInputException when the file is empty, too large, of another type, or not what its name says
	 */
	static List<SheetRow> read(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw new InvalidInputException("baselines.import.file.empty");
		}
		if (content.length > MAX_BYTES) {
			throw new InvalidInputException("baselines.import.file.tooLarge", MAX_BYTES / (1024 * 1024));
		}
		String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
		if (name.endsWith(".csv") || name.endsWith(".txt")) {
			return CsvRows.parse(text(content));
		}
		if (name.endsWith(".xlsx")) {
			return xlsx(content);
		}
		throw new InvalidInputException("baselines.import.file.type");
	}

	/** The content as UTF-8 text; a binary file or another encoding (such as Windows-874) is refused. */
	private static String text(byte[] content) {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content)).toString();
		}
		catch (CharacterCodingException e) {
			throw new InvalidInputException("baselines.import.file.notText");
		}
		if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n')) {
			throw new InvalidInputException("baselines.import.file.notText");
		}
		return text.startsWith("\uFEFF") ? text.substring(1) : text;
	}

	private static List<SheetRow> xlsx(byte[] content) {
		FileMagic magic = FileMagic.valueOf(content);
		if (magic == FileMagic.OLE2) {
			throw new InvalidInputException("baselines.import.file.oldExcel");
		}
		if (magic != FileMagic.OOXML) {
			throw new InvalidInputException("baselines.import.file.notXlsx");
		}
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
			if (workbook.getNumberOfSheets() == 0) {
				throw new InvalidInputException("baselines.import.empty");
			}
			return rows(workbook.getSheetAt(0));
		}
		catch (InvalidInputException e) {
			throw e;
		}
		catch (IOException | RuntimeException e) {
			// POI signals a damaged or foreign ZIP with many unchecked types (NotOfficeXmlFileException,
			// POIXMLException, RecordFormatException...); to the user they all mean the same
			throw new InvalidInputException("baselines.import.file.notXlsx");
		}
	}

	private static List<SheetRow> rows(Sheet sheet) {
		List<SheetRow> rows = new ArrayList<>();
		for (Row row : sheet) {
			List<String> cells = new ArrayList<>();
			for (int i = 0; i < Math.max(row.getLastCellNum(), 0); i++) {
				cells.add(text(row.getCell(i)));
			}
			SheetRow sheetRow = new SheetRow(row.getRowNum() + 1, cells);
			if (!sheetRow.isBlank()) {
				rows.add(sheetRow);
			}
			if (rows.size() > MAX_READ_ROWS) {
				break;
			}
		}
		return rows;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return "";
		}
		CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
		return switch (type) {
			case STRING -> cell.getStringCellValue();
			case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
					: NumberToTextConverter.toText(cell.getNumericCellValue());
			case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
			case ERROR -> FormulaError.forInt(cell.getErrorCellValue()).getString();
			default -> "";
		};
	}
}
