package org.smartcityplanner.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Duration;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.plan.PlanVersionSummary;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.internal.FileDownload;
import org.smartcityplanner.reports.internal.GeneratedFile;
import org.smartcityplanner.reports.internal.JobState;
import org.smartcityplanner.reports.internal.ReportJob;
import org.smartcityplanner.reports.internal.ReportsUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * The reports module bootstrapped with only what it depends on (plan, action plan, profile, documents, reference,
 * identity, audit): a master-plan book is generated in the background from a saved plan version through
 * {@link ReportsUseCases} alone, and training, engagement and the dashboard are not needed for it.
 */
@ReportsModuleTest
class ReportsModuleTests {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-93");

	@Autowired
	ReportsUseCases reports;
	@Autowired
	PlanUseCases plans;
	@Autowired
	ApplicationContext context;

	@Test
	void aBookIsGeneratedFromASavedPlanVersionAndCanBeDownloaded() throws Exception {
		PlanVersionSummary version = ReportTestPlans.savedVersion(plans, PROVINCE, "ฉบับทดสอบระดับโมดูล");

		ReportJob job = reports.requestMasterPlanBook(PROVINCE, version.id(), DocumentLanguage.THAI, false);
		ReportJob done = awaitEnd(job.id());

		assertThat(done.state()).isEqualTo(JobState.DONE);
		GeneratedFile file = reports.files(PROVINCE).stream().filter(f -> f.jobId().equals(job.id())).findFirst()
			.orElseThrow();
		assertThat(file.format()).isEqualTo("docx");
		assertThat(file.planVersionId()).isEqualTo(version.id());
		assertThat(file.planVersionName()).isEqualTo("ฉบับทดสอบระดับโมดูล");
		FileDownload download = reports.download(PROVINCE, file.id()).orElseThrow();
		try (XWPFDocument book = new XWPFDocument(new ByteArrayInputStream(download.content()))) {
			assertThat(book.getParagraphs()).extracting(XWPFParagraph::getText)
				.contains("แผนแม่บทเมืองอัจฉริยะ", "บทที่ 12 สรุปงบประมาณ");
		}
		assertThat(reports.download(new ProvinceCode("TH-94"), file.id())).as("another province").isEmpty();
	}

	@Test
	void bootsWithoutTrainingEngagementOrTheDashboard() {
		assertThat(context.getBeanNamesForType(org.smartcityplanner.training.CohortApi.class)).isEmpty();
		assertThat(context.getBeanNamesForType(org.smartcityplanner.engagement.EngagementApi.class)).isEmpty();
		assertThat(context.getBeanNamesForType(org.smartcityplanner.dashboard.ProvinceOverviews.class)).isEmpty();
	}

	private ReportJob awaitEnd(String jobId) throws InterruptedException {
		long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
		while (reports.job(PROVINCE, jobId).orElseThrow().state().isActive() && System.nanoTime() < deadline) {
			Thread.sleep(100);
		}
		return reports.job(PROVINCE, jobId).orElseThrow();
	}
}
