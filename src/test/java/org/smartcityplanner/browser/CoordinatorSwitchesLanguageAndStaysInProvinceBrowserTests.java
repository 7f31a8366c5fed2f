package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import org.junit.jupiter.api.Test;

/**
 * A province coordinator's day: she signs in, reaches her province (พิษณุโลก, TH-65), reads it in English and
 * back in Thai, cannot open another province (403) nor an unknown one (404), and signs out. Screenshots of every
 * step land in target/screenshots/coordinator-*.png.
 */
class CoordinatorSwitchesLanguageAndStaysInProvinceBrowserTests extends BrowserTestSupport {

	private static final String COORDINATOR = "coordinator";

	@Test
	void coordinatorSwitchesLanguageAndStaysInHerProvince() {
		login(page, COORDINATOR, DEMO_PASSWORD);

		// 1. home: her province card links to /p/TH-65
		assertThat(page).hasURL(url("/"));
		Locator provinceCard = page.locator("article.card a[href='/p/TH-65']");
		assertThat(provinceCard).hasCount(1);
		assertThat(provinceCard).containsText("พิษณุโลก");
		assertThat(page.locator("html")).hasAttribute("lang", "th");
		screenshot(page, "coordinator-01-home");

		// 2. her province page
		provinceCard.click();
		page.waitForURL(url("/p/TH-65"));
		Locator title = page.locator("#province-title");
		assertThat(title).containsText("พิษณุโลก");
		screenshot(page, "coordinator-02-province-th");

		// 3. English through the header link
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true)).click();
		page.waitForURL(Pattern.compile(".*/p/TH-65\\?lang=en$"));
		assertThat(title).containsText("Phitsanulok");
		assertThat(title).not().containsText("พิษณุโลก");
		assertThat(page.locator("html")).hasAttribute("lang", "en");
		screenshot(page, "coordinator-03-province-en");

		// 4. back to Thai through the header link
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ไทย").setExact(true)).click();
		page.waitForURL(Pattern.compile(".*/p/TH-65\\?lang=th$"));
		assertThat(title).containsText("พิษณุโลก");
		assertThat(page.locator("html")).hasAttribute("lang", "th");
		screenshot(page, "coordinator-04-province-th-again");

		// 5. another province: refused
		Response forbidden = page.navigate(url("/p/TH-10"));
		assertThat(forbidden.status()).isEqualTo(403);
		assertThat(forbidden.headerValue("content-type")).as("a refused page gets the HTML error page")
			.startsWith("text/html");
		assertThat(page.locator("main h1")).hasText("ไม่มีสิทธิ์เข้าถึง");
		assertThat(page.locator("#province-title")).hasCount(0);
		screenshot(page, "coordinator-05-other-province-403");

		// 6. a province that does not exist
		Response notFound = page.navigate(url("/p/TH-99"));
		assertThat(notFound.status()).isEqualTo(404);
		assertThat(notFound.headerValue("content-type")).as("an unknown page gets the HTML error page")
			.startsWith("text/html");
		assertThat(page.locator("main h1")).hasText("ไม่พบหน้าที่ต้องการ");
		screenshot(page, "coordinator-06-unknown-province-404");

		// 7. sign out through the user menu
		page.navigate(url("/"));
		page.locator("#user-menu").click();
		Locator logout = page.locator("#logout-button");
		assertThat(logout).isVisible();
		screenshot(page, "coordinator-07-user-menu");
		logout.click();
		page.waitForURL(url("/login?loggedOut"));
		assertThat(page.locator("#user-menu")).hasCount(0);
		assertThat(page.locator("main [role=status]")).isVisible();
		screenshot(page, "coordinator-08-signed-out");

		// signed out really means signed out
		page.navigate(url("/p/TH-65"));
		assertThat(page).hasURL(Pattern.compile(".*/login$"));
	}

	@Test
	void provincePageFitsAPhone() {
		BrowserContext phoneContext = newContext(390, 844);
		try {
			Page phone = phoneContext.newPage();
			login(phone, COORDINATOR, DEMO_PASSWORD);
			phone.navigate(url("/p/TH-65"));
			assertThat(phone.locator("#province-title")).containsText("พิษณุโลก");

			// the navigation collapses behind the toggler
			Locator toggler = phone.locator("button.navbar-toggler");
			assertThat(toggler).isVisible();
			assertThat(phone.locator("#scp-nav")).not().isVisible();
			assertThat(noHorizontalScroll(phone)).as("page is no wider than the phone").isTrue();
			screenshot(phone, "coordinator-phone-01-province");

			toggler.click();
			assertThat(phone.locator("#scp-nav")).isVisible();
			assertThat(phone.locator("#user-menu")).isVisible();
			assertThat(toggler).hasAttribute("aria-expanded", "true");
			// let Bootstrap's collapse animation finish before the screenshot
			phone.locator("#scp-nav.show:not(.collapsing)").waitFor();
			screenshot(phone, "coordinator-phone-02-menu-open");
		}
		finally {
			phoneContext.close();
		}
	}

	@Test
	void languageSwitchOnAnErrorPageStaysOnTheRequestedAddress() {
		login(page, COORDINATOR, DEMO_PASSWORD);
		assertThat(page.navigate(url("/p/TH-99")).status()).isEqualTo(404);
		assertThat(page.locator("main h1")).hasText("ไม่พบหน้าที่ต้องการ");

		// the header's language links must point at the address the user asked for, not at /error
		Locator english = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("English").setExact(true));
		assertThat(english).hasAttribute("href", "/p/TH-99?lang=en");
		Response response = page.waitForResponse(r -> r.request().isNavigationRequest(), english::click);
		assertThat(response.status()).isEqualTo(404);
		assertThat(page.locator("main h1")).hasText("Page not found");
		screenshot(page, "coordinator-10-unknown-province-404-en");
	}

	private static boolean noHorizontalScroll(Page page) {
		return Boolean.TRUE.equals(
				page.evaluate("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
	}
}
