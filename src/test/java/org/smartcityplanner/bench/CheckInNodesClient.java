package org.smartcityplanner.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.smartcityplanner.bench.CheckInSetup.PreparedCohort;
import org.smartcityplanner.bench.CheckInSetup.Trainee;

/**
 * Load client of QR check-in on two application processes (not a test: surefire does not run it; see
 * {@code bench/training-check-in.sh}, which starts the nodes on a fresh PostgreSQL database and counts the rows).
 *
 * <p>Prepares two cohorts of 60 trainees with one open session each through the application's pages
 * ({@link CheckInSetup}), then lets all 120 trainees arrive at random moments within 30 seconds. Each trainee opens
 * the session's signed check-in link on node 1 or node 2 at random and presses the button there; one in five scans
 * again a moment later on the other node (which shows "already checked in", or the button if the first press is
 * still on its way, then pressed), and one in ten double-taps: the same token and form sent at once to both
 * nodes. It prints p50/p95/p99 of the check-in POST next to a trivial public page ({@code /verify}, fetched by every
 * trainee just before checking in, so under the same load) and writes the two session ids to
 * {@code OUTDIR/sessions.txt} for the script's count in PostgreSQL. Traffic goes to 127.0.0.1 only.
 *
 * <p>Arguments: {@code http://node1,http://node2 PROVINCE OUTDIR}. System properties: {@code bench.trainees} per
 * cohort (60), {@code bench.seconds} arrival window (30), {@code bench.threads} client threads (32),
 * {@code bench.seed} (2570).
 */
public final class CheckInNodesClient {

	private static final int PER_COHORT = Integer.getInteger("bench.trainees", 60);
	private static final int WINDOW_SECONDS = Integer.getInteger("bench.seconds", 30);
	private static final int THREADS = Integer.getInteger("bench.threads", 32);
	private static final long SEED = Long.getLong("bench.seed", 2570);

	private CheckInNodesClient() {
	}

	record Run(List<Long> latencies, List<Long> baseline, int firsts, int repeats, int rescansShownDone, int failures,
			Map<String, Integer> failureReasons, double wallSeconds) {
	}

	public static void main(String[] args) throws Exception {
		List<String> nodes = List.of(args[0].split(","));
		Path out = Path.of(args[2]);
		long started = System.nanoTime();
		CheckInSetup setup = CheckInSetup.signIn(nodes, args[1]);
		List<PreparedCohort> cohorts = new ArrayList<>();
		List<Trainee> trainees = new ArrayList<>();
		for (int c = 0; c < 2; c++) {
			PreparedCohort cohort = setup.cohort("รุ่นทดสอบการลงเวลา " + (c + 1) + " " + System.currentTimeMillis(),
					PER_COHORT, c + 1);
			cohorts.add(cohort);
			trainees.addAll(cohort.trainees());
		}
		Files.writeString(out.resolve("sessions.txt"), cohorts.get(0).sessionId() + "," + cohorts.get(1).sessionId());
		System.out.printf(Locale.ROOT, "prepared through the pages of %s in %.0f s: cohorts %d and %d (sessions %d and"
				+ " %d), %d trainees registered on the public form of either node%n", args[0],
				(System.nanoTime() - started) / 1e9, cohorts.get(0).cohortId(), cohorts.get(1).cohortId(),
				cohorts.get(0).sessionId(), cohorts.get(1).sessionId(), trainees.size());
		// warm both nodes (JIT, template cache) on the trivial page and the check-in page, without checking in
		for (int i = 0; i < 30; i++) {
			for (String node : nodes) {
				CheckInSetup.get(CheckInSetup.client(null), node + "/verify");
				CheckInSetup.get(CheckInSetup.client(trainees.get(i).token()), node + trainees.get(i).link());
			}
		}
		Run run = checkIn(nodes, trainees);
		print("trivial page GET /verify", run.baseline());
		print("check-in POST", run.latencies());
		System.out.printf(Locale.ROOT, "check-in p99 / trivial p99 = %.1f%n",
				Percentiles.ofNanos(run.latencies()).nanos(99) / Math.max(1, Percentiles.ofNanos(run.baseline()).nanos(99)));
		System.out.printf(Locale.ROOT,
				"%d trainees (%d per cohort) arrived within %d s (%.1f s wall); %d check-in POSTs (%d first, %d repeat),"
						+ " %d second scans shown \"already checked in\" without a button, %d failed responses %s%n",
				trainees.size(), PER_COHORT, WINDOW_SECONDS, run.wallSeconds(), run.latencies().size(), run.firsts(),
				run.repeats(), run.rescansShownDone(), run.failures(), run.failureReasons());
		System.exit(run.failures() == 0 ? 0 : 1);
	}

	private static Run checkIn(List<String> nodes, List<Trainee> trainees) throws Exception {
		Random random = new Random(SEED);
		ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> baseline = new ConcurrentLinkedQueue<>();
		AtomicInteger failures = new AtomicInteger();
		AtomicInteger firsts = new AtomicInteger();
		AtomicInteger repeats = new AtomicInteger();
		AtomicInteger rescansShownDone = new AtomicInteger();
		Map<String, Integer> reasons = new ConcurrentHashMap<>();
		var scheduler = Executors.newScheduledThreadPool(THREADS);
		long begin = System.nanoTime();
		for (Trainee trainee : trainees) {
			long delayMs = (long) (random.nextDouble() * WINDOW_SECONDS * 1000);
			int node = random.nextInt(2);
			boolean scansTwice = random.nextDouble() < 0.2;
			boolean doubleTaps = random.nextDouble() < 0.1;
			Recorder recorder = new Recorder(trainee, latencies, failures, reasons);
			scheduler.schedule(() -> {
				try {
					// the trivial page, timed under the same load as the check-in that follows
					long t0 = System.nanoTime();
					if (CheckInSetup.get(CheckInSetup.client(null), nodes.get(node) + "/verify").statusCode() == 200) {
						baseline.add(System.nanoTime() - t0);
					}
					HttpClient phone = CheckInSetup.client(trainee.token());
					String csrf = CheckInSetup.csrf(CheckInSetup.get(phone, nodes.get(node) + trainee.link()).body());
					if (doubleTaps) {
						// the same token and form at once on both nodes: the database decides which one records it
						Thread other = new Thread(() -> recorder.post(phone, nodes.get(1 - node), csrf, repeats));
						other.start();
						recorder.post(phone, nodes.get(node), csrf, firsts);
						other.join();
					}
					else {
						recorder.post(phone, nodes.get(node), csrf, firsts);
					}
					if (scansTwice) {
						// scanning again on the other node: the page says when the first scan counted, or offers the
						// button again while the first is still on its way (then it is pressed)
						String again = nodes.get(1 - node);
						String page = CheckInSetup.get(phone, again + trainee.link()).body();
						if (page.contains("checkin-done")) {
							rescansShownDone.incrementAndGet();
						}
						else {
							recorder.post(phone, again, CheckInSetup.csrf(page), repeats);
						}
					}
				}
				catch (Exception e) {
					recorder.failed(e.getClass().getSimpleName() + ": " + e.getMessage());
				}
			}, delayMs, TimeUnit.MILLISECONDS);
		}
		scheduler.shutdown();
		scheduler.awaitTermination(WINDOW_SECONDS + 120, TimeUnit.SECONDS);
		double wall = (System.nanoTime() - begin) / 1e9;
		return new Run(new ArrayList<>(latencies), new ArrayList<>(baseline), firsts.get(), repeats.get(),
				rescansShownDone.get(), failures.get(), new TreeMap<>(reasons), wall);
	}

	/** Sends a trainee's check-in form and records its latency; anything but the "checked in" page is a failure. */
	private record Recorder(Trainee trainee, ConcurrentLinkedQueue<Long> latencies, AtomicInteger failures,
			Map<String, Integer> reasons) {

		void failed(String reason) {
			failures.incrementAndGet();
			reasons.merge(reason, 1, Integer::sum);
		}

		void post(HttpClient phone, String node, String csrf, AtomicInteger counter) {
			String link = trainee.link();
			String form = link.substring(link.indexOf('?') + 1) + "&_csrf=" + CheckInSetup.encode(csrf);
			try {
				long t0 = System.nanoTime();
				HttpResponse<String> response = phone.send(
						HttpRequest.newBuilder(URI.create(node + link.substring(0, link.indexOf('?'))))
							.timeout(Duration.ofSeconds(30)).header("Content-Type", "application/x-www-form-urlencoded")
							.POST(HttpRequest.BodyPublishers.ofString(form)).build(),
						HttpResponse.BodyHandlers.ofString());
				latencies.add(System.nanoTime() - t0);
				counter.incrementAndGet();
				if (response.statusCode() != 200 || !response.body().contains("checkin-done")) {
					failed("POST answered " + response.statusCode() + (response.body().contains("checkin-refused")
							? " (refused)" : ""));
				}
			}
			catch (IOException | InterruptedException e) {
				failed(e.getClass().getSimpleName() + ": " + e.getMessage());
			}
		}
	}

	private static void print(String name, List<Long> nanos) {
		Percentiles p = Percentiles.ofNanos(nanos);
		System.out.printf(Locale.ROOT, "%-26s n=%4d  p50=%6.1f ms  p95=%6.1f ms  p99=%6.1f ms  max=%6.1f ms%n", name,
				p.count(), p.millis(50), p.millis(95), p.millis(99), p.millis(100));
	}
}
