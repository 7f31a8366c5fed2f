package org.smartcityplanner.training.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.Cookie;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.DocumentLanguage;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.reports.ReportTestPlans;
import org.smartcityplanner.reports.book.MasterPlanBook;
import org.smartcityplanner.reports.internal.BookInputs;
import org.smartcityplanner.publication.PublicationContributor;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * Training's chapter of the master-plan book, contributed through {@code publication}: the book of a province
 * with a trained cohort is generated as the worker does it, and its capacity-building chapter read back with POI
 * (the DOCX goes to target/training-documents/ to look at).
 */
class TrainingBookChapterTests extends WebTestSupport {

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;
	@Autowired
	DocumentsApi documents;
	@Autowired
	PlanUseCases plans;
	@Autowired
	ApplicationContext app;
	@Autowired
	List<PublicationContributor> contributors;

	@Test
	void theBookReportsCohortsTraineesCertificatesAndLearningGainInItsTrainingChapter() throws Exception {
		ProvinceCode sakonNakhon = new ProvinceCode("TH-47");
		Cohort cohort = trainedCohort(sakonNakhon, "รุ่นที่ 1/2570 สกลนคร");

		String chapter = trainingChapter(sakonNakhon, DocumentLanguage.THAI, "book-training-th.docx");

		assertThat(chapter).contains("จังหวัดสกลนครจัดการอบรมพัฒนาศักยภาพบุคลากรด้านเมืองอัจฉริยะแล้ว 1 รุ่น",
				"มีผู้ลงทะเบียนรวม 1 คน และมีผู้ได้รับวุฒิบัตร 1 คน", "ไม่น้อยกว่า 60 คน ซึ่งมี 0 รุ่นที่ผ่านเกณฑ์นี้",
				"normalised gain", "ผลการอบรมรายรุ่น", cohort.name(), "1 พ.ย. 2569 – 30 พ.ย. 2569",
				// shares rounded to one decimal are printed with one; the gain with the two it is rounded to
				"\t1\t100.0\t50.0\t100.0\t1.00\t1", "ผู้ลงทะเบียนรายรุ่น (คน) เกณฑ์ขั้นต่ำรุ่นละ 60 คน",
				"คะแนนเฉลี่ยก่อนและหลังอบรมรายรุ่น (ร้อยละ)").doesNotContain("ยังไม่มีข้อมูล");
	}

	@Test
	void theEnglishBookWritesTheChapterInEnglish() throws Exception {
		ProvinceCode nakhonPhanom = new ProvinceCode("TH-48");
		trainedCohort(nakhonPhanom, "Cohort 1/2570 Nakhon Phanom");

		String chapter = trainingChapter(nakhonPhanom, DocumentLanguage.ENGLISH, "book-training-en.docx");

		assertThat(chapter).contains("Nakhon Phanom has run 1 Smart City capacity-building cohorts", "Results per cohort",
				"1 Nov 2026 – 30 Nov 2026", "Average score before and after training per cohort (%)");
	}

	@Test
	void aProvinceWithoutCohortsContributesNoChapterSoTheBookPrintsItsPlaceholder() {
		PublicationContributor training = contributors.stream().filter(TrainingBookChapter.class::isInstance)
			.findFirst().orElseThrow();

		assertThat(training.bookChapters(new ProvinceCode("TH-49"), Locale.forLanguageTag("th-TH"))).isEmpty();
	}

	/** The text of the book's training chapter, paragraphs and table cells, up to the next chapter. */
	private String trainingChapter(ProvinceCode province, DocumentLanguage language, String file) throws Exception {
		long version = ReportTestPlans.savedVersion(plans, province, "ฉบับทดสอบบทการอบรม").id();
		var book = new MasterPlanBook().build(BookInputs.load(app, province, version, language),
				BookInputs.texts(app, language), (done, total) -> {
				});
		byte[] docx = documents.docx(book);
		Files.createDirectories(TrainingDocumentsWebTests.OUT);
		Files.write(TrainingDocumentsWebTests.OUT.resolve(file), docx);
		String start = language == DocumentLanguage.THAI ? "บทที่ 11 " : "Chapter 11 ";
		String end = language == DocumentLanguage.THAI ? "บทที่ 12 " : "Chapter 12 ";
		StringBuilder text = new StringBuilder();
		boolean inside = false;
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			for (var element : doc.getBodyElements()) {
				String content = element instanceof XWPFParagraph p ? p.getText()
						: element instanceof XWPFTable t ? t.getText() : "";
				if (content.startsWith(start)) {
					// the contents list names the chapter first: keep only the chapter itself
					text.setLength(0);
					inside = true;
				}
				else if (content.startsWith(end)) {
					inside = false;
				}
				if (inside) {
					text.append(content).append('\n');
				}
			}
			assertThat(doc.getAllPictures()).as("the book's map and budget chart and the two training charts")
				.hasSizeGreaterThanOrEqualTo(3);
		}
		assertThat(text).as("the training chapter").isNotEmpty();
		return text.toString();
	}

	/** A cohort with one session and one trainee who attended it and passed both tests. */
	private Cohort trainedCohort(ProvinceCode province, String name) throws Exception {
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(province, name);
		long session = fixtures.openSession(cohort);
		String token = fixtures.register(cohort, 3);
		fixtures.heldFrom(cohort, "2026-11-01", "2026-11-30");
		mvc.perform(post(attendance.checkInPath(province, session)).cookie(new Cookie("scp_trainee", token)).with(csrf()))
			.andExpect(status().isOk());
		jdbc.sql("insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at) "
				+ "select cohort_id, id, 'PRE', 6, 12, '', current_timestamp from trn_trainee where cohort_id = ?")
			.param(cohort.id()).update();
		jdbc.sql("insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at) "
				+ "select cohort_id, id, 'POST', 12, 12, '', current_timestamp from trn_trainee where cohort_id = ?")
			.param(cohort.id()).update();
		return cohort;
	}
}
