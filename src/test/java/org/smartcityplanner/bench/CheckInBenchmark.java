package org.smartcityplanner.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.smartcityplanner.SmartCityPlannerApplication;
import org.smartcityplanner.shared.ProvinceCode;
import org.smartcityplanner.shared.Utc;
import org.smartcityplanner.training.Cohort;
import org.smartcityplanner.training.CohortDraft;
import org.smartcityplanner.training.TraineeDraft;
import org.smartcityplanner.training.internal.AttendanceUseCases;
import org.smartcityplanner.training.internal.CohortUseCases;
import org.smartcityplanner.training.internal.RegistrationUseCases;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Benchmark of QR check-in (not a test: surefire does not run it; see {@code bench/training-check-in.sh}).
 *
 * <p>Starts <em>two</em> application nodes in this JVM on one shared in-memory H2 database (as two nodes behind a
 * load balancer share PostgreSQL: sessions, the link-signing key and attendance live in the database), creates two
 * cohorts of 60 registered trainees with one open session each, then lets all 120 trainees arrive at random
 * moments within 30 seconds. Each trainee opens the session's signed check-in link and presses the button, on
 * node 1 or node 2 at random; one in five scans twice (the second time on the other node) and one in ten
 * double-taps (two POSTs at once). It prints p50/p95/p99 of the check-in POST next to a trivial public page
 * ({@code /verify}, fetched by every trainee just before checking in, so under the same load), and counts the attendance rows: every trainee must be present once,
 * none lost, none duplicated. The client shares the CPUs with both nodes. Traffic goes to 127.0.0.1 only.
 *
 * <p>System properties: {@code bench.trainees} per cohort (60), {@code bench.seconds} arrival window (30),
 * {@code bench.threads} client threads (32), {@code bench.seed} (2570).
 */
public final class CheckInBenchmark {

	static final ProvinceCode PROVINCE = new ProvinceCode("TH-65");
	private static final int PER_COHORT = Integer.getInteger("bench.trainees", 60);
	private static final int WINDOW_SECONDS = Integer.getInteger("bench.seconds", 30);
	private static final int THREADS = Integer.getInteger("bench.threads", 32);
	private static final long SEED = Long.getLong("bench.seed", 2570);
	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private CheckInBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String db = "jdbc:h2:mem:checkin-bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
		ConfigurableApplicationContext node1 = start(db);
		ConfigurableApplicationContext node2 = start(db);
		int exit = 0;
		try {
			List<String> nodes = List.of(base(node1), base(node2));
			JdbcClient jdbc = node1.getBean(JdbcClient.class);
			List<Trainee> trainees = new ArrayList<>();
			List<Long> sessions = new ArrayList<>();
			for (int c = 0; c < 2; c++) {
				sessions.add(prepareCohort(node1, c, trainees));
			}
			System.out.printf(Locale.ROOT, "machine: nproc=%d, java %s; two nodes at %s and %s on one H2 database%n",
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), nodes.get(0),
					nodes.get(1));
			// warm both nodes (JIT, template cache) on the trivial page and the check-in page
			for (int i = 0; i < 30; i++) {
				for (String node : nodes) {
					get(client(null), node + "/verify");
					get(client(trainees.get(i).token()), node + trainees.get(i).link());
				}
			}
			Run run = checkIn(nodes, trainees);
			List<Long> baseline = run.baseline();
			int rows = jdbc.sql("select count(*) from trn_attendance where session_id in (?, ?)")
				.params(sessions.get(0), sessions.get(1)).query(Integer.class).single();
			int distinct = jdbc.sql("select count(*) from (select distinct session_id, trainee_id from trn_attendance "
					+ "where session_id in (?, ?)) d").params(sessions.get(0), sessions.get(1)).query(Integer.class).single();
			int lost = trainees.size() - distinct;
			int duplicated = rows - distinct;

			print("trivial page GET /verify", baseline);
			print("check-in POST", run.latencies());
			System.out.printf(Locale.ROOT, "check-in p99 / trivial p99 = %.1f%n",
					percentile(run.latencies(), 99) / (double) Math.max(1, percentile(baseline, 99)));
			System.out.printf(Locale.ROOT,
					"%d trainees (%d per cohort) arrived within %d s (%.1f s wall); %d check-in POSTs (%d first, %d repeat),"
							+ " %d failed responses%n",
					trainees.size(), PER_COHORT, WINDOW_SECONDS, run.wallSeconds(), run.latencies().size(), run.firsts(),
					run.repeats(), run.failures());
			System.out.printf(Locale.ROOT, "attendance rows: %d for %d trainees; lost %d, duplicated %d%n", rows,
					trainees.size(), lost, duplicated);
			if (lost != 0 || duplicated != 0 || run.failures() != 0) {
				System.out.println("FAILED: attendance lost, duplicated or requests failed");
				exit = 1;
			}
		}
		finally {
			node1.close();
			node2.close();
		}
		System.exit(exit);
	}

	/** A registered trainee with their personal link's secret and the check-in path of their cohort's session. */
	record Trainee(String token, String link) {
	}

	record Run(List<Long> latencies, List<Long> baseline, int firsts, int repeats, int failures, double wallSeconds) {
	}

	private static ConfigurableApplicationContext start(String db) {
		return new SpringApplication(SmartCityPlannerApplication.class).run("--server.port=0",
				"--server.address=127.0.0.1", "--spring.datasource.url=" + db, "--scp.demo.enabled=false",
				"--scp.data-dir=target/bench-checkin", "--spring.main.banner-mode=off", "--logging.level.root=WARN",
				"--logging.level.org.smartcityplanner=WARN");
	}

	private static String base(ConfigurableApplicationContext node) {
		return "http://127.0.0.1:" + ((WebServerApplicationContext) node).getWebServer().getPort();
	}

	/** Cohorts run now: one that ended takes no registrations. */
	private static final java.time.LocalDate TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok"));

	private static long prepareCohort(ConfigurableApplicationContext node, int c, List<Trainee> trainees) {
		CohortUseCases cohorts = node.getBean(CohortUseCases.class);
		RegistrationUseCases registrations = node.getBean(RegistrationUseCases.class);
		Cohort cohort = cohorts.create(PROVINCE, new CohortDraft("รุ่นทดสอบโหลด " + (c + 1), "80",
				TODAY.minusDays(7).toString(), TODAY.plusDays(23).toString(), "365", "60", "80"));
		JdbcClient jdbc = node.getBean(JdbcClient.class);
		Instant start = Instant.now().minus(Duration.ofMinutes(5));
		jdbc.sql("""
				insert into trn_session (cohort_id, topic_code, title, starts_at, ends_at, venue, online_link, trainer_ids)
				values (?, 'MINDSET', 'ช่วงทดสอบโหลด', ?, ?, 'ห้องประชุม', null, '')""")
			.params(cohort.id(), Utc.of(start), Utc.of(start.plus(Duration.ofHours(2)))).update();
		long session = jdbc.sql("select max(id) from trn_session where cohort_id = ?").param(cohort.id())
			.query(Long.class).single();
		String link = node.getBean(AttendanceUseCases.class).checkInPath(PROVINCE, session);
		for (int i = 0; i < PER_COHORT; i++) {
			String token = registrations.register(cohort.registrationKey(), new TraineeDraft(
					"ผู้ทดสอบ " + c + "-" + i, "หน่วยงานทดสอบ", "GOVERNMENT", "", String.format("08%d%07d", c + 1, i), ""),
					true).accessToken();
			trainees.add(new Trainee(token, link));
		}
		return session;
	}

	private static Run checkIn(List<String> nodes, List<Trainee> trainees) throws Exception {
		Random random = new Random(SEED);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> baseline = new ConcurrentLinkedQueue<>();
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger firsts = new AtomicInteger();
		AtomicInteger repeats = new AtomicInteger();
		var scheduler = Executors.newScheduledThreadPool(THREADS);
		long begin = System.nanoTime();
		for (Trainee trainee : trainees) {
			long delayMs = (long) (random.nextDouble() * WINDOW_SECONDS * 1000);
			int node = random.nextInt(2);
			boolean scansTwice = random.nextDouble() < 0.2;
			boolean doubleTaps = random.nextDouble() < 0.1;
			scheduler.schedule(() -> {
				try {
					// the trivial page, timed under the same load as the check-in that follows
					long t0 = System.nanoTime();
					if (get(client(null), nodes.get(node) + "/verify").statusCode() == 200) {
						baseline.add((System.nanoTime() - t0) / 1_000_000);
					}
					HttpClient client = client(trainee.token());
					String csrf = csrf(get(client, nodes.get(node) + trainee.link()).body());
					if (doubleTaps) {
						Thread other = new Thread(() -> post(client, nodes.get(node), trainee, csrf, latencies, failures,
								repeats));
						other.start();
						post(client, nodes.get(node), trainee, csrf, latencies, failures, firsts);
						other.join();
					}
					else {
						post(client, nodes.get(node), trainee, csrf, latencies, failures, firsts);
					}
					if (scansTwice) {
						String again = nodes.get(1 - node);
						post(client, again, trainee, csrf(get(client, again + trainee.link()).body()), latencies, failures,
								repeats);
					}
				}
				catch (Exception e) {
					failures.incrementAndGet();
				}
			}, delayMs, TimeUnit.MILLISECONDS);
		}
		scheduler.shutdown();
		scheduler.awaitTermination(WINDOW_SECONDS + 60, TimeUnit.SECONDS);
		double wall = (System.nanoTime() - begin) / 1e9;
		return new Run(new ArrayList<>(latencies), new ArrayList<>(baseline), firsts.get(), repeats.get(), failures.get(), wall);
	}

	private static void post(HttpClient client, String node, Trainee trainee, String csrf,
			ConcurrentLinkedQueue<Long> latencies, AtomicInteger failures, AtomicInteger counter) {
		String query = trainee.link().substring(trainee.link().indexOf('?') + 1);
		String path = trainee.link().substring(0, trainee.link().indexOf('?'));
		String form = query + "&_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8);
		try {
			long t0 = System.nanoTime();
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(node + path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
			latencies.add((System.nanoTime() - t0) / 1_000_000);
			counter.incrementAndGet();
			if (response.statusCode() != 200 || !response.body().contains("checkin-done")) {
				failures.incrementAndGet();
			}
		}
		catch (IOException | InterruptedException e) {
			failures.incrementAndGet();
		}
	}

	private static HttpClient client(String traineeToken) {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		if (traineeToken != null) {
			HttpCookie cookie = new HttpCookie("scp_trainee", traineeToken);
			cookie.setPath("/");
			cookie.setVersion(0);
			cookies.getCookieStore().add(URI.create("http://127.0.0.1/"), cookie);
		}
		return HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER)
			.version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
	}

	private static HttpResponse<String> get(HttpClient client, String url) throws IOException, InterruptedException {
		return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String csrf(String html) {
		Matcher m = CSRF.matcher(html);
		if (!m.find()) {
			throw new IllegalStateException("no CSRF token on the check-in page");
		}
		return m.group(1);
	}

	private static long percentile(List<Long> values, int p) {
		List<Long> sorted = new ArrayList<>(values);
		Collections.sort(sorted);
		if (sorted.isEmpty()) {
			return 0;
		}
		return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
	}

	private static void print(String name, List<Long> values) {
		System.out.printf(Locale.ROOT, "%-26s n=%4d  p50=%4d ms  p95=%4d ms  p99=%4d ms  max=%4d ms%n", name,
				values.size(), percentile(values, 50), percentile(values, 95), percentile(values, 99),
				values.stream().mapToLong(Long::longValue).max().orElse(0));
	}
}
