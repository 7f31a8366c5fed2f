package org.smartcityplanner.monitoring.web.kpi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.monitoring.MonitoringFixture;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;

/** Bulk update by template: row errors named by row and column, nothing saved while any row is wrong. */
class KpiImportWebTests extends FollowUpWebTestSupport {

	@Test
	void aFileWithOneBadRowSavesNothingAndNamesTheRowAndColumn() throws Exception {
		long period = openQuarter(4);
		int before = valuesIn(period);
		String csv = "period,kpi_id,kpi_name,unit,target,value,source,note\r\n"
				+ "2570-Q4," + kpis.get(MonitoringFixture.PERCENT_KPI) + ",,,,62,สำรวจครัวเรือน,\r\n"
				+ "2570-Q4," + kpis.get(MonitoringFixture.COUNT_KPI) + ",,,,7.5,ทะเบียนจุดบริการ,\r\n"
				+ "2570-Q4," + kpis.get(MonitoringFixture.PM_KPI) + ",,,,30,สถานีตรวจวัด,\r\n"
				+ "2571-Q1," + kpis.get(MonitoringFixture.COUNT_KPI) + ",,,,10,ทะเบียน,\r\n";
		upload("kpi.csv", csv.getBytes(StandardCharsets.UTF_8)).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.saved").value(0)).andExpect(jsonPath("$.errors.length()").value(3))
			.andExpect(jsonPath("$.errors[0].row").value(3)).andExpect(jsonPath("$.errors[0].column").value("value"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("monitoring.kpi.rule.value.wholeNumber"))
			.andExpect(jsonPath("$.errors[1].row").value(4)).andExpect(jsonPath("$.errors[1].column").value("kpi_id"))
			.andExpect(jsonPath("$.errors[2].row").value(5)).andExpect(jsonPath("$.errors[2].column").value("period"));
		assertThat(valuesIn(period)).as("nothing saved while a row is wrong").isEqualTo(before);
	}

	@Test
	void theTemplateFilledInIsSubmittedWholeAndAMissingNoteIsARowError() throws Exception {
		long period = openQuarter(4);
		int before = valuesIn(period);
		byte[] template = mvc.perform(get("/p/TH-19/monitoring/my-updates/template.xlsx").cookie(owner))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		byte[] missingNote = fill(template, period, "30", "");
		upload("kpi.xlsx", missingNote).andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].column").value("note"))
			.andExpect(jsonPath("$.errors[0].messageKey").value("monitoring.kpi.rule.note.required"));
		assertThat(valuesIn(period)).isEqualTo(before);

		upload("kpi.xlsx", fill(template, period, "30", "ฝนน้อยกว่าปกติ")).andExpect(status().isOk())
			.andExpect(jsonPath("$.saved").value(2));
		assertThat(valuesIn(period)).isEqualTo(2);
	}

	@Test
	void refusesAFileThatIsNotWhatItsNameSays() throws Exception {
		upload("kpi.xlsx", "period,kpi_id\r\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("monitoring.kpi.import.file.notXlsx"));
		upload("kpi.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("monitoring.kpi.import.file.type"));
		upload("kpi.csv", "a,b\r\n1,2\r\n".getBytes(StandardCharsets.UTF_8)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.code").value("monitoring.kpi.import.header"));
	}

	@Test
	void theCsvTemplateKeepsFormulaLikeTextInert() throws Exception {
		openQuarter(4);
		String csv = mvc.perform(get("/p/TH-19/monitoring/my-updates/template.csv").cookie(owner))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(csv).startsWith("\uFEFFperiod,kpi_id,kpi_name,unit,target,value,source,note");
		assertThat(csv).contains("2570-Q4," + kpis.get(MonitoringFixture.PERCENT_KPI));
		assertThat(csv.lines().skip(1)).allSatisfy(line -> assertThat(line).doesNotStartWith("="));
	}

	/** The owner's template with every value, source and note filled; 2570-Q4 rows only. */
	private byte[] fill(byte[] template, long period, String value, String note) throws Exception {
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
				ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = workbook.getSheetAt(0);
			java.util.List<Row> rows = new java.util.ArrayList<>();
			sheet.forEach(rows::add);
			for (Row row : rows) {
				if (row.getRowNum() == 0) {
					continue;
				}
				if (!row.getCell(0).getStringCellValue().equals("2570-Q4")) {
					sheet.removeRow(row);
					continue;
				}
				// the percentage KPI's 30 against a target of 60 needs the note; the count's 30 of 50 too
				row.createCell(5).setCellValue(value);
				row.createCell(6).setCellValue("สำรวจภาคสนาม");
				row.createCell(7).setCellValue(note);
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}

	private ResultActions upload(String name, byte[] content) throws Exception {
		return mvc.perform(multipart("/api/v1/provinces/TH-19/monitoring/my-updates/import")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content)).cookie(owner)
			.with(csrf()));
	}
}
