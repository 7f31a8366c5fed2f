package org.smartcityplanner.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
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

	private static final Pattern RADIO = Pattern.compile("type=\"radio\" name=\"(q\\d+)\"[^>]*value=\"([^\"]+)\"");

	private SurveyLoadClient() {
	}

	public static void main(String[] args) throws Exception {
		List<String> nodes = Arrays.asList(args[0].split(","));
		String key = args[1];
		int clients = Integer.parseInt(args[2]);
		long seconds = Long.parseLong(args[3]);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> acked = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
		List<Respondent> respondents = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			respondents.add(new Respondent(new Failover(nodes, c, failures), key, latencies, acked));
		}
		double elapsed = TimedClients.run(respondents, seconds, failures);
		Files.write(Path.of(args[4]), acked);
		System.out.printf("acknowledged submissions: %d in %.1f s = %.1f per second%n", acked.size(), elapsed,
				acked.size() / elapsed);
		System.out.println("POST latency ms: " + Percentiles.ofNanos(latencies).summary());
		System.out.printf("requests that failed and were retried on the other node: %d%n", failures.size());
	}

	/** One virtual respondent with its own cookies (its session is in the database, so any node serves it). */
	static final class Respondent implements TimedClients.VirtualClient {

		private final Failover nodes;
		private final String key;
		private final ConcurrentLinkedQueue<Long> latencies;
		private final ConcurrentLinkedQueue<String> acked;
		private Map<String, String> form;
		private int n;

		Respondent(Failover nodes, String key, ConcurrentLinkedQueue<Long> latencies,
				ConcurrentLinkedQueue<String> acked) {
			this.nodes = nodes;
			this.key = key;
			this.latencies = latencies;
			this.acked = acked;
		}

		@Override
		public void prepare() throws Exception {
			String page = nodes.page("/survey/" + key);
			form = HtmlForms.hiddenFields(page);
			Matcher radio = RADIO.matcher(page);
			while (radio.find()) {
				form.putIfAbsent(radio.group(1), radio.group(2));
			}
			form.put("sector", "GENERAL_PUBLIC");
			form.put("website", "");
			Thread.sleep(3200);
		}

		@Override
		public void act() throws Exception {
			String submission = UUID.randomUUID().toString();
			form.put("submissionKey", submission);
			long latency = nodes.send(n++, node -> HtmlForms.post(node + "/survey/" + key, form),
					response -> response.statusCode() == 302
							&& response.headers().firstValue("Location").orElse("").endsWith("/thanks"));
			if (latency >= 0) {
				latencies.add(latency);
				acked.add(submission);
			}
		}
	}
}
