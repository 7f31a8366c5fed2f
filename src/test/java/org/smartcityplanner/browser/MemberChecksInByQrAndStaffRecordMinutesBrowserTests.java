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

import javax.imageio.ImageIO;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.Meeting;
import org.smartcityplanner.participation.MeetingApi;
import org.smartcityplanner.participation.MeetingDraft;
import org.smartcityplanner.participation.MeetingKind;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A working-group meeting from the door to the minutes: the coordinator registers the demo member, shows the
 * meeting's QR code in the room; the member scans it on a phone (the test decodes the real QR image) and checks
 * in with the code from the invitation; the coordinator writes the minutes with a resolution and a follow-up
 * action and downloads the minutes PDF, which lists the member as present. Every page is checked with axe;
 * screenshots land in target/screenshots/meeting-*.png.
 */
class MemberChecksInByQrAndStaffRecordMinutesBrowserTests extends BrowserTestSupport {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");
	static final String MEMBER = "กมลวรรณ ศักดิ์ดีเลิศ";

	@Autowired
	MeetingApi meetings;

	@Test
	void memberChecksInByQrOnAPhoneAndStaffRecordMinutesAndDownloadThePdf() throws Exception {
		Instant now = Instant.now();
		Meeting meeting = meetings.plan(PROVINCE, new MeetingDraft(MeetingKind.WORKING_GROUP, "9/2569",
				"ประชุมคณะทำงานทดสอบเส้นทาง", now.minus(Duration.ofMinutes(5)), now.plus(Duration.ofHours(2)),
				"ห้องประชุมพระพุทธชินราช", null, false, List.of()));
		String base = "/p/TH-65/participation/meetings/" + meeting.id();

		// 1. the coordinator registers the member and shows the QR code in the room
		login(page, "coordinator", DEMO_PASSWORD);
		page.navigate(url("/p/TH-65/participation/meetings"));
		assertThat(page.locator("#meetings")).containsText("ประชุมคณะทำงานทดสอบเส้นทาง");
		assertNoSeriousAxeViolations(page);
		page.navigate(url(base));
		page.locator("#fullName").fill(MEMBER);
		page.locator("#organisation").fill("สำนักงานจังหวัดพิษณุโลก");
		page.locator("#sector").selectOption("PROVINCIAL_ADMINISTRATION");
		page.locator("#register-attendee").click();
		assertThat(page.locator("#attendees")).containsText(MEMBER);
		String code = page.locator("#attendees tbody tr code").first().textContent().strip();
		assertThat(code).matches("[2-9A-HJ-NP-Z]{6}");
		assertThat(page.locator("#checkin-qr")).isVisible();
		assertNoSeriousAxeViolations(page);
		screenshot(page, "meeting-01-coordinator-shows-qr");
		String checkInUrl = decodeQr(page.locator("#checkin-qr").getAttribute("src"));
		assertThat(checkInUrl).startsWith(url("/participation/check-in/" + meeting.id() + "?until="));

		// 2. the member scans it on a phone, without an account, and types the code from the invitation
		BrowserContext phoneContext = newContext(390, 844);
		try {
			Page phone = phoneContext.newPage();
			phone.navigate(checkInUrl);
			assertThat(phone.locator("#checkin-meeting")).containsText("ประชุมคณะทำงานทดสอบเส้นทาง");
			assertNoSeriousAxeViolations(phone);
			screenshot(phone, "meeting-02-phone-check-in");
			phone.locator("#code").fill(code.toLowerCase());
			phone.locator("#checkin-submit").click();
			assertThat(phone.locator("#checkin-done")).containsText(MEMBER);
			assertNoSeriousAxeViolations(phone);
			screenshot(phone, "meeting-03-phone-checked-in");
			// a second tap counts nothing twice
			phone.navigate(checkInUrl);
			phone.locator("#code").fill(code);
			phone.locator("#checkin-submit").click();
			assertThat(phone.locator("#checkin-done")).containsText("ไม่มีการนับซ้ำ");
			Integer width = (Integer) phone.evaluate("() => document.documentElement.scrollWidth");
			assertThat(width).as("no sideways scrolling on a phone").isLessThanOrEqualTo(390);
		}
		finally {
			phoneContext.close();
		}

		// 3. the coordinator sees the member present, writes the minutes with a resolution, downloads the PDF
		page.navigate(url(base));
		assertThat(page.locator("#count-invited-present")).hasText("1");
		page.locator("#record-minutes").click();
		page.locator("#chairName").fill("นายธนวัฒน์ ศรีสองแคว");
		page.locator("[id='discussions[3]']").fill("ที่ประชุมพิจารณาโครงการนำร่องด้านการเดินทาง");
		page.locator("#openedAt").fill("09:05");
		page.locator("#closedAt").fill("11:45");
		page.locator("#recorderName").fill("นางสาวปวีณ์ธิดา ทองเจริญ");
		page.locator("#save-minutes").click();
		assertThat(page.locator(".alert-success")).containsText("บันทึกรายงานการประชุมแล้ว");
		page.locator("#agendaPosition").selectOption("4");
		page.locator("#text").fill("เห็นชอบโครงการรถโดยสารไฟฟ้านำร่อง");
		page.locator("[id='actionDescriptions[0]']").fill("จัดทำรายละเอียดโครงการ");
		page.locator("[id='actionOwners[0]']").fill("องค์การบริหารส่วนจังหวัดพิษณุโลก");
		page.locator("[id='actionDueDates[0]']").fill("2027-02-28");
		page.locator("#add-resolution").click();
		assertThat(page.locator("#resolution-list")).containsText("เห็นชอบโครงการรถโดยสารไฟฟ้านำร่อง");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "meeting-04-minutes");
		// the first PDF of a run starts LibreOffice, which takes a while on a busy machine
		Download download = page.waitForDownload(new Page.WaitForDownloadOptions().setTimeout(120_000),
				() -> page.locator("#minutes-pdf").click());
		Path pdf = Files.createTempFile("minutes", ".pdf");
		download.saveAs(pdf);
		Process process = new ProcessBuilder("pdftotext", "-enc", "UTF-8", pdf.toString(), "-").start();
		String text = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		process.waitFor();
		// table cells and justified lines wrap, so compare the words without the spaces and breaks between them
		// (a table cell may wrap the member's name between its two words: the given name stands for it)
		assertThat(text.replaceAll("\\s+", "")).contains(List.of("ผู้มาประชุม (1 คน)", "กมลวรรณ",
				"เห็นชอบโครงการรถโดยสารไฟฟ้านำร่อง", "จัดทำรายละเอียดโครงการ", "เลิกประชุมเวลา 11.45 น.").stream()
			.map(s -> s.replaceAll("\\s+", "")).toArray(String[]::new));
	}

	private static String decodeQr(String dataUri) throws Exception {
		byte[] png = Base64.getDecoder().decode(dataUri.substring(dataUri.indexOf(',') + 1));
		BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
		return new QRCodeReader()
			.decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image))),
					// the server draws a clean code: read it as such rather than hunting for it in a photo
					java.util.Map.of(com.google.zxing.DecodeHintType.PURE_BARCODE, Boolean.TRUE,
							com.google.zxing.DecodeHintType.TRY_HARDER, Boolean.TRUE))
			.getText();
	}
}
