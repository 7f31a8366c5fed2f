package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.LoadState;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.documents.PdfTestEngine;

/**
 * A consultant saves a version of the demo plan, asks for its book with a PDF, watches the progress on the
 * documents page (htmx polling) and downloads the PDF.
 */
class ConsultantGeneratesAndDownloadsTheMasterPlanBookBrowserTests extends BrowserTestSupport {

	@Test
	void consultantGeneratesTheBookAndDownloadsThePdf() throws Exception {
		PdfTestEngine.get();
		login(page, "consultant", DEMO_PASSWORD);
		page.navigate(url("/p/TH-65/plan/versions"));
		page.locator("#version-name").fill("ฉบับสำหรับจัดทำเล่ม");
		page.locator("#version-name").press("Enter");
		page.waitForLoadState(LoadState.NETWORKIDLE);

		page.navigate(url("/p/TH-65/documents"));
		assertNoSeriousAxeViolations(page);
		page.locator("#book-version").selectOption(new com.microsoft.playwright.options.SelectOption()
			.setLabel(page.locator("#book-version option").filter(new Locator.FilterOptions().setHasText("ฉบับสำหรับจัดทำเล่ม"))
				.first().textContent()));
		assertThat(page.locator("#with-pdf").isChecked()).isTrue();
		page.locator("#generate-book").click();
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator(".alert-success").textContent()).contains("รับคำขอแล้ว");
		screenshot(page, "documents-generating");

		Locator pdfLink = page.locator("#files-table a[href*='/documents/files/']").filter(
				new Locator.FilterOptions().setHasText(".pdf"));
		pdfLink.first().waitFor(new Locator.WaitForOptions().setTimeout(180_000));
		assertNoSeriousAxeViolations(page);
		screenshot(page, "documents-done");

		Download download = page.waitForDownload(() -> pdfLink.first().click());
		byte[] pdf = Files.readAllBytes(download.path());
		try (PDDocument doc = Loader.loadPDF(pdf)) {
			assertThat(doc.getNumberOfPages()).isGreaterThan(20);
			assertThat(doc.getPage(0).getMediaBox().getWidth()).isBetween(594f, 597f);
			PDFTextStripper cover = new PDFTextStripper();
			cover.setEndPage(1);
			assertThat(cover.getText(doc).replaceAll("\\s+", "")).contains("จังหวัดพิษณุโลก");
		}
		Page again = context.newPage();
		again.navigate(url("/p/TH-65/documents"));
		assertThat(again.locator("#files-table").textContent()).contains("ฉบับสำหรับจัดทำเล่ม", ".docx");
	}
}
