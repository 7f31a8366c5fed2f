package org.smartcityplanner.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.LoadState;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base class of the browser tests: starts the whole application on a random port with a fresh in-memory H2
 * database (the demo data seeds itself), drives Debian's chromium through Playwright for Java (never
 * downloading a browser), and offers sign-in, screenshot and axe-core helpers.
 * <p>
 * Every browser test class extends this class without adding configuration, so they all share one cached
 * application context and therefore one database. Each test gets its own browser context (cookies, language),
 * so tests do not see each other's session.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
		"spring.datasource.url=jdbc:h2:mem:browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
		"scp.demo.enabled=true" })
public abstract class BrowserTestSupport {

	/** The published demo password (see identity's internal/demo/DemoAccounts). */
	protected static final String DEMO_PASSWORD = "demo-2569";

	static final Path CHROMIUM = Paths.get(System.getProperty("scp.test.chromium", "/usr/bin/chromium"));

	static final Path SCREENSHOTS = Paths.get("target", "screenshots");

	private static final List<String> CHROMIUM_ARGS = List.of("--headless", "--no-sandbox", "--disable-gpu",
			"--disable-background-networking", "--disable-quic", "--no-first-run", "--disable-component-update",
			"--disable-sync");

	private static Playwright playwright;

	private static Browser browser;

	private static String axeSource;

	/** Session cookies of the accounts a class signed in once with {@link #signInOnce}, by username. */
	private static final Map<String, List<Cookie>> SESSIONS = new HashMap<>();

	@LocalServerPort
	protected int port;

	/** The browser context of the current test (its own cookies and language). */
	protected BrowserContext context;

	/** A desktop-size page in {@link #context}. */
	protected Page page;

	@BeforeAll
	static void launchBrowser() {
		if (browser != null) {
			return;
		}
		playwright = Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
		browser = playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
				.setArgs(CHROMIUM_ARGS));
	}

	@AfterAll
	static void closeBrowser() {
		SESSIONS.clear();
		if (playwright != null) {
			playwright.close();
		}
		playwright = null;
		browser = null;
	}

	@BeforeEach
	void openContext() {
		context = newContext(1280, 900);
		page = context.newPage();
	}

	@AfterEach
	void closeContext() {
		if (context != null) {
			context.close();
		}
	}

	/**
	 * A new browser context of the given viewport size. CSP is bypassed only so that axe-core can be injected;
	 * the application's own scripts are unaffected. Thai is the browser's language, as for the app's users.
	 */
	protected BrowserContext newContext(int width, int height) {
		BrowserContext newContext = browser.newContext(new Browser.NewContextOptions().setViewportSize(width, height)
			.setBypassCSP(true)
			.setLocale("th-TH")
			.setBaseURL("http://localhost:" + port));
		// a page that never finishes loading (e.g. a response cut off mid-render) fails fast
		newContext.setDefaultNavigationTimeout(15_000);
		newContext.setDefaultTimeout(10_000);
		return newContext;
	}

	/** An absolute address on the running application. */
	protected String url(String path) {
		return "http://localhost:" + port + path;
	}

	/** Signs in through the login page and waits until the browser has left it. */
	protected void login(Page page, String username, String password) {
		page.navigate(url("/login"));
		page.locator("#username").fill(username);
		page.locator("#password").fill(password);
		page.locator("form[action$='/login'] button[type=submit]").click();
		page.waitForURL(Pattern.compile("^(?!.*/login).*$"));
		page.waitForLoadState(LoadState.NETWORKIDLE);
		assertThat(page.locator("#user-menu").count()).as("signed in as %s", username).isEqualTo(1);
	}

	/**
	 * Signs {@link #context} in as the demo user with one session shared by all tests of the class: the first call
	 * signs in through the login page ({@link #login}), later calls give the new context the same session cookie.
	 * Saves a sign-in per test; only for tests that read pages, never for one that signs out or changes the
	 * account. The language cookie is not shared, so every context still starts in Thai. Follow the first
	 * navigation with {@link #assertSignedIn}.
	 */
	protected void signInOnce(String username) {
		List<Cookie> session = SESSIONS.get(username);
		if (session != null) {
			context.addCookies(session);
			return;
		}
		login(page, username, DEMO_PASSWORD);
		SESSIONS.put(username, context.cookies().stream().filter(cookie -> !"scp-lang".equals(cookie.name)).toList());
	}

	/** The page is shown to a signed-in user (a lost session would have sent it to the login page instead). */
	protected static void assertSignedIn(Page page) {
		assertThat(page.url()).as("address after sign-in").doesNotContain("/login");
		assertThat(page.locator("#user-menu").count()).as("user menu on %s", page.url()).isEqualTo(1);
	}

	/** A full-page PNG at {@code target/screenshots/<name>.png}. */
	protected Path screenshot(Page page, String name) {
		Path file = SCREENSHOTS.resolve(name + ".png");
		try {
			Files.createDirectories(SCREENSHOTS);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.waitForLoadState(LoadState.NETWORKIDLE);
		page.evaluate("() => document.fonts.ready");
		page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
		return file;
	}

	/**
	 * Runs axe-core (src/test/resources/axe/axe.min.js) on the page and fails listing every violation whose
	 * impact is serious or critical. Minor and moderate ones are printed but allowed.
	 */
	protected void assertNoSeriousAxeViolations(Page page) {
		assertNoSeriousAxeViolations(List.of(page));
	}

	/**
	 * The same scan on several pages at once, failing with the violations of all of them. Each browser context
	 * renders in a process of its own, so the scans run side by side (a large page takes seconds) instead of one
	 * after the other.
	 */
	protected void assertNoSeriousAxeViolations(List<Page> pages) {
		pages.forEach(BrowserTestSupport::startAxe);
		List<String> failures = new ArrayList<>();
		for (Page scanned : pages) {
			List<Map<String, Object>> violations = axeViolations(scanned);
			List<Map<String, Object>> serious = violations.stream()
				.filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact")))
				.toList();
			violations.stream()
				.filter(v -> !serious.contains(v))
				.forEach(v -> System.out.println("axe (allowed) on " + scanned.url() + ": " + describe(v)));
			if (!serious.isEmpty()) {
				failures.add(String.format("axe found %d serious/critical violation(s) on %s:%n%s", serious.size(),
						scanned.url(), serious.stream().map(BrowserTestSupport::describe).collect(Collectors.joining("\n"))));
			}
		}
		if (!failures.isEmpty()) {
			fail(String.join("\n", failures));
		}
	}

	/** Starts axe on the loaded page without waiting for it; {@link #axeViolations} waits for the result. */
	private static void startAxe(Page page) {
		page.waitForLoadState(LoadState.NETWORKIDLE);
		if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
			page.addScriptTag(new Page.AddScriptTagOptions().setContent(axe()));
		}
		page.evaluate("() => { window.scpAxeRun = axe.run(document, {resultTypes: ['violations']}); }");
	}

	@SuppressWarnings("unchecked")
	private static List<Map<String, Object>> axeViolations(Page page) {
		// evaluate waits for the promise the page keeps
		return (List<Map<String, Object>>) page.evaluate("async () => (await window.scpAxeRun).violations");
	}

	/** One line per violation: id, impact, help, the distinct failure summaries and the CSS targets. */
	@SuppressWarnings("unchecked")
	private static String describe(Map<String, Object> violation) {
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) violation.getOrDefault("nodes", List.of());
		String targets = nodes.stream().map(n -> String.valueOf(n.get("target"))).collect(Collectors.joining(", "));
		String summaries = nodes.stream()
			.map(n -> String.valueOf(n.get("failureSummary")).replaceAll("\\s+", " ").trim())
			.distinct()
			.collect(Collectors.joining(" | "));
		return "- " + violation.get("id") + " [" + violation.get("impact") + "] " + violation.get("help") + " ("
				+ violation.get("helpUrl") + ")\n    targets: " + targets + "\n    why: " + summaries;
	}

	private static synchronized String axe() {
		if (axeSource == null) {
			try (InputStream in = BrowserTestSupport.class.getResourceAsStream("/axe/axe.min.js")) {
				assertThat(in).as("axe-core on the test classpath at /axe/axe.min.js").isNotNull();
				axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return axeSource;
	}
}
