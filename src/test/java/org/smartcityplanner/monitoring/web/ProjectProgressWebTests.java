package org.smartcityplanner.monitoring.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.actionplan.internal.ActionPlanUseCases;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.monitoring.MonitoringFixtures;
import org.smartcityplanner.monitoring.internal.project.EmenscrExport;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * Project progress on the pages and the API, per role, for another province's user, the eMENSCR export read back,
 * and the public progress page without an account and without anything personal.
 */
class ProjectProgressWebTests extends WebTestSupport {

	static final ProvinceCode OWN = new ProvinceCode("TH-47");
	static final ProvinceCode OTHER = new ProvinceCode("TH-48");

	@Autowired
	PlanUseCases plans;
	@Autowired
	ActionPlanUseCases actionPlans;

	String project(ProvinceCode province, String name, long baht) {
		return MonitoringFixtures.actionPlanProject(plans, actionPlans, province, name, baht);
	}

	@Test
	void theCoordinatorReportsProgressAndSeesItInTheTableAndTheHistory() throws Exception {
		String id = project(OWN, "ระบบไฟจราจรอัจฉริยะ", 2_000_000);
		Cookie coordinator = signedIn("mon-proj.coordinator", Role.COORDINATOR, OWN);
		mvc.perform(post("/p/TH-47/monitoring/projects/" + id + "/reports").cookie(coordinator).with(csrf())
			.param("period", "2570-Q1").param("status", "DELAYED").param("percentComplete", "30")
			.param("milestoneDone", "0").param("committed_2570_PROV", "1,500,000").param("disbursed_2570_PROV", "1200000")
			.param("note", "รอผลการประกวดราคาใหม่"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/TH-47/monitoring/projects").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ระบบไฟจราจรอัจฉริยะ")))
			.andExpect(content().string(containsString("ล่าช้ากว่าแผน")))
			.andExpect(content().string(containsString("1,200,000.00")))
			.andExpect(content().string(containsString("เบิกจ่ายแล้วร้อยละ 60")));
		mvc.perform(get("/p/TH-47/monitoring/projects/" + id).cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("รอผลการประกวดราคาใหม่")))
			.andExpect(content().string(containsString("2570-Q1")));
		mvc.perform(get("/p/TH-47/monitoring/projects?status=ON_SCHEDULE").cookie(coordinator))
			.andExpect(content().string(not(containsString("ระบบไฟจราจรอัจฉริยะ"))));
	}

	@Test
	void overDisbursementIsRefusedWithTheReasonAndTheTypedValuesStay() throws Exception {
		String id = project(OWN, "ศูนย์ข้อมูลจราจร", 1_000_000);
		Cookie coordinator = signedIn("mon-proj.coordinator", Role.COORDINATOR, OWN);
		mvc.perform(post("/p/TH-47/monitoring/projects/" + id + "/reports").cookie(coordinator).with(csrf())
			.param("period", "2570-Q1").param("status", "ON_SCHEDULE").param("percentComplete", "40")
			.param("committed_2570_PROV", "1000000.01").param("disbursed_2570_PROV", "1000000.01")
			.param("note", "บันทึกที่พิมพ์ไว้"))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("เกินงบประมาณที่ได้รับจัดสรรตามแผนปฏิบัติการ")))
			.andExpect(content().string(containsString("1000000.01")))
			.andExpect(content().string(containsString("บันทึกที่พิมพ์ไว้")));
		mvc.perform(post("/p/TH-47/monitoring/projects/" + id + "/reports").cookie(coordinator).with(csrf())
			.param("period", "2570-Q1").param("status", "ON_SCHEDULE").param("percentComplete", "สี่สิบ")
			.param("committed_2570_PROV", "0").param("disbursed_2570_PROV", "0"))
			.andExpect(status().isBadRequest()).andExpect(content().string(containsString("ต้องเป็นจำนวนเต็มร้อยละ")));
		mvc.perform(get("/api/v1/provinces/TH-47/monitoring/projects/" + id + "/reports").cookie(coordinator))
			.andExpect(status().isOk()).andExpect(jsonPath("$.length()").value(0));
	}

	@Test
	void theApiTakesAReportAndRefusesBadOnesAsProblemDetails() throws Exception {
		String id = project(OWN, "ป้ายรถโดยสารอัจฉริยะ", 800_000);
		Cookie coordinator = signedIn("mon-proj.coordinator", Role.COORDINATOR, OWN);
		String body = """
				{"period":"2570-Q1","status":"ON_SCHEDULE","percentComplete":55,"milestonesDone":[0,1],
				 "money":[{"fiscalYear":2570,"source":"PROV","committed":800000,"disbursed":500000}]}""";
		mvc.perform(post("/api/v1/provinces/TH-47/monitoring/projects/" + id + "/reports").cookie(coordinator)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isCreated()).andExpect(jsonPath("$.percentComplete").value(55))
			.andExpect(jsonPath("$.reportedBy").doesNotExist());
		mvc.perform(post("/api/v1/provinces/TH-47/monitoring/projects/" + id + "/reports").cookie(coordinator)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).header("Accept-Language", "en")
			.content(body.replace("\"disbursed\":500000", "\"disbursed\":900000")))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.code").value("monitoring.project.money.disbursedOverCommitted"));
		mvc.perform(get("/api/v1/provinces/TH-47/monitoring/projects/" + id).cookie(coordinator))
			.andExpect(status().isOk()).andExpect(jsonPath("$.disbursed").value(500000.0))
			.andExpect(jsonPath("$.status").value("ON_SCHEDULE"));
	}

	@Test
	void theWorkingGroupReadsButCannotReport() throws Exception {
		String id = project(OWN, "จุดชาร์จรถไฟฟ้า", 300_000);
		Cookie member = signedIn("mon-proj.member", Role.WORKING_GROUP, OWN);
		mvc.perform(get("/p/TH-47/monitoring/projects/" + id).cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"report-form\" method"))));
		mvc.perform(post("/p/TH-47/monitoring/projects/" + id + "/reports").cookie(member).with(csrf())
			.param("period", "2570-Q1").param("status", "ON_SCHEDULE").param("percentComplete", "1")
			.param("committed_2570_PROV", "0").param("disbursed_2570_PROV", "0"))
			.andExpect(status().isForbidden());
		Cookie trainee = signedIn("mon-proj.trainee", Role.TRAINEE, OWN);
		mvc.perform(get("/p/TH-47/monitoring/projects").cookie(trainee)).andExpect(status().isForbidden());
	}

	@Test
	void aProjectIdOfAnotherProvinceIsNotFoundAndNothingIsStored() throws Exception {
		String foreign = project(OTHER, "โครงการของจังหวัดอื่น", 400_000);
		Cookie coordinator = signedIn("mon-proj.coordinator", Role.COORDINATOR, OWN);
		mvc.perform(get("/p/TH-47/monitoring/projects/" + foreign).cookie(coordinator))
			.andExpect(status().isNotFound());
		mvc.perform(post("/p/TH-47/monitoring/projects/" + foreign + "/reports").cookie(coordinator).with(csrf())
			.param("period", "2570-Q1").param("status", "ON_SCHEDULE").param("percentComplete", "1")
			.param("committed_2570_PROV", "0").param("disbursed_2570_PROV", "0"))
			.andExpect(status().isNotFound());
		mvc.perform(post("/api/v1/provinces/TH-47/monitoring/projects/" + foreign + "/reports").cookie(coordinator)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON)
			.content("{\"period\":\"2570-Q1\",\"status\":\"ON_SCHEDULE\",\"percentComplete\":1}"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/p/TH-48/monitoring/projects").cookie(coordinator)).andExpect(status().isForbidden());
		assertThat(jdbc.sql("select count(*) from mon_project_report where project_id = ?").param(foreign)
			.query(Long.class).single()).isZero();
	}

	@Test
	void theEmenscrExportReadsBackWithFormulaSafeCells() throws Exception {
		String id = project(OWN, "=HYPERLINK(\"http://evil.example\")", 1_000_000);
		Cookie coordinator = signedIn("mon-proj.coordinator", Role.COORDINATOR, OWN);
		mvc.perform(post("/api/v1/provinces/TH-47/monitoring/projects/" + id + "/reports").cookie(coordinator)
			.with(csrf()).contentType(MediaType.APPLICATION_JSON).content("""
					{"period":"2570-Q1","status":"ON_SCHEDULE","percentComplete":20,
					 "money":[{"fiscalYear":2570,"source":"PROV","committed":400000,"disbursed":250000.50}]}"""))
			.andExpect(status().isCreated());
		byte[] xlsx = mvc.perform(get("/p/TH-47/monitoring/projects/emenscr?format=xlsx").cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			Sheet sheet = workbook.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(2).getStringCellValue()).isEqualTo("ชื่อโครงการ");
			Row row = null;
			for (Row candidate : sheet) {
				if (candidate.getRowNum() > 0 && candidate.getCell(1).getStringCellValue().equals(id)) {
					row = candidate;
				}
			}
			assertThat(row).isNotNull();
			assertThat(row.getCell(2).getStringCellValue()).startsWith("=HYPERLINK");
			assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(row.getCell(4).getStringCellValue()).startsWith("NS2 ");
			assertThat(row.getCell(5).getStringCellValue()).startsWith("MP06 ");
			assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(2570);
			assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(1_000_000);
			assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(400_000);
			assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(250_000.50);
			assertThat(row.getCell(12).getNumericCellValue()).isEqualTo(25.0);
			assertThat(row.getCell(13).getNumericCellValue()).isEqualTo(20);
			assertThat(row.getCell(14).getStringCellValue()).isEqualTo("เป็นไปตามแผน");
			assertThat(row.getCell(16).getStringCellValue()).isEqualTo("2570-Q1");
		}
		byte[] csv = mvc.perform(get("/api/v1/provinces/TH-47/monitoring/projects/emenscr?format=csv").cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		String text = new String(csv, StandardCharsets.UTF_8);
		assertThat(text).startsWith("\uFEFF" + String.join(",", EmenscrExport.HEADINGS.subList(0, 3)));
		assertThat(text).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\"");
		mvc.perform(get("/p/TH-47/monitoring/projects/emenscr?format=pdf").cookie(coordinator))
			.andExpect(status().isBadRequest());
	}

	@Test
	void thePublicPageShowsProjectsWithoutAnAccountAndNothingPersonal() throws Exception {
		String id = project(OWN, "ทางเดินริมน้ำอัจฉริยะ", 600_000);
		Cookie coordinator = signedIn("mon-proj.public-reporter", Role.COORDINATOR, OWN);
		mvc.perform(post("/p/TH-47/monitoring/projects/" + id + "/reports").cookie(coordinator).with(csrf())
			.param("period", "2570-Q1").param("status", "DELAYED").param("percentComplete", "35")
			.param("committed_2570_PROV", "300000").param("disbursed_2570_PROV", "100000")
			.param("note", "หมายเหตุภายในของนายสมมุติ ทดสอบ"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/public/provinces/TH-47/progress"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ทางเดินริมน้ำอัจฉริยะ")))
			.andExpect(content().string(containsString("35%")))
			.andExpect(content().string(containsString("<svg")))
			.andExpect(content().string(containsString("id=\"project-table\"")))
			.andExpect(content().string(not(containsString("mon-proj.public-reporter"))))
			.andExpect(content().string(not(containsString("Test mon-proj"))))
			.andExpect(content().string(not(containsString("นายสมมุติ"))));
		mvc.perform(get("/api/v1/public/provinces/TH-47/progress"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("ทางเดินริมน้ำอัจฉริยะ")))
			.andExpect(content().string(not(containsString("mon-proj.public-reporter"))))
			.andExpect(content().string(not(containsString("นายสมมุติ"))));
		mvc.perform(get("/public/provinces/TH-47/progress?lang=en")).andExpect(status().isOk())
			.andExpect(content().string(containsString("Projects of the annual action plan")));
		mvc.perform(get("/public/provinces/TH-99/progress")).andExpect(status().isNotFound());
	}

	@Test
	void renewalReadinessListsTheProjectReportAsEvidenceAndAdminsEditTheThresholds() throws Exception {
		String id = project(OWN, "ระบบแจ้งเตือนน้ำท่วม", 900_000);
		Cookie coordinator = signedIn("mon-proj.coordinator", Role.COORDINATOR, OWN);
		mvc.perform(post("/p/TH-47/monitoring/projects/" + id + "/reports").cookie(coordinator).with(csrf())
			.param("period", "2570-Q1").param("status", "ON_SCHEDULE").param("percentComplete", "25")
			.param("committed_2570_PROV", "0").param("disbursed_2570_PROV", "0"))
			.andExpect(status().is3xxRedirection());
		mvc.perform(get("/p/TH-47/monitoring/renewal").cookie(coordinator)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ระบบแจ้งเตือนน้ำท่วม")))
			.andExpect(content().string(containsString("รอการยืนยัน")));
		mvc.perform(get("/admin/monitoring/renewal-thresholds").cookie(coordinator)).andExpect(status().isForbidden());
		Cookie admin = signedIn("mon-proj.admin", Role.ADMIN);
		String page = mvc.perform(get("/admin/monitoring/renewal-thresholds").cookie(admin)).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		String version = page.replaceAll("(?s).*name=\"version\" value=\"(\\d+)\".*", "$1");
		mvc.perform(post("/admin/monitoring/renewal-thresholds").cookie(admin).with(csrf())
			.param("kpisOnTrackPercent", "150").param("projectsOnSchedulePercent", "60").param("version", version))
			.andExpect(status().is3xxRedirection());
		assertThat(jdbc.sql("select kpis_on_track_percent from mon_renewal_threshold").query(Integer.class).single())
			.isNotEqualTo(150);
	}
}
