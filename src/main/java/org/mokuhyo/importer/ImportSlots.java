package org.mokuhyo.importer;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How many documents this process reads at once. Reading one costs up to {@link #HEAP_PER_IMPORT} of heap (the
 * read budget bounds it; the fuzz benchmark measures it), so the slots are what the heap holds beside the rest of the
 * application, and no more than the processors can work on: an upload finding every slot taken waits
 * {@code mokuhyo.import.queue-wait}, then is refused with {@link ImportBusyException} (429 and Retry-After in the
 * API, a message on the page), so N uploads at once never exhaust the heap. Per process on purpose: the heap is the
 * process's own; each node of a cluster has its own slots.
 */
@Component
public class ImportSlots {

	/**
	 * What one read may hold at its peak, the stated bound: the fuzz benchmark samples at most 77 MB of used heap for
	 * the costliest input (garbage not yet collected included; docs/benchmarks.md).
	 */
	public static final long HEAP_PER_IMPORT = 96L * 1024 * 1024;

	/** What the application holds beside the reads: caches, sessions, the search index's buffers, requests. */
	static final long HEAP_FOR_THE_REST = 256L * 1024 * 1024;

	private static final Logger log = LoggerFactory.getLogger(ImportSlots.class);

	private final Semaphore slots;

	private final int size;

	private final Duration queueWait;

	private final ThreadLocal<Boolean> holding = ThreadLocal.withInitial(() -> false);

	ImportSlots(@Value("${mokuhyo.import.concurrency:0}") int concurrency,
			@Value("${mokuhyo.import.queue-wait:PT10S}") Duration queueWait) {
		this.size = concurrency > 0 ? concurrency
				: fromHeap(Runtime.getRuntime().maxMemory(), Runtime.getRuntime().availableProcessors());
		this.slots = new Semaphore(size, true);
		this.queueWait = queueWait;
		log.info("Imports read at once: {} (heap {} MB)", size, Runtime.getRuntime().maxMemory() / (1024 * 1024));
	}

	/** As many reads as the heap beyond {@link #HEAP_FOR_THE_REST} holds, at most one per processor, at least one. */
	static int fromHeap(long maxHeap, int processors) {
		long byHeap = (maxHeap - HEAP_FOR_THE_REST) / HEAP_PER_IMPORT;
		return (int) Math.max(1, Math.min(processors, byHeap));
	}

	public int size() {
		return size;
	}

	/**
	 * Runs {@code read} in a slot, waiting at most the queue wait for one.
	 *
	 * @throws ImportBusyException when no slot came free in time; nothing was read
	 */
	public <T> T run(Supplier<T> read) {
		if (holding.get()) {
			return read.get(); // a caller already holds this thread's slot (a bulk import's file)
		}
		boolean acquired;
		try {
			acquired = slots.tryAcquire(queueWait.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			throw new ImportBusyException(Math.max(1, queueWait.toSeconds()));
		}
		return inSlot(read);
	}

	/** Runs {@code work} in a slot, waiting as long as it takes: a background job (bulk import) is not in a hurry. */
	public <T> T runWaiting(Supplier<T> work) {
		if (holding.get()) {
			return work.get();
		}
		slots.acquireUninterruptibly();
		return inSlot(work);
	}

	private <T> T inSlot(Supplier<T> work) {
		holding.set(true);
		try {
			return work.get();
		}
		finally {
			holding.set(false);
			slots.release();
		}
	}
}
