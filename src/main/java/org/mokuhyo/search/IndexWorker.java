package org.mokuhyo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.mokuhyo.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one thread that writes the served index: it takes what is queued, applies it in order, commits once, makes it
 * searchable and releases the waiters. A sheet's change is always "make it what the database says now", so one asked
 * for twice does no harm; a failed batch queues the check against the database.
 */
final class IndexWorker {

	private static final Logger log = LoggerFactory.getLogger(IndexWorker.class);

	private final Workflows workflows;

	private final IndexedSheets indexed;

	private final IndexRebuild rebuild;

	private final IndexCheck check;

	private final BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();

	private volatile OpenIndex index;

	private volatile boolean ready;

	private Thread thread;

	IndexWorker(Workflows workflows, IndexedSheets indexed, IndexRebuild rebuild, IndexCheck check) {
		this.workflows = workflows;
		this.indexed = indexed;
		this.rebuild = rebuild;
		this.check = check;
	}

	/** Starts writing {@code opened}, beginning with a rebuild or with the check against the database. */
	synchronized void start(OpenIndex opened, boolean rebuildFirst) {
		index = opened;
		thread = new Thread(this::work, "mokuhyo-search-index");
		thread.setDaemon(true);
		thread.start();
		tasks.add(rebuildFirst ? new Task.Rebuild() : new Task.Check());
	}

	/** Stops the thread (waiting for the batch at hand); what is queued is dropped. */
	synchronized void stop() {
		index = null;
		if (thread != null) {
			thread.interrupt();
			try {
				thread.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			thread = null;
		}
	}

	/** Whether the first rebuild or check since the start is done. */
	boolean ready() {
		return ready;
	}

	/** @param again re-index its published version even when that is the one indexed (its progress changed) */
	void sync(UUID sheetId, boolean again) {
		tasks.add(new Task.Sync(sheetId, again));
	}

	void rebuild() {
		tasks.add(new Task.Rebuild());
	}

	void check() {
		tasks.add(new Task.Check());
	}

	/**
	 * Waits until everything queued before the call is searchable.
	 *
	 * @return false when that took longer than five minutes
	 */
	boolean awaitDone() {
		CountDownLatch done = new CountDownLatch(1);
		tasks.add(new Task.Barrier(done));
		try {
			return done.await(5, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private void work() {
		while (index != null) {
			List<Task> batch = new ArrayList<>();
			try {
				batch.add(tasks.take());
			}
			catch (InterruptedException ex) {
				return;
			}
			tasks.drainTo(batch);
			OpenIndex current = index;
			if (current == null) {
				return;
			}
			try {
				apply(current, batch);
				current.commit();
				current.searchers().maybeRefreshBlocking();
			}
			catch (IOException | RuntimeException ex) {
				log.error("Updating the search index failed; it is checked against the database again", ex);
				tasks.add(new Task.Check());
			}
			finally {
				batch.stream()
					.filter(Task.Barrier.class::isInstance)
					.forEach(barrier -> ((Task.Barrier) barrier).done().countDown());
			}
		}
	}

	private void apply(OpenIndex current, List<Task> batch) throws IOException {
		boolean rebuilds = batch.stream().anyMatch(Task.Rebuild.class::isInstance);
		boolean checks = batch.stream().anyMatch(Task.Check.class::isInstance);
		Map<UUID, Boolean> sheets = new LinkedHashMap<>();
		for (Task task : batch) {
			if (task instanceof Task.Sync sync) {
				sheets.merge(sync.sheetId(), sync.again(), Boolean::logicalOr);
			}
		}
		if (rebuilds) {
			int count = rebuild.run(current.writer());
			log.info("Search index built: {} published sheets", count);
		}
		else if (checks) {
			check.run(current.writer());
		}
		for (Map.Entry<UUID, Boolean> sheet : sheets.entrySet()) {
			indexed.sync(current.writer(), sheet.getKey(), workflows.publishedVersion(sheet.getKey()).orElse(null),
					sheet.getValue());
		}
		if (rebuilds || checks) {
			ready = true;
		}
	}

	/** What the worker does. */
	private sealed interface Task {

		record Sync(UUID sheetId, boolean again) implements Task {
		}

		record Rebuild() implements Task {
		}

		record Check() implements Task {
		}

		record Barrier(CountDownLatch done) implements Task {
		}
	}
}
