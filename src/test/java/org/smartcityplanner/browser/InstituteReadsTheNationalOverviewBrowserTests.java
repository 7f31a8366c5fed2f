package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The institute's admin opens the national overview: the demo province (a draft master plan) stands at "draft
 * plan" on its tile (colour and number, with the stage's name for screen readers) and in the table, sorting by
 * stage works by keyboard-reachable links, the tile opens the province page; then a citizen without an account
 * reads the public version in Thai and English. axe finds no serious violation on any of them. Screenshots in
 * target/screenshots/national-*.png.
 */
class InstituteReadsTheNationalOverviewBrowserTests extends BrowserTestSupport {

	@Test
	void theNationalPageListsTheDemoProvinceAtTheDraftPlanStage() {
		signInOnce("admin");
		page.navigate(url("/admin/national"));
		assertSignedIn(page);
		assertThat(page.locator("#tiles li[data-province='TH-65']").getAttribute("data-stage")).isEqualTo("DRAFT_PLAN");
		assertThat(page.locator("#tiles li[data-province='TH-65'] a").textContent()).contains("พิษณุโลก", "3",
				"มีร่างแผน");
		assertThat(page.locator("#row-TH-65 .national-stage").textContent()).isEqualTo("มีร่างแผน");
		assertThat(page.locator("#tiles li").count()).isEqualTo(77);
		screenshot(page, "national-admin");
		assertNoSeriousAxeViolations(page);

		page.locator("#national-table thead a").nth(1).click();
		page.waitForURL("**/admin/national?sort=stage*");
		assertThat(page.locator("#national-table thead th[aria-sort='descending']").count()).isEqualTo(1);

		page.locator("#tiles li[data-province='TH-65'] a").click();
		page.waitForURL("**/p/TH-65");

		BrowserContext citizen = newContext(1280, 900);
		Page pub = citizen.newPage();
		pub.navigate(url("/public/national"));
		assertThat(pub.locator("#tiles li[data-province='TH-65']").getAttribute("data-stage")).isEqualTo("DRAFT_PLAN");
		assertThat(pub.locator("#tiles a").count()).as("the public tiles link nowhere").isZero();
		assertThat(pub.locator("#row-TH-65 .national-stage").textContent()).isEqualTo("มีร่างแผน");
		screenshot(pub, "national-public-th");
		Page english = citizen.newPage();
		english.navigate(url("/public/national?lang=en"));
		assertThat(english.locator("#row-TH-65 .national-stage").textContent()).isEqualTo("Draft plan");
		assertNoSeriousAxeViolations(java.util.List.of(pub, english));
		citizen.close();
	}
}
