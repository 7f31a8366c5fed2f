package org.smartcityplanner.profile.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FormulaGuardTests {

	static final String HYPERLINK = "=HYPERLINK(\"http://evil.example\",\"คลิก\")";

	@Test
	void textStartingLikeAFormulaGetsAnApostropheInCsv() {
		for (String dangerous : List.of(HYPERLINK, "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1", "＝1+1")) {
			assertThat(FormulaGuard.forCsv(dangerous)).as(dangerous).isEqualTo("'" + dangerous);
		}
		for (String harmless : List.of("กรมควบคุมมลพิษ", "a=b", " 12", "", "'=already")) {
			assertThat(FormulaGuard.forCsv(harmless)).as(harmless).isEqualTo(harmless);
		}
	}

	@Test
	void csvQuotesAndGuardsTextButWritesNumbersAsNumbers() {
		byte[] csv = BaselineSheets.csv(List.of("source", "value", "year"),
				List.of(Arrays.asList(HYPERLINK, new BigDecimal("-3.5"), 2566), Arrays.asList("ก, ข", null, 2567)));
		String text = new String(csv, StandardCharsets.UTF_8);

		assertThat(text).startsWith("\uFEFFsource,value,year\r\n")
			.contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"คลิก\"\")\",-3.5,2566\r\n")
			.contains("\"ก, ข\",,2567\r\n");
	}

	@Test
	void xlsxWritesFormulaLikeTextAsQuotePrefixedTextCells() throws IOException {
		byte[] xlsx = BaselineSheets.xlsx("baselines", List.of("source", "value"),
				List.of(Arrays.asList(HYPERLINK, new BigDecimal("28.4")), Arrays.asList("กรมควบคุมมลพิษ", null)));

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			Cell dangerous = sheet.getRow(1).getCell(0);
			assertThat(dangerous.getCellType()).isEqualTo(CellType.STRING);
			assertThat(dangerous.getStringCellValue()).isEqualTo(HYPERLINK);
			assertThat(dangerous.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(28.4);
			assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
		}
	}
}
