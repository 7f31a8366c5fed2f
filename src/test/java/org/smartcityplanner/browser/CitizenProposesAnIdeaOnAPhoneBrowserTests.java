package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.smartcityplanner.participation.IdeaFixtures;
import org.smartcityplanner.participation.internal.process.ProcessUseCases;
import org.smartcityplanner.profile.internal.ProfileUseCases;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A citizen on a small phone (375×812), without JavaScript, goes from the province's portal to its ideas, proposes
 * one (a target area from the list instead of a map), gets the thank-you page with the personal link, and finds
 * the idea listed and on its own page with its history; nothing scrolls sideways and axe finds no serious
 * violation. TH-91 takes ideas. Screenshots in target/screenshots/idea-phone-*.png.
 */
class CitizenProposesAnIdeaOnAPhoneBrowserTests extends BrowserTestSupport {

	@Autowired
	ProcessUseCases process;
	@Autowired
	ProfileUseCases profile;

	@Test
	void aCitizenProposesAnIdeaAndSeesItListed() {
		IdeaFixtures.open(process, profile);
		String title = "ลานกีฬาชุมชนริมคลอง " + UUID.randomUUID().toString().substring(0, 4);
		BrowserContext phone = newContext(375, 812);
		phone.route("**/*.js", com.microsoft.playwright.Route::abort);
		Page p = phone.newPage();
		p.navigate(url("/public/TH-91"));
		p.locator("#portal-ideas-new").click();
		p.waitForURL("**/public/TH-91/ideas/new");
		p.locator("#title").fill(title);
		p.locator("#description").fill("ให้เด็กและผู้สูงอายุมีที่ออกกำลังกายตอนเย็น มีไฟส่องสว่าง");
		p.locator("#dimension").selectOption("LIV");
		p.locator("#area").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel("เทศบาลเมืองสตูล"));
		assertThat(noSidewaysScroll(p)).as("form: no sideways scroll").isTrue();
		screenshot(p, "idea-phone-form");
		// a person takes more than the guard's few seconds to fill the form
		p.waitForTimeout(3200);
		p.locator("#idea-submit").click();
		p.waitForSelector("#idea-thanks");
		assertThat(p.locator("#personal-link").inputValue()).contains("/public/TH-91/ideas/mine/");
		assertThat(noSidewaysScroll(p)).as("thanks: no sideways scroll").isTrue();
		screenshot(p, "idea-phone-thanks");
		p.locator("#idea-page").click();
		assertThat(p.locator("#idea-title").textContent()).isEqualTo(title);
		assertThat(p.locator("#history").textContent()).contains("เสนอข้อเสนอ");
		screenshot(p, "idea-phone-detail");
		p.navigate(url("/public/TH-91/ideas"));
		assertThat(p.locator("#ideas").textContent()).contains(title);
		assertThat(noSidewaysScroll(p)).as("list: no sideways scroll").isTrue();
		screenshot(p, "idea-phone-list");
		phone.close();

		// axe needs scripts: the same pages with JavaScript on, Thai and English
		BrowserContext checked = newContext(375, 812);
		Page q = checked.newPage();
		q.navigate(url("/public/TH-91/ideas/new"));
		assertNoSeriousAxeViolations(q);
		q.locator("#title").fill(title + " ครั้งที่สอง");
		q.locator("#description").fill("อีกข้อเสนอหนึ่ง");
		q.locator("#dimension").selectOption("ENV");
		q.waitForTimeout(3200);
		q.locator("#idea-submit").click();
		q.waitForSelector("#idea-thanks");
		assertNoSeriousAxeViolations(q);
		q.navigate(url("/public/TH-91/ideas"));
		assertNoSeriousAxeViolations(q);
		q.locator("#ideas a").first().click();
		q.waitForSelector("#idea-title");
		assertNoSeriousAxeViolations(q);
		q.navigate(url("/public/TH-91/ideas?lang=en"));
		assertThat(q.locator("h1").textContent()).contains("Citizens' ideas");
		assertThat(noSidewaysScroll(q)).isTrue();
		screenshot(q, "idea-phone-list-en");
		assertNoSeriousAxeViolations(q);
		q.navigate(url("/public/TH-91"));
		assertNoSeriousAxeViolations(q);
		checked.close();
	}

	private static boolean noSidewaysScroll(Page page) {
		return (Boolean) page.evaluate("() => document.documentElement.scrollWidth <= 375");
	}
}
