package org.smartcityplanner.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.smartcityplanner.bench.PageLoad.Page;

/**
 * Client of {@code bench/national.sh} (not a test): the public national overview of 77 provinces and 150 target
 * areas, read by {@value PageLoad#DEFAULT_USERS} concurrent citizens without an account (each with a session of its
 * own), next to a trivial page ({@code /actuator/health}) measured in the same run. Pages: the overview, the
 * overview sorted by stage, its JSON API and its CSV export. Goal: p95 ≤ {@value #TARGET_P95_MS} ms. The server runs
 * as its own process; its CPU time is read from {@code /proc} so the table's cpu column covers server and client.
 *
 * <p>Arguments: base URL, the server's process id. System properties as {@link IdeaPagesBenchmark}.
 */
public final class NationalPagesBenchmark {

	static final long TARGET_P95_MS = 100;

	/** Clock ticks per second of /proc's CPU times (USER_HZ, 100 on Linux). */
	private static final long TICKS_PER_SECOND = 100;

	private NationalPagesBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		String base = args[0];
		long serverPid = Long.parseLong(args[1]);
		List<Page> pages = List.of(new Page("trivial", "/actuator/health", "\"UP\""),
				new Page("overview", "/public/national", "id=\"tiles\""),
				new Page("by-stage", "/public/national?sort=stage", "id=\"tiles\""),
				new Page("api", "/api/v1/public/national", "\"provinces\""),
				new Page("csv", "/public/national/export.csv", "TH-65"));
		System.out.println(PageLoad.settings("citizens") + "; load average " + PageLoad.loadAverage());
		List<HttpClient> users = new ArrayList<>();
		for (int i = 0; i < PageLoad.USERS; i++) {
			users.add(HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
				.followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1)
				.connectTimeout(Duration.ofSeconds(5)).build());
		}
		int exit = PageLoad.measure(base, users, pages, () -> cpuNanos(serverPid), TARGET_P95_MS);
		System.out.println("load average at the end " + PageLoad.loadAverage());
		System.exit(exit);
	}

	/** CPU time of the server process and of this client so far, or -1 where /proc does not tell. */
	private static long cpuNanos(long serverPid) {
		long client = PageLoad.processCpuNanos();
		try {
			String stat = Files.readString(Path.of("/proc/" + serverPid + "/stat"));
			// fields after the command name (which may hold spaces, so split after its closing parenthesis)
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime
			return client < 0 ? -1 : client + ticks * (1_000_000_000L / TICKS_PER_SECOND);
		}
		catch (IOException | RuntimeException e) {
			return -1;
		}
	}
}
