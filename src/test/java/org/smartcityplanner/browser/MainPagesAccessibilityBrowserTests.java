package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core on the main pages, in Thai and in English: no serious or critical violation is allowed. Every page
 * is also screenshotted to target/screenshots/a11y-&lt;lang&gt;-&lt;page&gt;.png. The last test checks that a
 * rejected form comes back marked and keeps what the user typed.
 */
class MainPagesAccessibilityBrowserTests extends BrowserTestSupport {

	private static final String ADMIN = "admin";

	private static final List<String> SIGNED_IN_PAGES = List.of("/", "/p/TH-65", "/p/TH-65/areas",
			"/p/TH-65/areas/new", "/reference", "/reference/provinces", "/reference/sdgs", "/admin/users",
			"/admin/users/new", "/admin/audit", "/admin/engagements", "/admin/engagements/new", "/account");

	static Stream<Arguments> signedInPages() {
		return Stream.of("th", "en").flatMap(lang -> SIGNED_IN_PAGES.stream().map(path -> Arguments.of(lang, path)));
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("signedInPages")
	void signedInPageHasNoSeriousAxeViolations(String lang, String path) {
		login(page, ADMIN, DEMO_PASSWORD);
		open(lang, path);
		screenshot(page, "a11y-" + lang + "-" + slug(path));
		assertNoSeriousAxeViolations(page);
	}

	@ParameterizedTest(name = "[{0}] /login")
	@MethodSource("languages")
	void loginPageHasNoSeriousAxeViolations(String lang) {
		open(lang, "/login");
		assertThat(page.locator("#username")).isVisible();
		screenshot(page, "a11y-" + lang + "-login");
		assertNoSeriousAxeViolations(page);
	}

	static Stream<String> languages() {
		return Stream.of("th", "en");
	}

	@Test
	void rejectedAreaFormIsMarkedAndKeepsTheUsersInput() {
		login(page, ADMIN, DEMO_PASSWORD);
		open("th", "/p/TH-65/areas/new");

		page.locator("#nameTh").fill("");
		page.locator("#nameEn").fill("Wat Yai Riverside");
		page.locator("#type").selectOption(new SelectOption().setValue("TOURISM"));
		page.locator("#population").fill("abc");
		page.locator("#areaSqKm").fill("4.25");
		page.locator("#content form button[type=submit]").click();
		page.waitForLoadState();

		// the same form again, still on the province, with the two bad fields marked
		assertThat(page).hasURL(url("/p/TH-65/areas"));
		assertThat(page.locator("#content .alert-danger[role=alert]")).isVisible();
		assertThat(page.locator("#nameTh")).hasClass(java.util.regex.Pattern.compile(".*\\bis-invalid\\b.*"));
		assertThat(page.locator("#population")).hasClass(java.util.regex.Pattern.compile(".*\\bis-invalid\\b.*"));
		assertThat(page.locator(".is-invalid")).hasCount(2);
		assertThat(page.locator(".invalid-feedback")).hasCount(2);
		Locator nameThError = page.locator("#nameTh ~ .invalid-feedback");
		assertThat(nameThError).isVisible();
		assertThat(nameThError).hasText("กรุณากรอกข้อมูลช่องนี้");
		assertThat(page.locator("#population ~ .invalid-feedback")).isVisible();

		// what the user typed is kept, including the rejected "abc"
		assertThat(page.locator("#nameEn")).hasValue("Wat Yai Riverside");
		assertThat(page.locator("#type")).hasValue("TOURISM");
		assertThat(page.locator("#areaSqKm")).hasValue("4.25");
		assertThat(page.locator("#population")).hasValue("abc");
		screenshot(page, "area-form-rejected-th");
		assertNoSeriousAxeViolations(page);

		// nothing was saved
		open("th", "/p/TH-65/areas");
		assertThat(page.locator("#content")).not().containsText("Wat Yai Riverside");
	}

	private void open(String lang, String path) {
		// Thai is the default language of a fresh browser context; English is asked for with ?lang=en
		String address = "en".equals(lang) ? path + "?lang=en" : path;
		Response response;
		try {
			response = page.navigate(url(address));
		}
		catch (PlaywrightException ex) {
			throw new AssertionError("Page " + address + " did not finish loading (a response cut off mid-render, "
					+ "e.g. a template error after the first bytes were sent? see the server log)", ex);
		}
		assertThat(response.status()).as("HTTP status of %s", address).isEqualTo(200);
		assertThat(page.locator("html")).hasAttribute("lang", lang);
	}

	private static String slug(String path) {
		String slug = path.replaceAll("^/+|/+$", "").replaceAll("[^A-Za-z0-9-]+", "-");
		return slug.isEmpty() ? "home" : slug;
	}
}
