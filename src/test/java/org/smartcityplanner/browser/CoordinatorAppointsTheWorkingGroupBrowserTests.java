package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import com.microsoft.playwright.Download;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The coordinator of Lamphun (TH-51), a province with no working group yet, opens participation from the
 * navigation, appoints a chair, a member and a secretary, issues the appointment order and downloads it as a PDF
 * (read back with pdftotext and rendered to PNG), then sees the sector panel warn that sectors are missing. The
 * demo province's participation pages are checked with axe in Thai and English.
 */
class CoordinatorAppointsTheWorkingGroupBrowserTests extends BrowserTestSupport {

	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;

	@Test
	void theCoordinatorAppointsTheGroupDownloadsTheOrderAndSeesAMissingSector() throws Exception {
		TestUsers.ensure(identity, jdbc, "coord-lamphun", Role.COORDINATOR, new ProvinceCode("TH-51"));
		login(page, "coord-lamphun", TestUsers.PASSWORD);
		page.navigate(url("/p/TH-51"));
		page.locator("#nav-participation").click();
		assertNoSeriousAxeViolations(page);
		page.locator("a[href$='/participation/group']").first().click();
		addMember("นายประธาน ลำพูน", "รองผู้ว่าราชการจังหวัด", "PROVINCIAL_ADMINISTRATION", "CHAIR");
		addMember("นางสาวเอกชน ลำพูน", "ประธานหอการค้า", "PRIVATE", "MEMBER");
		addMember("นายเลขา ลำพูน", "หัวหน้าสำนักงานจังหวัด", "PROVINCIAL_ADMINISTRATION", "SECRETARY");
		assertThat(page.locator("#members tbody tr")).hasCount(3);

		page.locator("#issue-order").click();
		assertNoSeriousAxeViolations(page);
		page.locator("#number").fill("77/2569");
		page.locator("#signedOn").fill("2026-12-01");
		page.locator("#signedBy").fill("นายผู้ว่า สมมุติ");
		page.locator("#signerPosition").fill("ผู้ว่าราชการจังหวัดลำพูน");
		page.locator("form[action$='/group/orders'] button[type=submit]").click();
		assertThat(page.locator("#changes")).containsText("นายเลขา ลำพูน");
		screenshot(page, "participation-order");
		assertNoSeriousAxeViolations(page);

		// the first PDF of a run starts LibreOffice, which takes a while on a busy machine
		page.setDefaultTimeout(180_000);
		Download download = page.waitForDownload(() -> page.locator("#order-pdf").click());
		page.setDefaultTimeout(10_000);
		Path pdf = Files.createDirectories(SCREENSHOTS).resolve("participation-order.pdf");
		download.saveAs(pdf);
		assertThat(Files.readString(pdf, java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF");
		String text = run("pdftotext", "-layout", pdf.toString(), "-");
		// pdftotext reorders some Thai tone marks (ทั้งนี้ comes out as "ทัง้ นี ้"), so only words without them are checked
		assertThat(text).contains("คำสั่งจังหวัดลำพูน", "นายประธาน ลำพูน", "ที่ ๗๗/๒๕๖๙", "คณะทำงานและ");
		run("pdftoppm", "-r", "60", "-png", "-singlefile", pdf.toString(),
				SCREENSHOTS.resolve("participation-order-pdf").toString());

		page.navigate(url("/p/TH-51/participation/group"));
		assertThat(page.locator("#missing-sectors")).isVisible();
		assertThat(page.locator("#missing-sectors")).containsText("สถาบันการศึกษา");
		screenshot(page, "participation-group-missing-sector");
		assertNoSeriousAxeViolations(page);
	}

	private void addMember(String name, String position, String sector, String role) {
		page.locator("#add-member").click();
		page.locator("#fullName").fill(name);
		page.locator("#position").fill(position);
		page.locator("#organisation").fill("จังหวัดลำพูน");
		page.locator("#sector").selectOption(sector);
		page.locator("#role").selectOption(role);
		page.locator("#content form button[type=submit]").click();
		assertThat(page.locator("#members")).containsText(name);
	}

	private static String run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		process.waitFor(60, TimeUnit.SECONDS);
		return out;
	}

	static Stream<Arguments> pages() {
		return Stream.of("th", "en").flatMap(lang -> Stream.of("/p/TH-65/participation",
				"/p/TH-65/participation/group", "/p/TH-65/participation/group/settings",
				"/p/TH-65/participation/group/members/new", "/p/TH-65/participation/stakeholders",
				"/p/TH-65/participation/stakeholders/new").map(path -> Arguments.of(lang, path)));
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("pages")
	void demoParticipationPagesHaveNoSeriousAxeViolations(String lang, String path) {
		login(page, "coordinator", DEMO_PASSWORD);
		page.navigate(url(path + "?lang=" + lang));
		assertThat(page.locator("main h1")).isVisible();
		screenshot(page, "participation-" + lang + path.replace("/p/TH-65/participation", "").replace('/', '-'));
		assertNoSeriousAxeViolations(page);
	}
}
