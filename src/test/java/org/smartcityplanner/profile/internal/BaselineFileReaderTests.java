package org.smartcityplanner.profile.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.profile.domain.SheetRow;
import org.smartcityplanner.shared.InvalidInputException;

class BaselineFileReaderTests {

	@Test
	void readsUtf8CsvWithByteOrderMarkQuotesAndLineBreaksInsideQuotes() {
		String csv = "\uFEFFindicator_code,area,year,value,source\r\n"
				+ "IND-ENV-01,,2566,\"1,234.5\",\"กรมควบคุมมลพิษ, \"\"สถานี\"\" ในเมือง\"\r\n"
				+ "IND-ENV-02,,2566,40,\"บรรทัดแรก\nบรรทัดสอง\"\n"
				+ "IND-ENV-03,,2566,2.1,x";

		List<SheetRow> rows = BaselineFileReader.read("baselines.csv", csv.getBytes(StandardCharsets.UTF_8));

		assertThat(rows).hasSize(4);
		assertThat(rows.get(0).cell(0)).isEqualTo("indicator_code");
		assertThat(rows.get(1).cells()).containsExactly("IND-ENV-01", "", "2566", "1,234.5",
				"กรมควบคุมมลพิษ, \"สถานี\" ในเมือง");
		assertThat(rows.get(2).cell(4)).isEqualTo("บรรทัดแรก\nบรรทัดสอง");
		assertThat(rows.get(3).number()).isEqualTo(4);
	}

	@Test
	void readsTheFirstSheetOfARealWorkbookWithNumbersAsTheyAreShown() throws IOException {
		byte[] xlsx = workbook(new XSSFWorkbook(), sheet -> {
			cells(sheet.createRow(0), "indicator_code", "area", "year", "value", "source");
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue("IND-ENV-01");
			row.createCell(2).setCellValue(2566);
			row.createCell(3).setCellValue(28.4);
			row.createCell(4).setCellValue("กรมควบคุมมลพิษ");
		});

		List<SheetRow> rows = BaselineFileReader.read("ค่าฐาน.XLSX", xlsx);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(1).number()).isEqualTo(3);
		assertThat(rows.get(1).cells()).containsExactly("IND-ENV-01", "", "2566", "28.4", "กรมควบคุมมลพิษ");
	}

	@Test
	void aTextFileNamedXlsxIsNotAWorkbook() {
		assertRefused("fake.xlsx", "indicator_code,area\n".getBytes(StandardCharsets.UTF_8),
				"baselines.import.file.notXlsx");
	}

	@Test
	void aZipThatIsNoWorkbookIsNotAWorkbook() throws IOException {
		ByteArrayOutputStream zip = new ByteArrayOutputStream();
		try (var out = new java.util.zip.ZipOutputStream(zip)) {
			out.putNextEntry(new java.util.zip.ZipEntry("hello.txt"));
			out.write("hello".getBytes(StandardCharsets.UTF_8));
		}
		assertRefused("archive.xlsx", zip.toByteArray(), "baselines.import.file.notXlsx");
	}

	@Test
	void anOldExcelFileIsToldToBeSavedAsXlsx() throws IOException {
		byte[] xls = workbook(new HSSFWorkbook(), sheet -> cells(sheet.createRow(0), "indicator_code"));
		assertRefused("old.xlsx", xls, "baselines.import.file.oldExcel");
	}

	@Test
	void aCsvThatIsNotUtf8TextIsRefused() {
		assertRefused("thai.csv", "ปี,ค่า".getBytes(Charset.forName("x-windows-874")), "baselines.import.file.notText");
		assertRefused("binary.csv", new byte[] { 'a', 0, 1, 2 }, "baselines.import.file.notText");
	}

	@Test
	void refusesOtherTypesEmptyAndOversizeFiles() {
		assertRefused("report.pdf", "%PDF-1.7".getBytes(StandardCharsets.UTF_8), "baselines.import.file.type");
		assertRefused("empty.csv", new byte[0], "baselines.import.file.empty");
		assertRefused("big.csv", new byte[BaselineFileReader.MAX_BYTES + 1], "baselines.import.file.tooLarge");
		assertRefused("open.csv", "a,\"b\n".getBytes(StandardCharsets.UTF_8), "baselines.import.file.openQuote");
	}

	private static void assertRefused(String name, byte[] content, String key) {
		assertThatThrownBy(() -> BaselineFileReader.read(name, content))
			.isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
	}

	private static void cells(Row row, String... values) {
		for (int i = 0; i < values.length; i++) {
			row.createCell(i).setCellValue(values[i]);
		}
	}

	private static byte[] workbook(Workbook workbook, java.util.function.Consumer<Sheet> fill) throws IOException {
		try (workbook) {
			fill.accept(workbook.createSheet("baselines"));
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
