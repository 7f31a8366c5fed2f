package org.smartcityplanner.bench;

import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;

/** Latency percentiles of the benchmarks, by nearest rank (the smallest value with at least p % at or below it). */
final class Percentiles {

	private final long[] sortedNanos;

	private Percentiles(long[] nanos) {
		this.sortedNanos = nanos.clone();
		Arrays.sort(sortedNanos);
	}

	static Percentiles ofNanos(long[] nanos) {
		return new Percentiles(nanos);
	}

	static Percentiles ofNanos(Collection<Long> nanos) {
		return new Percentiles(nanos.stream().mapToLong(Long::longValue).toArray());
	}

	int count() {
		return sortedNanos.length;
	}

	/** The percentile in nanoseconds, NaN without values. */
	double nanos(double percentile) {
		if (sortedNanos.length == 0) {
			return Double.NaN;
		}
		int rank = (int) Math.ceil(percentile / 100.0 * sortedNanos.length);
		return sortedNanos[Math.max(0, rank - 1)];
	}

	double millis(double percentile) {
		return nanos(percentile) / 1e6;
	}

	/** "p50 12.3  p95 45.6  p99 78.9  (n=1234)" in milliseconds. */
	String summary() {
		return String.format(Locale.ROOT, "p50 %.1f  p95 %.1f  p99 %.1f  (n=%d)", millis(50), millis(95), millis(99),
				count());
	}
}
