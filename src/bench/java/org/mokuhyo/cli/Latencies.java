package org.mokuhyo.cli;

import java.util.Arrays;
import java.util.Collection;

/**
 * Latencies of one kind of request, in nanoseconds, and their percentiles (nearest rank) in milliseconds.
 */
final class Latencies {

	private final long[] sorted;

	private Latencies(long[] sorted) {
		this.sorted = sorted;
	}

	static Latencies of(Collection<Long> nanos) {
		long[] values = nanos.stream().mapToLong(Long::longValue).toArray();
		Arrays.sort(values);
		return new Latencies(values);
	}

	int count() {
		return sorted.length;
	}

	double percentile(int p) {
		if (sorted.length == 0) {
			return Double.NaN;
		}
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
	}

	double max() {
		return sorted.length == 0 ? Double.NaN : sorted[sorted.length - 1] / 1e6;
	}

	/** "p50 … p95 … p99 … max …" in milliseconds. */
	String summary() {
		return "p50 %7.2f ms  p95 %7.2f ms  p99 %7.2f ms  max %8.2f ms".formatted(percentile(50), percentile(95),
				percentile(99), max());
	}
}
