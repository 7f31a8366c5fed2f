package org.smartcityplanner.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcityplanner.SmartCityPlannerApplication;
import org.smartcityplanner.bench.PageLoad.Page;
import org.smartcityplanner.plan.internal.PlanUseCases;
import org.smartcityplanner.plan.model.PlanDocument;
import org.smartcityplanner.profile.ProfileApi;
import org.smartcityplanner.profile.TargetAreaView;
import org.smartcityplanner.shared.ProvinceCode;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark of the master-plan pages (not a test: surefire does not run it; see {@code bench/plan-pages.sh}).
 *
 * <p>Starts the application in this JVM on a random port with an in-memory H2 database and the demo data, imports a
 * {@link LargePlan} (700 projects, 1,500 KPIs) into the demo province, signs in {@value PageLoad#DEFAULT_USERS} virtual
 * users as the demo admin, warms up, then for each page lets every user send a fixed number of GETs one after the other
 * (a closed loop without think time: as many requests in flight as users) and prints p50/p95/p99. The plan pages are
 * compared with a trivial signed-in page ({@code /reference}) measured in the same run, so the ratio says how much the
 * plan itself costs on this machine. Every response must be 200 with the page's marker in the body; anything else is
 * counted and printed. The client shares the CPUs with the server.
 *
 * <p>System properties: {@code bench.pages} to measure only some plan pages (e.g. {@code tree,readiness}; the
 * trivial page is always measured), {@code bench.users} (20), {@code bench.requests} per user and page (25),
 * {@code bench.warmup} requests per user and page (5, at most 6 s a page), {@code bench.capSeconds} per page
 * measured (20), {@code bench.seed} (2570), {@code bench.dump} a directory to write one body of each page to
 * (to compare the HTML before and after a change). Traffic goes to 127.0.0.1 only.
 */
public final class PlanPagesBenchmark {

	static final String PROVINCE = "TH-65";

	static final long TARGET_P95_MS = 150;

	private static final long SEED = Long.getLong("bench.seed", 2570);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	static final List<Page> ALL_PAGES = List.of(new Page("trivial", "/reference", "scp-card-grid"),
			new Page("tree", "/p/" + PROVINCE + "/plan", "id=\"plan-title\""),
			new Page("alignment", "/p/" + PROVINCE + "/plan/alignment", "id=\"matrix-heading\""),
			new Page("readiness", "/p/" + PROVINCE + "/plan/readiness", "id=\"readiness-score\""));

	/** The trivial page and the plan pages named in {@code bench.pages} (all by default). */
	static final List<Page> PAGES = ALL_PAGES.stream()
		.filter(page -> page.name().equals("trivial") || System.getProperty("bench.pages", "").isBlank()
				|| Arrays.asList(System.getProperty("bench.pages").split(",")).contains(page.name()))
		.toList();

	private PlanPagesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Path dataDir = Files.createTempDirectory("scp-bench");
		long started = System.nanoTime();
		ConfigurableApplicationContext app = start(dataDir);
		int exit = 0;
		try {
			double startupSeconds = (System.nanoTime() - started) / 1e9;
			int port = Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port"));
			String base = "http://127.0.0.1:" + port;

			long importStart = System.nanoTime();
			PlanDocument loaded = importLargePlan(app);
			double importSeconds = (System.nanoTime() - importStart) / 1e9;

			printMachine(startupSeconds, importSeconds, loaded);

			List<HttpClient> users = new ArrayList<>();
			for (int i = 0; i < PageLoad.USERS; i++) {
				users.add(signIn(base));
			}
			exit = PageLoad.measure(base, users, PAGES, PageLoad::processCpuNanos, TARGET_P95_MS);
			String dump = System.getProperty("bench.dump", "");
			if (!dump.isBlank()) {
				dump(base, users.get(0), Path.of(dump));
			}
		}
		catch (Exception | AssertionError e) {
			e.printStackTrace();
			exit = 2;
		}
		finally {
			app.close();
			deleteQuietly(dataDir);
		}
		System.exit(exit);
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		SpringApplication application = new SpringApplication(SmartCityPlannerApplication.class);
		// command-line arguments, so that they override application.yml
		return application.run("--server.port=0", "--server.address=127.0.0.1",
				"--spring.datasource.url=jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
						+ "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
				"--scp.data-dir=" + dataDir, "--scp.demo.enabled=true", "--spring.main.banner-mode=off",
				"--logging.level.root=WARN", "--logging.level.org.smartcityplanner=WARN");
	}

	/** Replaces the demo province's plan with the large one, as the system (no signed-in user). */
	private static PlanDocument importLargePlan(ConfigurableApplicationContext app) {
		ProvinceCode province = ProvinceCode.of(PROVINCE);
		List<Long> areas = app.getBean(ProfileApi.class).areasOf(province).stream().map(TargetAreaView::id).toList();
		PlanUseCases plans = app.getBean(PlanUseCases.class);
		plans.importDocument(province, LargePlan.build(PROVINCE, areas, SEED));
		return plans.plan(province).orElseThrow().document();
	}

	private static void printMachine(double startupSeconds, double importSeconds, PlanDocument plan) {
		long alignmentLinks = plan.goals().stream().mapToLong(goal -> links(goal.alignment())).sum()
				+ plan.strategies().mapToLong(strategy -> links(strategy.alignment())).sum()
				+ plan.projects().mapToLong(project -> links(project.alignment())).sum();
		System.out.printf(Locale.ROOT, "machine: nproc=%d, java %s, max heap %d MB, %s %s, load average %s%n",
				Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
				Runtime.getRuntime().maxMemory() / (1024 * 1024), System.getProperty("os.name"),
				System.getProperty("os.arch"), PageLoad.loadAverage());
		System.out.printf(Locale.ROOT, "app started in %.1f s; plan imported in %.1f s%n", startupSeconds,
				importSeconds);
		System.out.printf(Locale.ROOT,
				"plan loaded (%s): %d goals, %d strategies, %d projects, %d KPIs, %d KPI targets, %d alignment links%n",
				PROVINCE, plan.goals().size(), plan.strategies().count(), plan.projects().count(), plan.kpis().size(),
				plan.kpis().stream().mapToLong(kpi -> kpi.targets().size()).sum(), alignmentLinks);
		System.out.println(PageLoad.settings("users"));
	}

	private static long links(org.smartcityplanner.plan.model.Alignment alignment) {
		return alignment.nationalStrategies().size() + alignment.masterPlans().size() + alignment.milestones().size()
				+ alignment.sdgs().size() + alignment.provincialStrategies().size();
	}

	/** A user with a session of their own, signed in through the login form. */
	private static HttpClient signIn(String base) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5)).build();
		HttpResponse<String> form = client.send(PageLoad.get(base, "/login"), HttpResponse.BodyHandlers.ofString());
		Matcher csrf = CSRF.matcher(form.body());
		if (form.statusCode() != 200 || !csrf.find()) {
			throw new IllegalStateException("No login form (status " + form.statusCode() + ")");
		}
		String body = "username=admin&password=" + URLEncoder.encode("demo-2569", StandardCharsets.UTF_8) + "&_csrf="
				+ URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
		HttpResponse<Void> login = client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded").timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
		String location = login.headers().firstValue("Location").orElse("");
		if (login.statusCode() != 302 || location.contains("error") || location.contains("login")) {
			throw new IllegalStateException("Sign-in refused: " + login.statusCode() + " " + location);
		}
		return client;
	}

	/** One body of each page, with the per-render CSRF token blanked, as {@code <page>.html}. */
	private static void dump(String base, HttpClient client, Path dir) throws IOException, InterruptedException {
		Files.createDirectories(dir);
		for (Page page : PAGES) {
			String body = client.send(PageLoad.get(base, page.path()), HttpResponse.BodyHandlers.ofString()).body();
			Files.writeString(dir.resolve(page.name() + ".html"),
					body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\""));
		}
		System.out.println("pages written to " + dir.toAbsolutePath());
	}

	private static void deleteQuietly(Path dir) {
		try (var files = Files.walk(dir)) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
		}
		catch (IOException ignored) {
			// a temp directory
		}
	}
}
