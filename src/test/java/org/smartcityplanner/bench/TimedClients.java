package org.smartcityplanner.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.CountDownLatch;

/**
 * The open window of the load clients ({@code bench/survey-load.sh}, {@code bench/public-load.sh}): every virtual
 * client prepares on a thread of its own (opens its forms, waits out the spam guard's seconds), then all act at
 * once, each as fast as the server answers, until the window closes. A client whose preparation or action throws
 * stops; the exception is counted as a failure.
 */
final class TimedClients {

	/** One virtual person with its own session. */
	interface VirtualClient {

		/** Before the window: open the forms, as a person would. */
		void prepare() throws Exception;

		/** One action (a submission, with its retries), repeated until the window closes. */
		void act() throws Exception;
	}

	private TimedClients() {
	}

	/** Runs the clients for {@code seconds} after all are prepared; returns the window's length in seconds. */
	static double run(List<? extends VirtualClient> clients, long seconds, Queue<String> failures)
			throws InterruptedException {
		CountDownLatch ready = new CountDownLatch(clients.size());
		CountDownLatch go = new CountDownLatch(1);
		long[] end = new long[1];
		List<Thread> threads = new ArrayList<>();
		for (VirtualClient client : clients) {
			Thread thread = new Thread(() -> {
				try {
					try {
						client.prepare();
					}
					finally {
						ready.countDown();
					}
					go.await();
					while (System.nanoTime() < end[0]) {
						client.act();
					}
				}
				catch (Exception e) {
					failures.add(e.toString());
				}
			});
			thread.start();
			threads.add(thread);
		}
		ready.await();
		long start = System.nanoTime();
		end[0] = start + seconds * 1_000_000_000L;
		go.countDown(); // publishes end[0] to the clients (happens-before through the latch)
		for (Thread thread : threads) {
			thread.join();
		}
		return (System.nanoTime() - start) / 1e9;
	}
}
