package org.smartcityplanner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcityplanner.SmartCityPlannerApplication;
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
 * <p>Starts the application in this JVM on a random port with an in-memory H2 database and the demo data,
 * imports a {@link LargePlan} (700 projects, 1,500 KPIs) into the demo province, signs in {@value #DEFAULT_USERS}
 * virtual users as the demo admin, warms up, then for each page lets every user send a fixed number of GETs one
 * after the other (a closed loop without think time: as many requests in flight as users) and prints
 * p50/p95/p99. The plan pages are compared with a trivial signed-in page ({@code /reference}) measured in the
 * same run, so the ratio says how much the plan itself costs on this machine. Every response must be 200 with the
 * page's marker in the body; anything else is counted and printed. The client shares the CPUs with the server.
 *
 * <p>System properties: {@code bench.pages} to measure only some plan pages (e.g. {@code tree,readiness}; the
 * trivial page is always measured), {@code bench.users} (20), {@code bench.requests} per user and page (25),
 * {@code bench.warmup} requests per user and page (5, at most 6 s a page), {@code bench.capSeconds} per page
 * measured (20), {@code bench.seed} (2570), {@code bench.dump} a directory to write one body of each page to
 * (to compare the HTML before and after a change). Traffic goes to 127.0.0.1 only.
 */
public final class PlanPagesBenchmark {

	static final String PROVINCE = "TH-65";

	static final int DEFAULT_USERS = 20;

	static final long TARGET_P95_MS = 150;

	private static final int USERS = Integer.getInteger("bench.users", DEFAULT_USERS);

	private static final int REQUESTS_PER_USER = Integer.getInteger("bench.requests", 25);

	private static final int WARMUP_PER_USER = Integer.getInteger("bench.warmup", 5);

	private static final Duration PAGE_CAP = Duration.ofSeconds(Long.getLong("bench.capSeconds", 20));

	private static final Duration WARMUP_CAP = Duration.ofSeconds(6);

	private static final long SEED = Long.getLong("bench.seed", 2570);

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	/**
	 * A page under test.
	 *
	 * @param name short name for the table
	 * @param path the address
	 * @param marker text every good response contains
	 */
	record Page(String name, String path, String marker) {
	}

	static final List<Page> ALL_PAGES = List.of(new Page("trivial", "/reference", "scp-card-grid"),
			new Page("tree", "/p/" + PROVINCE + "/plan", "id=\"plan-title\""),
			new Page("alignment", "/p/" + PROVINCE + "/plan/alignment", "id=\"matrix-heading\""),
			new Page("readiness", "/p/" + PROVINCE + "/plan/readiness", "id=\"readiness-score\""));

	/** The trivial page and the plan pages named in {@code bench.pages} (all by default). */
	static final List<Page> PAGES = ALL_PAGES.stream()
		.filter(page -> page.name().equals("trivial") || System.getProperty("bench.pages", "").isBlank()
				|| Arrays.asList(System.getProperty("bench.pages").split(",")).contains(page.name()))
		.toList();

	/**
	 * What one page's run measured.
	 *
	 * @param page the page
	 * @param latenciesNanos every completed request, successful or not
	 * @param errors what went wrong, one line each
	 * @param bytes body size of the last good response
	 * @param capped whether the time cap stopped the run early
	 * @param seconds wall time of the run
	 * @param cpuShare CPU time of this JVM during the run over wall time × processors, or NaN where unknown
	 */
	record Result(Page page, long[] latenciesNanos, List<String> errors, int bytes, boolean capped, double seconds,
			double cpuShare) {

		long percentileMillis(double percentile) {
			return Math.round(percentileNanos(percentile) / 1e6);
		}

		double percentileNanos(double percentile) {
			if (latenciesNanos.length == 0) {
				return Double.NaN;
			}
			long[] sorted = latenciesNanos.clone();
			Arrays.sort(sorted);
			int rank = (int) Math.ceil(percentile / 100.0 * sorted.length); // nearest rank
			return sorted[Math.max(0, rank - 1)];
		}
	}

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
			for (int i = 0; i < USERS; i++) {
				users.add(signIn(base));
			}
			for (Page page : PAGES) {
				run(base, users, page, WARMUP_PER_USER, WARMUP_CAP);
			}
			List<Result> results = new ArrayList<>();
			for (Page page : PAGES) {
				results.add(run(base, users, page, REQUESTS_PER_USER, PAGE_CAP));
			}
			List<Long> solo = new ArrayList<>();
			for (Page page : PAGES) {
				solo.add(soloMedian(base, users.get(0), page, 9));
			}
			String dump = System.getProperty("bench.dump", "");
			if (!dump.isBlank()) {
				dump(base, users.get(0), Path.of(dump));
			}
			exit = printTable(results, solo);
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
				System.getProperty("os.arch"), loadAverage());
		System.out.printf(Locale.ROOT, "app started in %.1f s; plan imported in %.1f s%n", startupSeconds,
				importSeconds);
		System.out.printf(Locale.ROOT,
				"plan loaded (%s): %d goals, %d strategies, %d projects, %d KPIs, %d KPI targets, %d alignment links%n",
				PROVINCE, plan.goals().size(), plan.strategies().count(), plan.projects().count(), plan.kpis().size(),
				plan.kpis().stream().mapToLong(kpi -> kpi.targets().size()).sum(), alignmentLinks);
		System.out.printf(Locale.ROOT,
				"load: %d users × %d sequential GETs per page (warm-up %d each), cap %d s per page%n", USERS,
				REQUESTS_PER_USER, WARMUP_PER_USER, PAGE_CAP.toSeconds());
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
		HttpResponse<String> form = client.send(get(base, "/login"), HttpResponse.BodyHandlers.ofString());
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

	private static HttpRequest get(String base, String path) {
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html")
			.header("Accept-Language", "th").timeout(Duration.ofSeconds(60)).GET().build();
	}

	/** Every user sends {@code perUser} GETs one after the other, all users at once, until done or the cap. */
	private static Result run(String base, List<HttpClient> users, Page page, int perUser, Duration cap)
			throws InterruptedException {
		long deadline = System.nanoTime() + cap.toNanos();
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		List<String> errors = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger bytes = new AtomicInteger();
		AtomicInteger skipped = new AtomicInteger();
		byte[] marker = page.marker().getBytes(StandardCharsets.UTF_8);
		CountDownLatch go = new CountDownLatch(1);
		List<Thread> threads = new ArrayList<>();
		for (int u = 0; u < users.size(); u++) {
			HttpClient client = users.get(u);
			int user = u + 1;
			Thread thread = new Thread(() -> {
				try {
					go.await();
				}
				catch (InterruptedException e) {
					return;
				}
				for (int i = 0; i < perUser; i++) {
					if (System.nanoTime() > deadline) {
						skipped.addAndGet(perUser - i);
						return;
					}
					long start = System.nanoTime();
					try {
						// bytes, not a String: decoding 800 kB of Thai per response would load the shared CPUs
						HttpResponse<byte[]> response = client.send(get(base, page.path()),
								HttpResponse.BodyHandlers.ofByteArray());
						latencies.add(System.nanoTime() - start);
						byte[] body = response.body();
						if (response.statusCode() != 200 || body == null || body.length == 0
								|| !contains(body, marker)) {
							errors.add("user %d: %d %s (%d bytes)".formatted(user, response.statusCode(),
									response.headers().firstValue("Location").orElse(""),
									body == null ? 0 : body.length));
						}
						else {
							bytes.set(body.length);
						}
					}
					catch (IOException | RuntimeException e) {
						latencies.add(System.nanoTime() - start);
						errors.add("user %d: %s".formatted(user, e));
					}
					catch (InterruptedException e) {
						return;
					}
				}
			}, "bench-user-" + user);
			threads.add(thread);
			thread.start();
		}
		long cpuBefore = processCpuNanos();
		long started = System.nanoTime();
		go.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		long wall = System.nanoTime() - started;
		long cpuAfter = processCpuNanos();
		double cpuShare = cpuBefore < 0 || cpuAfter < 0 ? Double.NaN
				: (double) (cpuAfter - cpuBefore) / wall / Runtime.getRuntime().availableProcessors();
		long[] values = latencies.stream().mapToLong(Long::longValue).toArray();
		return new Result(page, values, errors, bytes.get(), skipped.get() > 0, wall / 1e9, cpuShare);
	}

	private static boolean contains(byte[] body, byte[] marker) {
		outer: for (int i = 0; i <= body.length - marker.length; i++) {
			for (int j = 0; j < marker.length; j++) {
				if (body[i + j] != marker[j]) {
					continue outer;
				}
			}
			return true;
		}
		return false;
	}

	/** One user alone, after the load: the median of a few requests, for comparison. */
	private static long soloMedian(String base, HttpClient client, Page page, int requests)
			throws IOException, InterruptedException {
		long[] values = new long[requests];
		for (int i = 0; i < requests; i++) {
			long start = System.nanoTime();
			client.send(get(base, page.path()), HttpResponse.BodyHandlers.ofByteArray());
			values[i] = System.nanoTime() - start;
		}
		Arrays.sort(values);
		return Math.round(values[requests / 2] / 1e6);
	}

	/** One body of each page, with the per-render CSRF token blanked, as {@code <page>.html}. */
	private static void dump(String base, HttpClient client, Path dir) throws IOException, InterruptedException {
		Files.createDirectories(dir);
		for (Page page : PAGES) {
			String body = client.send(get(base, page.path()), HttpResponse.BodyHandlers.ofString()).body();
			Files.writeString(dir.resolve(page.name() + ".html"),
					body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"\""));
		}
		System.out.println("pages written to " + dir.toAbsolutePath());
	}

	/** Prints the table; returns 1 when any request failed. */
	private static int printTable(List<Result> results, List<Long> solo) {
		double trivialP95 = results.get(0).percentileNanos(95);
		System.out.println();
		System.out.printf(Locale.ROOT, "%-10s %-28s %8s %6s %6s %6s %6s %6s %7s %7s %5s %6s %6s %10s%n", "page",
				"path", "requests", "errors", "p50_ms", "p95_ms", "p99_ms", "max_ms", "req/s", "kB", "cpu", "solo",
				"ratio", "p95<=150ms");
		int totalErrors = 0;
		for (int i = 0; i < results.size(); i++) {
			Result result = results.get(i);
			totalErrors += result.errors().size();
			double ratio = result.percentileNanos(95) / trivialP95;
			boolean ok = result.percentileMillis(95) <= TARGET_P95_MS;
			System.out.printf(Locale.ROOT, "%-10s %-28s %8d %6d %6d %6d %6d %6d %7.1f %7d %4.0f%% %6d %5.1fx %10s%n",
					result.page().name(), result.page().path(), result.latenciesNanos().length, result.errors().size(),
					result.percentileMillis(50), result.percentileMillis(95), result.percentileMillis(99),
					result.percentileMillis(100), result.latenciesNanos().length / result.seconds(),
					result.bytes() / 1024, 100 * result.cpuShare(), solo.get(i), ratio,
					(ok ? "yes" : "NO") + (result.capped() ? " (capped)" : ""));
		}
		System.out.println("solo = median of 9 requests by one user alone after the load; ratio = p95 / p95 of trivial");
		System.out.println("cpu = share of all CPUs this JVM (server and client) used during the page's run; well under"
				+ " 100% while latencies are high means other processes were using the machine");
		for (Result result : results) {
			result.errors().stream().limit(5)
				.forEach(error -> System.out.println("error " + result.page().name() + ": " + error));
		}
		return totalErrors == 0 ? 0 : 1;
	}

	/** CPU time of this JVM so far, or -1 where the platform does not tell. */
	private static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	/** The 1, 5 and 15 minute load averages where the system tells them (Linux), else "n/a". */
	private static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException e) {
			return "n/a";
		}
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
