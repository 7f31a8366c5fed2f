package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortDraft;
import org.smartcityplanner.training.Question;
import org.smartcityplanner.training.internal.AssessmentUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A trainee's whole journey on a phone: registers through the cohort's public link (with consent), checks in by
 * scanning the QR code a consultant shows in the room (the test decodes the real QR image), takes the pre-test
 * and the post-test, downloads the certificate and checks its code on the public verification page. Every page
 * is checked with axe; screenshots land in target/screenshots/trainee-*.png.
 */
class TraineeRegistersChecksInTakesTestsAndDownloadsCertificateBrowserTests extends BrowserTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");
	static final String NAME = "ปริญญา ทดลองเรียน";

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	AssessmentUseCases assessment;
	@Autowired
	JdbcClient jdbc;

	@Test
	void traineeRegistersChecksInByQrTakesBothTestsAndDownloadsTheCertificate() throws Exception {
		// a cohort running now: one that ended takes no registrations
		java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));
		Cohort cohort = cohorts.create(PROVINCE, new CohortDraft("รุ่นทดสอบเส้นทางผู้เข้าอบรม", "60",
				today.minusDays(7).toString(), today.plusDays(23).toString(), "365", "60", "80"));
		long session = openSession(cohort);

		BrowserContext phoneContext = newContext(390, 844);
		Page phone = phoneContext.newPage();
		try {
			// 1. the public registration form, on a phone
			phone.navigate(url("/training/register/" + cohort.registrationKey()));
			assertThat(phone.locator("h1")).hasText("ลงทะเบียนเข้าอบรมเมืองอัจฉริยะ");
			assertThat(phone.locator("#consent-text")).containsText("วัตถุประสงค์");
			assertNoSeriousAxeViolations(phone);
			screenshot(phone, "trainee-01-register");
			phone.locator("#fullName").fill(NAME);
			phone.locator("#organisation").fill("เทศบาลตำบลทดสอบ");
			phone.locator("#sector").selectOption("LOCAL_GOVERNMENT");
			phone.locator("#phone").fill("089-123-4567");
			phone.locator("#consent").check();
			// a person takes more than the guard's few seconds to fill the form
			phone.waitForTimeout(3_200);
			phone.locator("#register-submit").click();
			phone.waitForURL(Pattern.compile(".*/t/[A-Za-z0-9_-]+$"));
			assertThat(phone.locator("#trainee-title")).containsText(NAME);
			assertThat(phone.locator("#personal-link-note")).isVisible();
			assertNoSeriousAxeViolations(phone);
			screenshot(phone, "trainee-02-registered");
			String personalPage = phone.url();

			// 2. a consultant shows the session's QR code in the room
			login(page, "consultant", DEMO_PASSWORD);
			page.navigate(url("/p/TH-65/training/sessions/" + session));
			assertThat(page.locator("#checkin-qr")).isVisible();
			assertNoSeriousAxeViolations(page);
			screenshot(page, "trainee-03-consultant-shows-qr");
			String checkInUrl = decodeQr(page.locator("#checkin-qr").getAttribute("src"));
			assertThat(checkInUrl).startsWith(url("/training/check-in/" + session + "?until="));

			// 3. the trainee scans it: the phone remembers who they are, one tap checks in
			phone.navigate(checkInUrl);
			assertThat(phone.locator("#checkin-submit")).isVisible();
			screenshot(phone, "trainee-04-check-in");
			phone.locator("#checkin-submit").click();
			assertThat(phone.locator("#checkin-done")).containsText(NAME);
			assertNoSeriousAxeViolations(phone);
			screenshot(phone, "trainee-05-checked-in");
			// scanning again says when the first scan counted, and offers no second check-in
			phone.navigate(checkInUrl);
			assertThat(phone.locator("#checkin-done")).containsText("ไม่มีการนับซ้ำ");
			assertThat(phone.locator("#checkin-submit")).hasCount(0);
			assertThat(jdbc.sql("select count(*) from trn_attendance where session_id = ?").param(session)
				.query(Integer.class).single()).isEqualTo(1);

			// 4. the pre-test: half right
			List<Question> questions = assessment.testOf(cohort.id());
			phone.navigate(personalPage);
			phone.locator("#take-pre").click();
			assertNoSeriousAxeViolations(phone);
			screenshot(phone, "trainee-06-pre-test");
			for (int i = 0; i < questions.size(); i++) {
				Question q = questions.get(i);
				int choice = i % 2 == 0 ? q.correctIndex() : (q.correctIndex() + 1) % q.options().size();
				phone.locator("#q" + q.id() + "-" + choice).check();
			}
			phone.locator("#test-submit").click();
			assertThat(phone.locator("#test-result")).containsText((questions.size() / 2) + " จาก " + questions.size());
			screenshot(phone, "trainee-07-pre-test-scored");

			// 5. the post-test: all right
			phone.navigate(personalPage);
			phone.locator("#take-post").click();
			for (Question q : questions) {
				phone.locator("#q" + q.id() + "-" + q.correctIndex()).check();
			}
			phone.locator("#test-submit").click();
			assertThat(phone.locator("#test-result")).containsText(questions.size() + " จาก " + questions.size());

			// 6. the certificate
			phone.navigate(personalPage);
			assertThat(phone.locator("#my-gain")).containsText("1.00");
			assertThat(phone.locator("#certificate-download")).isVisible();
			assertNoSeriousAxeViolations(phone);
			screenshot(phone, "trainee-08-certificate-ready");
			Download download = phone.waitForDownload(() -> phone.locator("#certificate-download").click());
			Path pdf = Path.of("target", "screenshots", "trainee-09-certificate.pdf");
			download.saveAs(pdf);
			String code;
			try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
				String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
				assertThat(text).contains(NAME.replace(" ", ""), "วุฒิบัตร");
				code = text.replaceAll(".*รหัสตรวจสอบ(SCP-[0-9A-Z]{4}-[0-9A-Z]{4}).*", "$1");
				assertThat(code).matches("SCP-[0-9A-Z]{4}-[0-9A-Z]{4}");
			}

			// 7. anyone can check the code: name and course only
			Page verifier = phoneContext.newPage();
			verifier.navigate(url("/verify?code=" + code));
			assertThat(verifier.locator("#verify-holder")).hasText(NAME);
			assertThat(verifier.locator("#verify-valid")).not().containsText("089");
			assertNoSeriousAxeViolations(verifier);
			screenshot(verifier, "trainee-10-verified");
		}
		finally {
			phoneContext.close();
		}
	}

	private long openSession(Cohort cohort) {
		Instant start = Instant.now().minus(Duration.ofMinutes(5));
		jdbc.sql("""
				insert into trn_session (cohort_id, topic_code, title, starts_at, ends_at, venue, online_link, trainer_ids)
				values (?, 'MINDSET', 'การปรับเปลี่ยนกรอบความคิดสู่เมืองอัจฉริยะ', ?, ?, 'ห้องประชุมศาลากลาง ชั้น 3', null, '')""")
			.params(cohort.id(), Utc.of(start), Utc.of(start.plus(Duration.ofHours(3)))).update();
		return jdbc.sql("select max(id) from trn_session where cohort_id = ?").param(cohort.id()).query(Long.class)
			.single();
	}

	private static String decodeQr(String dataUri) throws Exception {
		byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))))
			.getText();
	}
}
