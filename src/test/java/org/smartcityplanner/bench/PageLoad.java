package org.smartcityplanner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
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
import java.util.function.LongSupplier;

/**
 * The page benchmarks' closed loop ({@code bench/plan-pages.sh}, {@code bench/idea-pages.sh}): concurrent users,
 * each with a session of its own, send GETs of a page one after the other without think time (as many requests in
 * flight as users); every response must be 200 with the page's marker in the body. The table prints
 * p50/p95/p99 next to a trivial page measured in the same run (the first page), so the ratio says what the page
 * itself costs on this machine, which other processes may share.
 */
final class PageLoad {

	static final int DEFAULT_USERS = 20;

	/** Concurrent users (system property {@code bench.users}, 20). */
	static final int USERS = Integer.getInteger("bench.users", DEFAULT_USERS);

	/** GETs per user and page measured ({@code bench.requests}, 25). */
	static final int REQUESTS_PER_USER = Integer.getInteger("bench.requests", 25);

	/** GETs per user and page before measuring ({@code bench.warmup}, 5, at most {@link #WARMUP_CAP} a page). */
	static final int WARMUP_PER_USER = Integer.getInteger("bench.warmup", 5);

	/** Longest a page is measured ({@code bench.capSeconds}, 20 s). */
	static final Duration PAGE_CAP = Duration.ofSeconds(Long.getLong("bench.capSeconds", 20));

	static final Duration WARMUP_CAP = Duration.ofSeconds(6);

	/**
	 * A page under test.
	 *
	 * @param name short name for the table
	 * @param path the address
	 * @param marker text every good response contains
	 */
	record Page(String name, String path, String marker) {
	}

	/**
	 * What one page's run measured.
	 *
	 * @param page the page
	 * @param latenciesNanos every completed request, successful or not
	 * @param errors what went wrong, one line each
	 * @param bytes body size of the last good response
	 * @param capped whether the time cap stopped the run early
	 * @param seconds wall time of the run
	 * @param cpuShare CPU time of the measured processes during the run over wall time × processors, or NaN where
	 *     unknown
	 */
	record Result(Page page, long[] latenciesNanos, List<String> errors, int bytes, boolean capped, double seconds,
			double cpuShare) {

		long percentileMillis(double percentile) {
			return Math.round(percentileNanos(percentile) / 1e6);
		}

		double percentileNanos(double percentile) {
			return Percentiles.ofNanos(latenciesNanos).nanos(percentile);
		}
	}

	private PageLoad() {
	}

	/** The load as one line for the output. */
	static String settings(String who) {
		return String.format(Locale.ROOT, "load: %d %s × %d sequential GETs per page (warm-up %d each), cap %d s per page",
				USERS, who, REQUESTS_PER_USER, WARMUP_PER_USER, PAGE_CAP.toSeconds());
	}

	/**
	 * Warms every page up, measures each under all users, then each by one user alone, and prints the table.
	 *
	 * @param pages the trivial page first, then the pages under test
	 * @param cpuNanos CPU time so far of the processes whose share is printed (-1 where unknown)
	 * @return 0, or 1 when any request failed
	 */
	static int measure(String base, List<HttpClient> users, List<Page> pages, LongSupplier cpuNanos,
			long targetP95Ms) throws IOException, InterruptedException {
		for (Page page : pages) {
			run(base, users, page, WARMUP_PER_USER, WARMUP_CAP, cpuNanos);
		}
		List<Result> results = new ArrayList<>();
		for (Page page : pages) {
			results.add(run(base, users, page, REQUESTS_PER_USER, PAGE_CAP, cpuNanos));
		}
		List<Long> solo = new ArrayList<>();
		for (Page page : pages) {
			solo.add(soloMedian(base, users.get(0), page, 9));
		}
		return printTable(results, solo, targetP95Ms);
	}

	static HttpRequest get(String base, String path) {
		// what a browser accepts: HTML first, anything else (the trivial health check's JSON) after it
		return HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "text/html,*/*;q=0.8")
			.header("Accept-Language", "th").timeout(Duration.ofSeconds(60)).GET().build();
	}

	/**
	 * Every user sends {@code perUser} GETs one after the other, all users at once, until done or the cap.
	 *
	 * @param cpuNanos CPU time so far of the processes whose share is printed (-1 where unknown)
	 */
	private static Result run(String base, List<HttpClient> users, Page page, int perUser, Duration cap,
			LongSupplier cpuNanos) throws InterruptedException {
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
		long cpuBefore = cpuNanos.getAsLong();
		long started = System.nanoTime();
		go.countDown();
		for (Thread thread : threads) {
			thread.join();
		}
		long wall = System.nanoTime() - started;
		long cpuAfter = cpuNanos.getAsLong();
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

	/** Prints the table; returns 1 when any request failed. */
	private static int printTable(List<Result> results, List<Long> solo, long targetP95Ms) {
		double trivialP95 = results.get(0).percentileNanos(95);
		System.out.println();
		System.out.printf(Locale.ROOT, "%-10s %-36s %8s %6s %6s %6s %6s %6s %7s %7s %5s %6s %6s %10s%n", "page",
				"path", "requests", "errors", "p50_ms", "p95_ms", "p99_ms", "max_ms", "req/s", "kB", "cpu", "solo",
				"ratio", "p95<=" + targetP95Ms + "ms");
		int totalErrors = 0;
		for (int i = 0; i < results.size(); i++) {
			Result result = results.get(i);
			totalErrors += result.errors().size();
			double ratio = result.percentileNanos(95) / trivialP95;
			boolean ok = result.percentileMillis(95) <= targetP95Ms;
			System.out.printf(Locale.ROOT, "%-10s %-36s %8d %6d %6d %6d %6d %6d %7.1f %7d %4.0f%% %6d %5.1fx %10s%n",
					result.page().name(), result.page().path(), result.latenciesNanos().length, result.errors().size(),
					result.percentileMillis(50), result.percentileMillis(95), result.percentileMillis(99),
					result.percentileMillis(100), result.latenciesNanos().length / result.seconds(),
					result.bytes() / 1024, 100 * result.cpuShare(), solo.get(i), ratio,
					(ok ? "yes" : "NO") + (result.capped() ? " (capped)" : ""));
		}
		System.out.println("solo = median of 9 requests by one user alone after the load; ratio = p95 / p95 of trivial");
		System.out.println("cpu = share of all CPUs the server and the client used during the page's run; well under"
				+ " 100% while latencies are high means other processes were using the machine");
		for (Result result : results) {
			result.errors().stream().limit(5)
				.forEach(error -> System.out.println("error " + result.page().name() + ": " + error));
		}
		return totalErrors == 0 ? 0 : 1;
	}

	/** CPU time of this JVM so far, or -1 where the platform does not tell. */
	static long processCpuNanos() {
		if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
			return os.getProcessCpuTime();
		}
		return -1;
	}

	/** The 1, 5 and 15 minute load averages where the system tells them (Linux), else "n/a". */
	static String loadAverage() {
		try {
			String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
			return parts[0] + " " + parts[1] + " " + parts[2];
		}
		catch (IOException | RuntimeException e) {
			return "n/a";
		}
	}
}
