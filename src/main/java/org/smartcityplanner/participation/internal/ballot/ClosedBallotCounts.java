package org.smartcityplanner.participation.internal.ballot;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The counts of closed ballots this node has worked out, so that their result pages do not count again on every
 * view (the Method of Equal Shares with completion takes a second or two for 50,000 voters). Safe to keep on one
 * node while others run: a closed ballot never changes — its items and title are edited only as a draft, and paper
 * ballots are confirmed only while it is open — so every node computes the same count. Bounded, least recently used
 * first out.
 *
 * @param <C> what a count is
 */
final class ClosedBallotCounts<C> {

	private static final int MOST_KEPT = 16;

	private final Map<Long, C> counts = new LinkedHashMap<>(MOST_KEPT, 0.75f, true) {

		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, C> eldest) {
			return size() > MOST_KEPT;
		}
	};

	/** The ballot's count, worked out by {@code count} only when this node has not kept it (outside the lock). */
	C get(long ballotId, Supplier<C> count) {
		synchronized (counts) {
			C kept = counts.get(ballotId);
			if (kept != null) {
				return kept;
			}
		}
		C fresh = count.get();
		synchronized (counts) {
			counts.put(ballotId, fresh);
		}
		return fresh;
	}
}
