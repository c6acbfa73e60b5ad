package org.mokuhyo.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The peak of the used heap while a piece of work runs, for the benchmarks that report memory: a GC first (the
 * baseline is what is kept), then the used heap sampled on a thread of its own until {@link #close()}. The peak
 * counts garbage not yet collected, so it is an upper bound of what the work needs.
 */
final class HeapPeak implements AutoCloseable {

	private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

	private final long baseline;

	private final AtomicLong peak;

	private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor();

	private HeapPeak(long sampleMillis) {
		System.gc();
		baseline = memory.getHeapMemoryUsage().getUsed();
		peak = new AtomicLong(baseline);
		sampler.scheduleAtFixedRate(this::sample, 0, sampleMillis, TimeUnit.MILLISECONDS);
	}

	static HeapPeak start(long sampleMillis) {
		return new HeapPeak(sampleMillis);
	}

	/** One more sample now (also after {@link #close()}). */
	void sample() {
		peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
	}

	/** The used heap after the GC before the start, in bytes. */
	long baseline() {
		return baseline;
	}

	long peak() {
		return peak.get();
	}

	/** Stops sampling. */
	@Override
	public void close() {
		sampler.shutdownNow();
	}
}
