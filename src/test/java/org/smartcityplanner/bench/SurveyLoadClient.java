package org.smartcityplanner.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load generator of {@code bench/survey-load.sh} (not a test): {@code clients} virtual respondents, each with its own
 * cookies and kept-alive connections ({@link RawHttpConnection}), open the public survey form once on one of the
 * nodes, wait the guard's 3 seconds, then send answers as fast as the server acknowledges them for {@code seconds},
 * every answer with a fresh submission key. A request that fails (a node killed) is sent again with the same key to
 * the other node, as a phone's retry would; the key counts as acknowledged only when a node answered with the
 * redirect to the thanks page, and its latency runs from the first attempt to that answer (a retry's wait
 * included). Prints the submissions per second, p50/p95/p99 of the acknowledged submissions and the CPU time this
 * client used (it shares the machine with the nodes), and writes the acknowledged keys to a file, which the script
 * checks against the database.
 *
 * <p>Arguments: node base URLs (comma-separated), survey public key, clients, seconds, output file.
 */
public final class SurveyLoadClient {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|stamp)\" value=\"([^\"]+)\"");
	private static final Pattern RADIO = Pattern.compile("type=\"radio\" name=\"(q\\d+)\"[^>]*value=\"([^\"]+)\"");

	private SurveyLoadClient() {
	}

	public static void main(String[] args) throws Exception {
		List<URI> nodes = Arrays.stream(args[0].split(",")).map(URI::create).toList();
		String key = args[1];
		int clients = Integer.parseInt(args[2]);
		long seconds = Long.parseLong(args[3]);
		Path out = Path.of(args[4]);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		CountDownLatch ready = new CountDownLatch(clients);
		long[] window = new long[2];
		List<Thread> threads = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int id = c;
			Thread thread = new Thread(() -> {
				try (Respondent respondent = new Respondent(nodes, id, key)) {
					respondent.run(ready, window, seconds, latencies, acked, failures);
				}
				catch (Exception e) {
					failures.add(e.toString());
					ready.countDown();
				}
			}, "respondent-" + c);
			thread.setDaemon(true);
			thread.start();
			threads.add(thread);
		}
		ready.await();
		long cpuAtStart = cpuNanos();
		synchronized (window) {
			window[0] = System.nanoTime();
			window.notifyAll();
		}
		for (Thread t : threads) {
			t.join();
		}
		double elapsed = (System.nanoTime() - window[0]) / 1e9;
		double cpu = (cpuNanos() - cpuAtStart) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		Files.write(out, acked);
		System.out.printf("acknowledged submissions: %d in %.1f s = %.1f per second%n", acked.size(), elapsed,
				acked.size() / elapsed);
		System.out.printf("latency ms (first attempt to acknowledgement): p50 %.1f  p95 %.1f  p99 %.1f  max %.1f  (n=%d)%n",
				pct(sorted, 50), pct(sorted, 95), pct(sorted, 99), pct(sorted, 100), sorted.size());
		System.out.printf("load client CPU: %.1f s in the run = %.2f ms per acknowledged submission%n", cpu,
				acked.isEmpty() ? 0 : 1000 * cpu / acked.size());
		Map<String, Long> why = new java.util.TreeMap<>();
		failures.forEach(f -> why.merge(f, 1L, Long::sum));
		System.out.printf("requests that failed and were retried on the other node: %d %s%n", failures.size(), why);
	}

	/** CPU time of this process (every thread), in nanoseconds. */
	private static long cpuNanos() {
		return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
	}

	/** One virtual respondent with its own cookies and a connection per node. */
	static final class Respondent implements AutoCloseable {

		private final List<URI> nodes;
		private final int id;
		private final String key;
		private final Map<String, String> cookies = new LinkedHashMap<>();
		private final List<RawHttpConnection> connections = new ArrayList<>();
		private final StringBuilder form = new StringBuilder();

		Respondent(List<URI> nodes, int id, String key) {
			this.nodes = nodes;
			this.id = id;
			this.key = key;
			nodes.forEach(node -> connections.add(new RawHttpConnection(node, cookies)));
		}

		void run(CountDownLatch ready, long[] window, long seconds, ConcurrentLinkedQueue<Long> latencies,
				ConcurrentLinkedQueue<String> acked, ConcurrentLinkedQueue<String> failures) throws Exception {
			String page = connection(0).get("/survey/" + key).body();
			Map<String, String> fields = new LinkedHashMap<>();
			Matcher hidden = HIDDEN.matcher(page);
			while (hidden.find()) {
				fields.put(hidden.group(1), hidden.group(2));
			}
			Matcher radio = RADIO.matcher(page);
			while (radio.find()) {
				fields.putIfAbsent(radio.group(1), radio.group(2));
			}
			fields.put("sector", "GENERAL_PUBLIC");
			fields.put("website", "");
			fields.forEach((k, v) -> form.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			Thread.sleep(3200);
			ready.countDown();
			synchronized (window) {
				while (window[0] == 0) {
					window.wait();
				}
			}
			long end = window[0] + seconds * 1_000_000_000L;
			int n = 0;
			while (System.nanoTime() < end) {
				String submission = UUID.randomUUID().toString();
				long start = System.nanoTime();
				for (int attempt = 0; attempt < 6; attempt++) {
					try {
						RawHttpConnection.Answer answer = connection(n + attempt).postForm("/survey/" + key,
								"submissionKey=" + submission + form);
						if (answer.status() == 302 && answer.header("location").endsWith("/thanks")) {
							latencies.add(System.nanoTime() - start);
							acked.add(submission);
							break;
						}
						failures.add("status " + answer.status());
					}
					catch (IOException e) {
						failures.add(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
					}
				}
				n++;
			}
		}

		private RawHttpConnection connection(int n) {
			return connections.get((id + n) % nodes.size());
		}

		@Override
		public void close() {
			connections.forEach(RawHttpConnection::close);
		}
	}
}
