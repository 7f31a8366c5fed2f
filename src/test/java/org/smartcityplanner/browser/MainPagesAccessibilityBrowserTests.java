package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.SelectOption;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * axe-core on the main pages, in Thai and in English: no serious or critical violation is allowed. Every page
 * is also screenshotted to target/screenshots/a11y-&lt;lang&gt;-&lt;page&gt;.png. The admin signs in once for the
 * class (the pages only read). The last test checks that a rejected form comes back marked and keeps what the
 * user typed.
 */
class MainPagesAccessibilityBrowserTests extends BrowserTestSupport {

	private static final String ADMIN = "admin";

	/**
	 * Pages to check. {area}, {goal} and {strategy} stand for ids in the demo province that are looked up (and,
	 * for the plan, created when missing) before the first page that needs them: see {@link #placeholders()}.
	 */
	private static final List<String> SIGNED_IN_PAGES = List.of("/", "/p/TH-65", "/p/TH-65/profile",
			"/p/TH-65/areas", "/p/TH-65/areas/new", "/p/TH-65/areas/{area}", "/p/TH-65/plan",
			"/p/TH-65/plan/readiness", "/p/TH-65/plan/alignment", "/p/TH-65/plan/versions",
			"/p/TH-65/plan/sections", "/p/TH-65/plan/overview", "/p/TH-65/plan/goals/new?dimension=ENV",
			"/p/TH-65/plan/strategies/{strategy}/projects/new", "/p/TH-65/plan/items/{goal}/kpis/new", "/reference",
			"/reference/provinces", "/reference/sdgs", "/reference/indicators", "/admin/users", "/admin/users/new",
			"/admin/audit", "/admin/engagements", "/admin/engagements/new", "/account");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)}");

	/** The ids behind the placeholders, found once for all tests of the class (they share one database). */
	private static Map<String, String> placeholders;

	static Stream<String> signedInPages() {
		return SIGNED_IN_PAGES.stream();
	}

	/**
	 * The page in Thai (this test's context) and in English (a second context with the same session), loaded,
	 * screenshotted and scanned side by side: the same checks as one language after the other, in less time.
	 */
	@ParameterizedTest(name = "{0}")
	@MethodSource("signedInPages")
	void signedInPageHasNoSeriousAxeViolationsInThaiAndEnglish(String path) {
		signInOnce(ADMIN);
		String address = resolve(path);
		BrowserContext englishContext = newContext(1280, 900);
		try {
			englishContext.addCookies(context.cookies());
			Page english = englishContext.newPage();
			open(page, "th", address);
			assertSignedIn(page);
			open(english, "en", address);
			assertSignedIn(english);
			screenshot(page, "a11y-th-" + slug(path));
			screenshot(english, "a11y-en-" + slug(path));
			assertNoSeriousAxeViolations(List.of(page, english));
		}
		finally {
			englishContext.close();
		}
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
		signInOnce(ADMIN);
		open("th", "/p/TH-65/areas/new");
		assertSignedIn(page);

		page.locator("#nameTh").fill("");
		page.locator("#nameEn").fill("Wat Yai Riverside");
		page.locator("#type").selectOption(new SelectOption().setValue("TOURISM"));
		page.locator("#cityType").selectOption(new SelectOption().setValue("NEW_CITY"));
		page.locator("input[name=leadDimensions][value=ECO]").check();
		page.locator("#population").fill("abc");
		page.locator("#areaSqKm").fill("4.25");
		page.locator("#content form button[type=submit]").click();
		page.waitForLoadState();

		// the same form again, still on the province, with the two bad fields marked
		assertThat(page).hasURL(url("/p/TH-65/areas"));
		assertThat(page.locator("#content .alert-danger[role=alert]")).isVisible();
		assertThat(page.locator("#nameTh")).hasClass(Pattern.compile(".*\\bis-invalid\\b.*"));
		assertThat(page.locator("#population")).hasClass(Pattern.compile(".*\\bis-invalid\\b.*"));
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
		assertThat(page.locator("input[name=leadDimensions][value=ECO]")).isChecked();
		assertThat(page.locator("#population")).hasValue("abc");
		screenshot(page, "area-form-rejected-th");
		assertNoSeriousAxeViolations(page);

		// nothing was saved
		open("th", "/p/TH-65/areas");
		assertThat(page.locator("#content")).not().containsText("Wat Yai Riverside");
	}

	/** The path with its placeholders replaced by real ids. */
	private String resolve(String path) {
		Matcher matcher = PLACEHOLDER.matcher(path);
		if (!matcher.find()) {
			return path;
		}
		Map<String, String> ids = placeholders();
		return matcher.replaceAll(match -> {
			String id = ids.get(match.group(1));
			assertThat(id).as("id for {%s}", match.group(1)).isNotBlank();
			return id;
		});
	}

	/**
	 * The first target area of the demo province, and a goal with a strategy in its plan. The demo data may
	 * have no plan: then the admin starts one and adds the goal and strategy through the pages, as a user would.
	 * Signed in as admin on {@link #page}; leaves the page wherever it ends.
	 */
	private Map<String, String> placeholders() {
		if (placeholders != null) {
			return placeholders;
		}
		Map<String, String> ids = new HashMap<>();
		open("th", "/p/TH-65/areas");
		ids.put("area", lastSegment(page.locator("#content table tbody a").first().getAttribute("href")));

		open("th", "/p/TH-65/plan");
		if (page.locator("#firstYear").count() > 0) {
			page.locator("#title").fill("แผนแม่บทเมืองอัจฉริยะจังหวัดพิษณุโลก");
			page.locator("#content form button[type=submit]").click();
			assertThat(page.locator("#plan-title")).isVisible();
		}
		Locator addProject = page.locator("#content a[href*='/projects/new']");
		if (addProject.count() == 0) {
			Locator addStrategy = page.locator("#content a[href*='/strategies/new']");
			if (addStrategy.count() == 0) {
				open("th", "/p/TH-65/plan/goals/new?dimension=ENV");
				page.locator("#title").fill("ลดปริมาณขยะมูลฝอยชุมชนในเขตเมืองพิษณุโลก");
				page.locator("#content form button[type=submit]").first().click();
				assertThat(page.locator("#plan-title")).isVisible();
			}
			addStrategy.first().click();
			page.locator("#title").fill("คัดแยกขยะต้นทางด้วยข้อมูลจากชุมชน");
			page.locator("#content form button[type=submit]").first().click();
			assertThat(page.locator("#plan-title")).isVisible();
		}
		// ".../plan/strategies/{strategy}/projects/new" and ".../plan/goals/{goal}/strategies/new"
		String projectsNew = addProject.first().getAttribute("href");
		ids.put("strategy", projectsNew.replaceAll("^.*/strategies/([^/]+)/projects/new$", "$1"));
		String strategiesNew = page.locator("#content a[href*='/strategies/new']").first().getAttribute("href");
		ids.put("goal", strategiesNew.replaceAll("^.*/goals/([^/]+)/strategies/new$", "$1"));
		placeholders = Map.copyOf(ids);
		return placeholders;
	}

	private static String lastSegment(String href) {
		assertThat(href).isNotBlank();
		return href.substring(href.lastIndexOf('/') + 1);
	}

	private void open(String lang, String path) {
		open(page, lang, path);
	}

	private void open(Page target, String lang, String path) {
		// Thai is the default language of a fresh browser context; English is asked for with ?lang=en
		String address = "en".equals(lang) ? path + (path.contains("?") ? "&" : "?") + "lang=en" : path;
		Response response;
		try {
			response = target.navigate(url(address));
		}
		catch (PlaywrightException ex) {
			throw new AssertionError("Page " + address + " did not finish loading (a response cut off mid-render, "
					+ "e.g. a template error after the first bytes were sent? see the server log)", ex);
		}
		assertThat(response.status()).as("HTTP status of %s", address).isEqualTo(200);
		assertThat(target.locator("html")).hasAttribute("lang", lang);
	}

	private static String slug(String path) {
		String slug = path.replaceAll("\\?.*$", "").replaceAll("^/+|/+$", "").replaceAll("[{}]", "")
			.replaceAll("[^A-Za-z0-9-]+", "-");
		return slug.isEmpty() ? "home" : slug;
	}
}
