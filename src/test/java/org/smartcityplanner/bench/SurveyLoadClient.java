package org.smartcityplanner.bench;

import java.io.IOException;
import java.net.CookieManager;
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
 * session, open the public survey form once on one of the nodes, wait the guard's 3 seconds, then send answers as
 * fast as the server acknowledges them for {@code seconds}, every answer with a fresh submission key. A request
 * that fails (a node killed) is sent again with the same key to the other node, as a phone's retry would; the
 * key counts as acknowledged only when a node answered with the redirect to the thanks page. Prints the
 * submissions per second and p50/p95/p99 of the acknowledged POSTs and writes the acknowledged keys to a file,
 * which the script checks against the database.
 *
 * <p>Arguments: node base URLs (comma-separated), survey public key, clients, seconds, output file.
 */
public final class SurveyLoadClient {

	private static final Pattern HIDDEN = Pattern.compile("name=\"(_csrf|stamp)\" value=\"([^\"]+)\"");
	private static final Pattern RADIO = Pattern.compile("type=\"radio\" name=\"(q\\d+)\"[^>]*value=\"([^\"]+)\"");

	private SurveyLoadClient() {
	}

	public static void main(String[] args) throws Exception {
		List<String> nodes = Arrays.asList(args[0].split(","));
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
				try {
					new Respondent(nodes, id, key).run(ready, window, seconds, latencies, acked, failures);
				}
				catch (Exception e) {
					failures.add(e.toString());
					ready.countDown();
				}
			});
			thread.start();
			threads.add(thread);
		}
		ready.await();
		synchronized (window) {
			window[0] = System.nanoTime();
			window.notifyAll();
		}
		for (Thread t : threads) {
			t.join();
		}
		double elapsed = (System.nanoTime() - window[0]) / 1e9;
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		Files.write(out, acked);
		System.out.printf("acknowledged submissions: %d in %.1f s = %.1f per second%n", acked.size(), elapsed,
				acked.size() / elapsed);
		System.out.printf("POST latency ms: p50 %.1f  p95 %.1f  p99 %.1f  (n=%d)%n", pct(sorted, 50), pct(sorted, 95),
				pct(sorted, 99), sorted.size());
		System.out.printf("requests that failed and were retried on the other node: %d%n", failures.size());
	}

	static double pct(List<Long> sorted, int p) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1e6;
	}

	/** One virtual respondent with its own cookies (its session is in the database, so any node serves it). */
	static final class Respondent {

		private final List<String> nodes;
		private final int id;
		private final String key;
		private final HttpClient http;
		private final Map<String, String> form = new LinkedHashMap<>();

		Respondent(List<String> nodes, int id, String key) {
			this.nodes = nodes;
			this.id = id;
			this.key = key;
			this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(2))
				.followRedirects(HttpClient.Redirect.NEVER).build();
		}

		void run(CountDownLatch ready, long[] window, long seconds, ConcurrentLinkedQueue<Long> latencies,
				ConcurrentLinkedQueue<String> acked, ConcurrentLinkedQueue<String> failures) throws Exception {
			String page = http.send(HttpRequest.newBuilder(URI.create(node(0) + "/survey/" + key)).build(),
					HttpResponse.BodyHandlers.ofString()).body();
			Matcher hidden = HIDDEN.matcher(page);
			while (hidden.find()) {
				form.put(hidden.group(1), hidden.group(2));
			}
			Matcher radio = RADIO.matcher(page);
			while (radio.find()) {
				form.putIfAbsent(radio.group(1), radio.group(2));
			}
			form.put("sector", "GENERAL_PUBLIC");
			form.put("website", "");
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
				for (int attempt = 0; attempt < 6; attempt++) {
					long start = System.nanoTime();
					try {
						HttpResponse<Void> response = http.send(post(node(n + attempt), submission),
								HttpResponse.BodyHandlers.discarding());
						if (response.statusCode() == 302 && response.headers().firstValue("Location").orElse("")
							.endsWith("/thanks")) {
							latencies.add(System.nanoTime() - start);
							acked.add(submission);
							break;
						}
						failures.add("status " + response.statusCode());
					}
					catch (IOException e) {
						failures.add(e.getClass().getSimpleName());
					}
				}
				n++;
			}
		}

		private String node(int n) {
			return nodes.get((id + n) % nodes.size());
		}

		private HttpRequest post(String node, String submission) {
			StringBuilder body = new StringBuilder("submissionKey=" + submission);
			form.forEach((k, v) -> body.append('&').append(k).append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
			return HttpRequest.newBuilder(URI.create(node + "/survey/" + key)).timeout(Duration.ofSeconds(10))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body.toString())).build();
		}
	}
}
