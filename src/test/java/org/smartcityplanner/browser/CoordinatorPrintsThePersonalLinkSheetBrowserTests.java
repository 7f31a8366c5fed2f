package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortDraft;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A coordinator imports a cohort's trainees and, from the import report, downloads the printable sheet of their
 * personal links (A4 PDF: name, QR code, link and cut lines per trainee); a link from the sheet opens that
 * trainee's own page on a phone. Screenshots land in target/screenshots/link-sheet-*.png.
 */
class CoordinatorPrintsThePersonalLinkSheetBrowserTests extends BrowserTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");

	@Autowired
	CohortUseCases cohorts;
	@Autowired
	RegistrationUseCases registrations;

	@Test
	void coordinatorImportsTraineesAndDownloadsTheirPrintableLinkSheet() throws Exception {
		LocalDate today = LocalDate.now(ZoneId.of("Asia/Bangkok"));
		Cohort cohort = cohorts.create(PROVINCE, new CohortDraft("รุ่นทดสอบใบลิงก์ส่วนตัว", "60",
				today.minusDays(3).toString(), today.plusDays(20).toString(), "365", "60", "80"));
		Path file = Files.createTempFile("trainees", ".csv");
		Files.writeString(file, "full_name,organisation,sector,phone,email\n"
				+ "มาลัย ใบลิงก์,เทศบาลเมืองพิษณุโลก,LOCAL_GOVERNMENT,081-300-0001,\n"
				+ "ธนพล ใบลิงก์,มหาวิทยาลัยทดสอบ,ACADEMIA,081-300-0002,\n", StandardCharsets.UTF_8);

		login(page, "coordinator", DEMO_PASSWORD);
		page.navigate(url("/p/TH-65/training/" + cohort.id() + "/import"));
		page.locator("#file").setInputFiles(file);
		page.locator("form[enctype] button[type=submit]").click();
		assertThat(page.locator("#import-saved")).isVisible();
		assertThat(page.locator("#links-not-handed-out")).containsText("2");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "link-sheet-01-imported");

		// the first PDF of a node starts LibreOffice, which takes a while on a loaded machine
		Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(120_000),
				() -> page.locator("#links-pdf").click(new com.microsoft.playwright.Locator.ClickOptions().setNoWaitAfter(true)));
		Path pdf = Path.of("target", "screenshots", "link-sheet-02.pdf");
		download.saveAs(pdf);
		String text;
		try (PDDocument doc = Loader.loadPDF(Files.readAllBytes(pdf))) {
			text = new PDFTextStripper().getText(doc);
		}
		String loose = text.replaceAll("\\s+", "");
		assertThat(loose).contains("มาลัยใบลิงก์", "ธนพลใบลิงก์", "ตัดตามเส้นนี้");
		Matcher link = Pattern.compile("/t/[A-Za-z0-9_-]{20,}").matcher(loose);
		assertThat(link.find()).as("a personal link on the sheet").isTrue();

		page.navigate(url("/p/TH-65/training/" + cohort.id()));
		assertThat(page.locator("#links-not-handed-out")).containsText("0");

		Page phone = newContext(390, 844).newPage();
		phone.navigate(url(link.group()));
		assertThat(phone.locator("#trainee-title")).containsText("ใบลิงก์");
		screenshot(phone, "link-sheet-03-trainee-page");
	}
}
