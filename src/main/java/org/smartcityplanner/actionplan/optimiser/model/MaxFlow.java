package org.smartcityplanner.actionplan.optimiser.model;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A small maximum-flow network (Edmonds–Karp) with integer capacities and lower bounds, enough for the funding
 * split of one project (a handful of sources and years).
 */
final class MaxFlow {

	static final long INFINITE = Long.MAX_VALUE / 4;

	private final int nodes;
	private int[] head;
	private int[] next = new int[16];
	private int[] to = new int[16];
	private long[] capacity = new long[16];
	private long[] lower = new long[16];
	private int arcs;
	private final long[] excess;

	MaxFlow(int nodes) {
		this.nodes = nodes;
		this.head = new int[nodes + 2];
		Arrays.fill(head, -1);
		this.excess = new long[nodes + 2];
	}

	/** Adds an arc carrying between {@code min} and {@code max}; returns its id for {@link #flow(int)}. */
	int arc(int from, int target, long min, long max) {
		int id = add(from, target, max - min);
		add(target, from, 0);
		lower[id] = min;
		excess[target] += min;
		excess[from] -= min;
		return id;
	}

	/**
	 * Whether a flow from {@code source} to {@code sink} meeting every lower and upper bound exists (any amount
	 * may go from source to sink); afterwards {@link #flow(int)} gives one.
	 */
	boolean feasible(int source, int sink) {
		int superSource = nodes;
		int superSink = nodes + 1;
		arc(sink, source, 0, INFINITE);
		long required = 0;
		for (int v = 0; v < nodes; v++) {
			if (excess[v] > 0) {
				add(superSource, v, excess[v]);
				add(v, superSource, 0);
				required += excess[v];
			}
			else if (excess[v] < 0) {
				add(v, superSink, -excess[v]);
				add(superSink, v, 0);
			}
		}
		return maxFlow(superSource, superSink) == required;
	}

	/** Flow on an arc (lower bound included). */
	long flow(int arcId) {
		return lower[arcId] + capacity[arcId ^ 1];
	}

	private int add(int from, int target, long cap) {
		if (arcs == to.length) {
			next = Arrays.copyOf(next, arcs * 2);
			to = Arrays.copyOf(to, arcs * 2);
			capacity = Arrays.copyOf(capacity, arcs * 2);
			lower = Arrays.copyOf(lower, arcs * 2);
		}
		to[arcs] = target;
		capacity[arcs] = cap;
		next[arcs] = head[from];
		head[from] = arcs;
		return arcs++;
	}

	private long maxFlow(int source, int sink) {
		long total = 0;
		int[] via = new int[nodes + 2];
		while (true) {
			Arrays.fill(via, -1);
			var queue = new ArrayDeque<Integer>();
			queue.add(source);
			via[source] = -2;
			while (!queue.isEmpty() && via[sink] == -1) {
				int v = queue.poll();
				for (int a = head[v]; a != -1; a = next[a]) {
					if (capacity[a] > 0 && via[to[a]] == -1) {
						via[to[a]] = a;
						queue.add(to[a]);
					}
				}
			}
			if (via[sink] == -1) {
				return total;
			}
			long push = INFINITE;
			for (int v = sink; v != source; v = to[via[v] ^ 1]) {
				push = Math.min(push, capacity[via[v]]);
			}
			for (int v = sink; v != source; v = to[via[v] ^ 1]) {
				capacity[via[v]] -= push;
				capacity[via[v] ^ 1] += push;
			}
			total += push;
		}
	}
}
