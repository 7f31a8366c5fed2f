package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * A citizen without an account opens the demo province's public portal on a small phone (375×812), in Thai and
 * then in English, first with no script loaded: the phases, the open survey's link, the published hearing evaluation,
 * the hearings held, the open and closed ballots and the published opinion map (followed to its map) are there, nothing scrolls sideways, and axe finds no serious violation. Screenshots in
 * target/screenshots/portal-phone-*.png.
 */
class CitizenReadsTheProvincePortalOnAPhoneBrowserTests extends BrowserTestSupport {

	@Test
	void aCitizenReadsThePortalOnASmallPhoneWithoutJavaScript() {
		BrowserContext phone = newContext(375, 812);
		// without JavaScript: no script of the app reaches the page
		phone.route("**/*.js", com.microsoft.playwright.Route::abort);
		Page p = phone.newPage();
		p.navigate(url("/public"));
		p.locator("#provinces a[href='/public/TH-65']").click();
		p.waitForURL("**/public/TH-65");
		assertThat(p.locator("h1").textContent()).contains("ร่วมวางแผนเมืองอัจฉริยะ");
		assertThat(p.locator("#phases li[aria-current='step']").count()).isEqualTo(1);
		assertThat(p.locator("#open-surveys a[href^='/survey/']").count()).isGreaterThan(0);
		assertThat(p.locator("#results").textContent()).contains("ประเมินเวทีรับฟังความคิดเห็น ครั้งที่ 1");
		assertThat(p.locator("#hearings-held").isVisible()).isTrue();
		// the demo's open ballot waits for its phase (the ideas phase runs): listed to see, not to vote in
		assertThat(p.locator("#open-ballots a[href^='/public/TH-65/ballots/']").count()).isGreaterThan(0);
		assertThat(p.locator("#portal-ballots").textContent()).contains("ยังไม่เปิดรับคะแนน");
		assertThat(p.locator("#closed-ballots a[href^='/public/TH-65/ballots/']").count()).isGreaterThan(0);
		assertThat(p.locator("#published-maps a[href^='/public/TH-65/opinions/']").count()).isGreaterThan(0);
		p.locator("#published-maps a").first().click();
		p.waitForURL("**/public/TH-65/opinions/*");
		assertThat(p.locator("#results").isVisible()).isTrue();
		p.goBack();
		assertThat((Boolean) p.evaluate("() => document.documentElement.scrollWidth <= 375")).as("no sideways scroll")
			.isTrue();
		screenshot(p, "portal-phone-th");
		phone.close();

		// axe needs scripts: the same pages again with JavaScript on, in both languages
		BrowserContext checked = newContext(375, 812);
		Page q = checked.newPage();
		q.navigate(url("/public/TH-65"));
		assertNoSeriousAxeViolations(q);
		q.navigate(url("/public/TH-65?lang=en"));
		assertThat(q.locator("h1").textContent()).contains("Help plan the smart city");
		assertThat((Boolean) q.evaluate("() => document.documentElement.scrollWidth <= 375")).isTrue();
		screenshot(q, "portal-phone-en");
		assertNoSeriousAxeViolations(q);
		q.navigate(url("/public"));
		assertNoSeriousAxeViolations(q);
		checked.close();
	}
}
