package org.smartcityplanner.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.ReportTestPlans;
import org.smartcityplanner.reports.ReportsModuleTest;
import org.smartcityplanner.reports.internal.GeneratedFile;
import org.smartcityplanner.reports.internal.JobState;
import org.smartcityplanner.reports.internal.ReportJob;
import org.smartcityplanner.reports.internal.ReportsUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.ModuleWebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A node without LibreOffice: the page says so, and a book asked with PDF still comes as DOCX. Runs in the reports
 * module's context (which has no PDF engine), so it costs no boot of the whole application of its own.
 */
@ReportsModuleTest
class DocumentsWithoutPdfEngineWebTests extends ModuleWebTestSupport {

	@Autowired
	PlanUseCases plans;
	@Autowired
	ReportsUseCases reports;

	@Test
	void thePageSaysPdfIsUnavailableAndTheBookStillComesAsDocx() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-62");
		PlanVersionSummary version = ReportTestPlans.savedVersion(plans, province, "ฉบับ 1");
		Cookie session = signedIn("docs.nopdf62", Role.COORDINATOR, province);

		mvc.perform(get("/p/TH-62/documents").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ขณะนี้ยังสร้างไฟล์ PDF ไม่ได้")))
			.andExpect(content().string(containsString("ไฟล์ DOCX และ XLSX ยังสร้างได้ตามปกติ")))
			.andExpect(content().string(containsString("apt-get install libreoffice-writer-nogui")));
		mvc.perform(post("/p/TH-62/documents/book").cookie(session).with(csrf())
			.param("versionId", String.valueOf(version.id())).param("pdf", "true"));
		ReportJob job = reports.jobs(province, 1).get(0);
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (reports.job(province, job.id()).orElseThrow().state().isActive() && System.nanoTime() < deadline) {
			Thread.sleep(200);
		}

		ReportJob done = reports.job(province, job.id()).orElseThrow();
		assertThat(done.state()).isEqualTo(JobState.DONE);
		assertThat(done.noteKey()).isEqualTo("reports.note.noPdfEngine");
		assertThat(reports.files(province)).extracting(GeneratedFile::format).containsExactly("docx");
		mvc.perform(get("/p/TH-62/documents").cookie(session))
			.andExpect(content().string(containsString("สร้างเฉพาะ DOCX")));
	}
}
