package org.smartcityplanner.reports.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.ReportTestPlans;
import org.smartcityplanner.reports.internal.GeneratedFile;
import org.smartcityplanner.reports.internal.JobState;
import org.smartcityplanner.reports.internal.ReportJob;
import org.smartcityplanner.reports.internal.ReportsUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The documents page as a coordinator, a working-group member, a trainee and another province's user see it.
 * Each test uses a province of its own.
 */
class DocumentsWebTests extends WebTestSupport {

	@Autowired
	PlanUseCases plans;
	@Autowired
	ReportsUseCases reports;

	private ReportJob awaitEnd(ProvinceCode province, String jobId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (System.nanoTime() < deadline) {
			ReportJob job = reports.job(province, jobId).orElseThrow();
			if (!job.state().isActive()) {
				return job;
			}
			Thread.sleep(200);
		}
		throw new AssertionError("job did not end in time");
	}

	private String request(Cookie session, String province, long versionId, String language) throws Exception {
		mvc.perform(post("/p/" + province + "/documents/book").cookie(session).with(csrf())
			.param("versionId", String.valueOf(versionId)).param("language", language))
			.andExpect(redirectedUrl("/p/" + province + "/documents"))
			.andExpect(flash().attribute("flashSuccess", "reports.queued"));
		return reports.jobs(new ProvinceCode(province), 1).get(0).id();
	}

	@Test
	void aCoordinatorGeneratesTheBookOfASavedVersionAndDownloadsTheDocx() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-53");
		PlanVersionSummary version = ReportTestPlans.savedVersion(plans, province, "ฉบับส่งคณะกรรมการ");
		Cookie session = signedIn("docs.coord53", Role.COORDINATOR, province);
		mvc.perform(get("/p/TH-53/documents").cookie(session)).andExpect(status().isOk())
			.andExpect(content().string(containsString("ฉบับส่งคณะกรรมการ")))
			.andExpect(content().string(containsString("id=\"generate-form\"")));

		String jobId = request(session, "TH-53", version.id(), "th");
		ReportJob done = awaitEnd(province, jobId);

		assertThat(done.state()).isEqualTo(JobState.DONE);
		GeneratedFile docx = reports.files(province).stream().filter(f -> f.format().equals("docx")).findFirst()
			.orElseThrow();
		assertThat(docx.planVersionName()).isEqualTo("ฉบับส่งคณะกรรมการ");
		assertThat(docx.createdBy()).isEqualTo("docs.coord53");
		assertThat(docx.inputHash()).hasSize(64);
		byte[] file = mvc.perform(get("/p/TH-53/documents/files/" + docx.id()).cookie(session))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Disposition", containsString("attachment")))
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(file))) {
			List<String> text = doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
			assertThat(text).contains("แผนแม่บทเมืองอัจฉริยะ", "บทที่ 12 สรุปงบประมาณ", "ยังไม่มีข้อมูล");
			assertThat(doc.getProperties().getCustomProperties().getProperty("input-hash").getLpwstr())
				.isEqualTo(docx.inputHash());
		}
		mvc.perform(get("/p/TH-53/documents").cookie(session))
			.andExpect(content().string(containsString(docx.fileName())));
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'report-file' and action = 'downloaded' "
				+ "and entity_id = ?").param(docx.id()).query(Integer.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from aud_entry where entity_type = 'report-job' and action = 'requested' "
				+ "and entity_id = ? and actor = 'docs.coord53'").param(jobId).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void theSameVersionGivesTheSameContentFingerprint() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-54");
		PlanVersionSummary version = ReportTestPlans.savedVersion(plans, province, "ฉบับ 1");
		Cookie session = signedIn("docs.cons54", Role.CONSULTANT, province);
		awaitEnd(province, request(session, "TH-54", version.id(), "en"));
		awaitEnd(province, request(session, "TH-54", version.id(), "en"));

		List<String> hashes = reports.files(province).stream().map(GeneratedFile::inputHash).toList();
		assertThat(hashes).hasSize(2).containsOnly(hashes.get(0));
	}

	@Test
	void anotherProvincesUserIsRefusedThePageAndTheFiles() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-55");
		PlanVersionSummary version = ReportTestPlans.savedVersion(plans, province, "ฉบับ 1");
		Cookie owner = signedIn("docs.coord55", Role.COORDINATOR, province);
		awaitEnd(province, request(owner, "TH-55", version.id(), "th"));
		String fileId = reports.files(province).get(0).id();
		Cookie stranger = signedIn("docs.coord56", Role.COORDINATOR, new ProvinceCode("TH-56"));

		mvc.perform(get("/p/TH-55/documents").cookie(stranger)).andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-55/documents/files/" + fileId).cookie(stranger)).andExpect(status().isForbidden());
		mvc.perform(post("/p/TH-55/documents/book").cookie(stranger).with(csrf()).param("versionId",
				String.valueOf(version.id()))).andExpect(status().isForbidden());
		mvc.perform(get("/p/TH-56/documents/files/" + fileId).cookie(stranger))
			.andExpect(status().isNotFound());
	}

	@Test
	void aWorkingGroupMemberDownloadsButCannotGenerateAndATraineeSeesNothing() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-57");
		PlanVersionSummary version = ReportTestPlans.savedVersion(plans, province, "ฉบับ 1");
		Cookie member = signedIn("docs.member57", Role.WORKING_GROUP, province);
		mvc.perform(get("/p/TH-57/documents").cookie(member)).andExpect(status().isOk())
			.andExpect(content().string(not(containsString("id=\"generate-form\""))));
		mvc.perform(post("/p/TH-57/documents/book").cookie(member).with(csrf())
			.param("versionId", String.valueOf(version.id()))).andExpect(status().isForbidden());
		Cookie trainee = signedIn("docs.trainee57", Role.TRAINEE, province);
		mvc.perform(get("/p/TH-57/documents").cookie(trainee)).andExpect(status().isForbidden());
	}

	@Test
	void aVersionOfAnotherProvinceOrNoVersionIsRefusedWithAMessage() throws Exception {
		PlanVersionSummary elsewhere = ReportTestPlans.savedVersion(plans, new ProvinceCode("TH-58"), "ฉบับ 1");
		ProvinceCode province = new ProvinceCode("TH-60");
		Cookie session = signedIn("docs.coord60", Role.COORDINATOR, province);

		mvc.perform(post("/p/TH-60/documents/book").cookie(session).with(csrf())
			.param("versionId", String.valueOf(elsewhere.id())))
			.andExpect(flash().attribute("flashError", "reports.error.noVersion"));
		mvc.perform(post("/p/TH-60/documents/book").cookie(session).with(csrf()))
			.andExpect(flash().attribute("flashError", "reports.error.noVersion"));
		mvc.perform(get("/p/TH-60/documents").cookie(session))
			.andExpect(content().string(containsString("ยังไม่มีฉบับที่บันทึกไว้ของแผน")));
		assertThat(reports.jobs(province, 10)).isEmpty();
	}

	@Test
	void aQueuedJobIsCancelledFromThePageAndTheProgressPartialAnswersHtmx() throws Exception {
		ProvinceCode province = new ProvinceCode("TH-61");
		PlanVersionSummary version = ReportTestPlans.savedVersion(plans, province, "ฉบับ 1");
		Cookie session = signedIn("docs.coord61", Role.COORDINATOR, province);
		ReportJob job = reports.requestMasterPlanBook(province, version.id(),
				org.smartcityplanner.documents.DocumentLanguage.THAI, false);
		mvc.perform(get("/p/TH-61/documents/jobs").cookie(session).header("HX-Request", "true"))
			.andExpect(status().isOk()).andExpect(content().string(containsString("id=\"documents-live\"")));

		mvc.perform(post("/p/TH-61/documents/jobs/" + job.id() + "/cancel").cookie(session).with(csrf()))
			.andExpect(redirectedUrl("/p/TH-61/documents"));

		ReportJob ended = awaitEnd(province, job.id());
		assertThat(ended.state()).isIn(JobState.CANCELLED);
		assertThat(reports.files(province)).isEmpty();
	}
}
