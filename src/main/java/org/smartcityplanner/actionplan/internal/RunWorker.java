package org.smartcityplanner.actionplan.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartcityplanner.actionplan.OptimiserRun;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioOptimiser;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioProblem;
import org.smartcityplanner.actionplan.optimiser.model.PortfolioResult;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Solves queued runs in the background so no request waits for the solver. A run is queued in the database;
 * the node that saved it starts it right after the commit, and a sweep every few seconds starts any run no node
 * has started (e.g. its node stopped) and gives up on runs whose node died while solving. The row's status is
 * the lock: a node solves a run only after moving it from QUEUED to RUNNING itself.
 */
@Component
class RunWorker {

	private static final Logger log = LoggerFactory.getLogger(RunWorker.class);

	/** A run left queued this long was not picked up by the node that saved it. */
	static final Duration PICK_UP_AFTER = Duration.ofSeconds(5);

	/** A run running this long lost its node (runs take at most a minute plus explanations). */
	static final Duration STALE_AFTER = Duration.ofMinutes(15);

	private final RunStore runs;
	private final ObjectProvider<PortfolioOptimiser> optimiser;
	private final GreedyBaseline greedy;
	private final Clock clock;
	private final ThreadPoolExecutor executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
			new LinkedBlockingQueue<>(), runnable -> {
				Thread thread = new Thread(runnable, "optimiser-run");
				thread.setDaemon(true);
				return thread;
			});

	RunWorker(RunStore runs, ObjectProvider<PortfolioOptimiser> optimiser, GreedyBaseline greedy, Clock clock) {
		this.runs = runs;
		this.optimiser = optimiser;
		this.greedy = greedy;
		this.clock = clock;
	}

	/** Starts the run once the transaction that saved it has committed. */
	void startAfterCommit(long runId) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					submit(runId);
				}
			});
		}
		else {
			submit(runId);
		}
	}

	private void submit(long runId) {
		executor.execute(() -> solve(runId));
	}

	@Scheduled(fixedDelayString = "${scp.jobs.optimiser-sweep.delay:PT5S}")
	@SchedulerLock(name = "optimiser-run-sweep", lockAtMostFor = "PT1M")
	void sweep() {
		int stale = runs.failStale(clock.instant().minus(STALE_AFTER));
		if (stale > 0) {
			log.warn("Gave up on {} optimiser runs whose node stopped while solving", stale);
		}
		runs.queuedBefore(clock.instant().minus(PICK_UP_AFTER)).forEach(this::submit);
	}

	/** Solves one run if no other node has claimed it. */
	void solve(long runId) {
		if (!runs.claim(runId)) {
			return;
		}
		try {
			OptimiserRun run = runs.provinceOf(runId).flatMap(province -> runs.find(province, runId)).orElseThrow();
			PortfolioProblem problem = run.inputs().problem();
			PortfolioOptimiser solver = optimiser.getIfAvailable();
			if (solver == null) {
				runs.fail(runId, "no solver");
				return;
			}
			PortfolioResult result = solver.optimise(problem);
			PortfolioResult baseline = greedy.solve(problem);
			runs.finish(runId, result, baseline);
			log.info("Optimiser run {} finished: {} in {} ms", runId, result.status(), result.wallTime().toMillis());
		}
		catch (RuntimeException failure) {
			log.error("Optimiser run {} failed", runId, failure);
			runs.fail(runId, failure.getClass().getSimpleName());
		}
	}

	@PreDestroy
	void stop() {
		executor.shutdownNow();
	}
}
