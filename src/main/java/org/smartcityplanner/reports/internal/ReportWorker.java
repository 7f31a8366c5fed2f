package org.smartcityplanner.reports.internal;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every node polls the job queue and runs one job at a time on a thread of its own, so generation never holds
 * a request thread or the scheduler. No scheduler lock is needed: the claim itself is atomic, and several
 * nodes may each run a different job. Claims whose heartbeat stopped are put back in the queue here too.
 */
@Component
class ReportWorker implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(ReportWorker.class);

	private final JobStore jobs;
	private final BookGenerator generator;
	private final Clock clock;
	private final Duration staleAfter;
	private final String node;
	private final AtomicBoolean busy = new AtomicBoolean();
	private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "report-worker");
		thread.setDaemon(true);
		return thread;
	});

	ReportWorker(JobStore jobs, BookGenerator generator, Clock clock,
			@Value("${scp.reports.stale-after:PT15M}") Duration staleAfter) {
		this.jobs = jobs;
		this.generator = generator;
		this.clock = clock;
		this.staleAfter = staleAfter;
		this.node = ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
	}

	// the first poll waits for start-up to settle; tests that boot a context of their own shorten it
	@Scheduled(fixedDelayString = "${scp.reports.poll-interval:PT2S}",
			initialDelayString = "${scp.reports.initial-delay:PT5S}")
	void poll() {
		if (!busy.compareAndSet(false, true)) {
			return;
		}
		try {
			int recovered = jobs.recoverStale(clock.instant().minus(staleAfter), 3, clock.instant());
			if (recovered > 0) {
				log.warn("Put {} report job(s) of a stopped node back in the queue", recovered);
			}
			Optional<JobStore.Claim> claim = jobs.claimNext(node, clock.instant());
			if (claim.isEmpty()) {
				busy.set(false);
				return;
			}
			executor.execute(() -> {
				try {
					generator.run(claim.get());
				}
				finally {
					busy.set(false);
				}
			});
		}
		catch (RuntimeException ex) {
			busy.set(false);
			log.warn("Report queue poll failed: {}", ex.getMessage());
		}
	}

	/** Runs queued jobs one after another on the calling thread until the queue is empty (tests, tools). */
	int drain() {
		int ran = 0;
		Optional<JobStore.Claim> claim;
		while ((claim = jobs.claimNext(node, clock.instant())).isPresent()) {
			generator.run(claim.get());
			ran++;
		}
		return ran;
	}

	@Override
	public void destroy() {
		executor.shutdownNow();
	}
}
