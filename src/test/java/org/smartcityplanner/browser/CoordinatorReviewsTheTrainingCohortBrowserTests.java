package org.smartcityplanner.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The coordinator of TH-65 goes through the demo cohort's pages in Thai and English: the cohort list, the cohort
 * (65 trainees, sector mix, scores), a session with its QR code and the ticks, the import form, the curriculum and
 * the case library. Each page is checked with axe; screenshots land in target/screenshots/training-*.png.
 */
class CoordinatorReviewsTheTrainingCohortBrowserTests extends BrowserTestSupport {

	static Stream<Arguments> pages() {
		return Stream.of("th", "en").flatMap(lang -> Stream.of("cohorts", "cohort", "session", "import", "curriculum",
				"cases").map(name -> Arguments.of(lang, name)));
	}

	@ParameterizedTest(name = "[{0}] {1}")
	@MethodSource("pages")
	void trainingPageHasNoSeriousAxeViolations(String lang, String name) {
		signInOnce("coordinator");
		page.navigate(url("/p/TH-65/training?lang=" + lang));
		assertSignedIn(page);
		// the demo cohort by name: other browser tests add cohorts of their own to the same province
		String cohort = page.locator("#content table a[href*='/training/']")
			.filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("รุ่นที่ 1/2570")).first()
			.getAttribute("href");
		String path = switch (name) {
			case "cohorts" -> "/p/TH-65/training";
			case "cohort" -> cohort;
			case "session" -> {
				page.navigate(url(cohort));
				yield page.locator("#content a[href*='/training/sessions/']").first().getAttribute("href");
			}
			case "import" -> cohort + "/import";
			case "curriculum" -> "/training/curriculum";
			default -> "/training/cases";
		};
		page.navigate(url(path + "?lang=" + lang));
		assertThat(page.locator("main h1")).isVisible();
		if (name.equals("cohort")) {
			assertThat(page.locator("#sector-mix")).isVisible();
			assertThat(page.locator("#cohort-gain")).not().hasText("–");
		}
		screenshot(page, "training-" + lang + "-" + name);
		assertNoSeriousAxeViolations(page);
	}
}
