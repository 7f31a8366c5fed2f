package org.smartcityplanner.training.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import javax.imageio.ImageIO;

import jakarta.servlet.http.Cookie;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.DocumentsApi;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.WebTestSupport;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.TrainingFixtures;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The certificate PDF and the training report, downloaded through the pages and read back: the PDF's text and
 * embedded fonts with PDFBox (its page rendered to target/training-documents/certificate.png to look at), the
 * DOCX's text and the XLSX's numbers with POI.
 */
class TrainingDocumentsWebTests extends WebTestSupport {

	static final Path OUT = Path.of("target", "training-documents");

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;
	@Autowired
	AttendanceUseCases attendance;
	@Autowired
	DocumentsApi documents;

	@Test
	void anEligibleTraineeDownloadsAThaiCertificateWithEmbeddedFontsAndAVerificationCode() throws Exception {
		if (!documents.pdfEngine().available()) {
			if ("true".equalsIgnoreCase(System.getenv("CI"))) {
				fail("PDF engine missing on CI: " + documents.pdfEngine().problem());
			}
			Assumptions.abort("PDF engine missing: " + documents.pdfEngine().problem());
		}
		ProvinceCode uthai = new ProvinceCode("TH-61");
		Cohort cohort = certifiedCohort(uthai);
		String token = registrationsToken;

		byte[] pdf = mvc.perform(get("/t/" + token + "/certificate.pdf")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		String code = jdbc.sql("select code from trn_certificate where cohort_id = ?").param(cohort.id())
			.query(String.class).single();

		Files.createDirectories(OUT);
		Files.write(OUT.resolve("certificate.pdf"), pdf);
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isEqualTo(1);
			// compared without spaces: the PDF text layer may split Thai from digits with a space
			String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
			assertThat(text).contains("วุฒิบัตร", TrainingFixtures.person(3).fullName().replace(" ", ""),
					"หลักสูตรการพัฒนาเมืองอัจฉริยะ", "TH-61", "1พฤศจิกายน2569", "30พฤศจิกายน2569",
					"จังหวัดอุทัยธานี", code);
			Set<String> fonts = new HashSet<>();
			for (PDPage page : doc.getPages()) {
				for (var name : page.getResources().getFontNames()) {
					PDFont font = page.getResources().getFont(name);
					assertThat(font.isEmbedded()).as(font.getName()).isTrue();
					fonts.add(font.getName());
				}
			}
			assertThat(fonts).isNotEmpty();
			var image = new PDFRenderer(doc).renderImageWithDPI(0, 60);
			ImageIO.write(image, "png", OUT.resolve("certificate.png").toFile());
			assertThat(image.getHeight()).isGreaterThan(image.getWidth());
		}
		// a second download gives the same certificate, not a new code
		mvc.perform(get("/t/" + token + "/certificate.pdf")).andExpect(status().isOk());
		assertThat(jdbc.sql("select count(*) from trn_certificate where cohort_id = ?").param(cohort.id())
			.query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aTraineeWhoIsNotEligibleIsToldWhyInsteadOfGettingAFile() throws Exception {
		Cohort cohort = new TrainingFixtures(cohorts, registrations, jdbc).cohort(new ProvinceCode("TH-60"), "รุ่นยังไม่ผ่าน");
		String token = new TrainingFixtures(cohorts, registrations, jdbc).register(cohort, 4);
		mvc.perform(get("/t/" + token + "/certificate.pdf")).andExpect(status().isSeeOther())
			.andExpect(result -> assertThat(result.getFlashMap().get("trainingError").toString())
				.contains("ยังออกวุฒิบัตรไม่ได้"));
	}

	@Test
	void theTrainingReportHasItsSectionsAndTheRawFiguresAreNumbers() throws Exception {
		ProvinceCode chainat = new ProvinceCode("TH-18");
		Cohort cohort = certifiedCohort(chainat);
		Cookie coordinator = signedIn("training.reporter", Role.COORDINATOR, chainat);

		byte[] docx = mvc.perform(get("/p/TH-18/training/" + cohort.id() + "/report.docx").cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
				XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
			String text = extractor.getText();
			assertThat(text).contains("รายงานผลการอบรม", "การเข้าอบรม", "สัดส่วนผู้เข้าอบรมตามภาคส่วน",
					"ผลการทดสอบก่อนและหลังอบรม", "ความพึงพอใจ", "รายชื่อผู้ได้รับวุฒิบัตร", TrainingFixtures.person(3).fullName());
			assertThat(doc.getAllPictures()).as("charts").hasSizeGreaterThanOrEqualTo(3);
		}
		byte[] xlsx = mvc.perform(get("/p/TH-18/training/" + cohort.id() + "/report.xlsx").cookie(coordinator))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var sheet = book.getSheet("ผู้เข้าอบรม");
			assertThat(sheet).isNotNull();
			boolean found = false;
			for (var row : sheet) {
				var name = row.getCell(0);
				if (name != null && TrainingFixtures.person(3).fullName().equals(name.getStringCellValue())) {
					found = true;
					assertThat(row.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
					assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(1.0);
					assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(12.0);
				}
			}
			assertThat(found).isTrue();
			assertThat(book.getSheet("ช่วงการอบรม")).isNotNull();
		}
	}

	private String registrationsToken;

	/** A cohort with one session and one trainee who attended it and passed the post-test. */
	private Cohort certifiedCohort(ProvinceCode province) throws Exception {
		TrainingFixtures fixtures = new TrainingFixtures(cohorts, registrations, jdbc);
		Cohort cohort = fixtures.cohort(province, "รุ่นผ่านเกณฑ์ " + province.value());
		long session = fixtures.openSession(cohort);
		String token = fixtures.register(cohort, 3);
		fixtures.heldFrom(cohort, "2026-11-01", "2026-11-30");
		mvc.perform(post(attendance.checkInPath(province, session)).cookie(new Cookie("scp_trainee", token)).with(csrf()))
			.andExpect(status().isOk());
		mvc.perform(post("/t/" + token + "/test/pre").with(csrf()));
		jdbc.sql("insert into trn_test_attempt (cohort_id, trainee_id, kind, score, max_score, answers, submitted_at) "
				+ "select cohort_id, id, 'POST', 12, 12, '', current_timestamp from trn_trainee where cohort_id = ?")
			.param(cohort.id()).update();
		registrationsToken = token;
		return cohort;
	}
}
