package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.smartcityplanner.identity.Role;
import org.smartcityplanner.identity.internal.IdentityUseCases;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.smartcityplanner.testing.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The journey: after a village meeting the coordinator of Satun (TH-91, ideas open) types an idea written on
 * a paper form. From the ideas page they open the paper entry, send it without a title first (refused, the field
 * says why, what was typed kept), then complete it; the page confirms it, gives the personal link to write on the
 * slip handed back, and the idea is listed for the public as one from a paper form. axe checks each page;
 * screenshots target/screenshots/ideas-paper-*.png.
 */
class CoordinatorEntersAPaperIdeaBrowserTests extends BrowserTestSupport {

	@Autowired
	IdentityUseCases identity;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	ProcessUseCases process;
	@Autowired
	ProfileUseCases profile;

	@Test
	void theCoordinatorTypesAPaperIdeaAndThePublicSeesIt() {
		IdeaFixtures.open(process, profile);
		TestUsers.ensure(identity, jdbc, "coord-satun-paper-ideas", Role.COORDINATOR, IdeaFixtures.OPEN);
		login(page, "coord-satun-paper-ideas", TestUsers.PASSWORD);
		String title = "ตลาดนัดสินค้าชุมชนริมถนนคนเดิน " + UUID.randomUUID().toString().substring(0, 4);

		page.navigate(url("/p/TH-91/participation/ideas"));
		page.locator("#paper-entry").click();
		page.waitForURL("**/p/TH-91/participation/ideas/paper");
		page.locator("#description").fill("เปิดตลาดเย็นวันเสาร์ ให้ผู้ผลิตในชุมชนขายสินค้าโดยตรง");
		page.locator("#dimension").selectOption("ECO");
		page.locator("#paper-idea-submit").click();
		assertThat(page.locator("#title-error")).isVisible();
		assertThat(page.locator("#description")).hasValue("เปิดตลาดเย็นวันเสาร์ ให้ผู้ผลิตในชุมชนขายสินค้าโดยตรง");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "ideas-paper-refused");

		page.locator("#title").fill(title);
		page.locator("#area").selectOption(new SelectOption().setLabel(IdeaFixtures.AREA));
		page.locator("#paper-idea-submit").click();
		assertThat(page.locator("#paper-entered")).containsText(title);
		assertThat(page.locator("#personal-link").inputValue()).contains("/public/TH-91/ideas/mine/");
		assertThat(page.locator("#title")).hasValue("");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "ideas-paper-entered");

		page.navigate(url("/public/TH-91/ideas"));
		page.locator("#ideas a", new com.microsoft.playwright.Page.LocatorOptions().setHasText(title)).click();
		assertThat(page.locator("#idea-title")).hasText(title);
		assertThat(page.locator("main")).containsText("แบบฟอร์มกระดาษ");
		assertNoSeriousAxeViolations(page);
		screenshot(page, "ideas-paper-public");
	}
}
