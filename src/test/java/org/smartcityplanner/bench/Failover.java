package org.smartcityplanner.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A virtual client's connection to the application nodes, as a phone's retry behaves: a request that fails (a node
 * killed, a refused answer) is sent again, unchanged (same idempotency key), to the next node, at most
 * {@value #ATTEMPTS} times. Every client keeps its own cookies, so its session (stored in the database) follows
 * it to whichever node serves it. Only the attempt that was acknowledged is timed.
 */
final class Failover {

	static final int ATTEMPTS = 6;

	private final List<String> nodes;
	private final int first;
	private final Queue<String> failures;
	final HttpClient http;

	/**
	 * @param nodes the nodes' base URLs
	 * @param first which node this client starts on (clients are spread over the nodes)
	 * @param failures where every failed attempt is noted
	 */
	Failover(List<String> nodes, int first, Queue<String> failures) {
		this.nodes = nodes;
		this.first = first;
		this.failures = failures;
		this.http = HttpClient.newBuilder().cookieHandler(new CookieManager()).connectTimeout(Duration.ofSeconds(2))
			.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
	}

	/** The node the {@code n}th request goes to first. */
	String node(int n) {
		return nodes.get((first + n) % nodes.size());
	}

	/**
	 * Sends the request until a node acknowledges it.
	 *
	 * @param n the request's number (spreads requests over the nodes)
	 * @param request the request for a node's base URL
	 * @param acknowledged whether a response (with its body: some forms answer with a thanks page, not a redirect)
	 *     acknowledges the request
	 * @return the acknowledged attempt's latency in nanoseconds, or -1 when no attempt was acknowledged
	 */
	long send(int n, Function<String, HttpRequest> request, Predicate<HttpResponse<String>> acknowledged)
			throws InterruptedException {
		for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = http.send(request.apply(node(n + attempt)),
						HttpResponse.BodyHandlers.ofString());
				if (acknowledged.test(response)) {
					return System.nanoTime() - start;
				}
				failures.add("status " + response.statusCode());
			}
			catch (IOException e) {
				failures.add(e.getClass().getSimpleName());
			}
		}
		return -1;
	}

	/** A GET of a page on the client's first node, as text. */
	String page(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(
				HttpRequest.newBuilder(java.net.URI.create(node(0) + path)).timeout(Duration.ofSeconds(30)).build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException("GET " + path + ": status " + response.statusCode());
		}
		return response.body();
	}
}
