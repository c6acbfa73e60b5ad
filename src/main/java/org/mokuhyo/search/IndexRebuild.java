package org.mokuhyo.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.lucene.index.IndexWriter;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.workflow.Workflows;

/**
 * Every published sheet anew. The database is read a batch of sheets per query, and the documents are analysed and
 * added on as many threads as there are processors (kuromoji's analysis is most of the cost; the writer takes
 * documents from several threads). At most two batches are in flight, so memory stays bounded.
 */
final class IndexRebuild {

	/** Sheets read from the database per query. */
	private static final int BATCH = 100;

	private final Workflows workflows;

	private final SheetStore store;

	private final Progresses progresses;

	private final IndexedSheets indexed;

	IndexRebuild(Workflows workflows, SheetStore store, Progresses progresses, IndexedSheets indexed) {
		this.workflows = workflows;
		this.store = store;
		this.progresses = progresses;
		this.indexed = indexed;
	}

	/** @return the number of sheets indexed */
	int run(IndexWriter writer) throws IOException {
		writer.deleteAll();
		indexed.clear();
		List<SheetSummary> published = workflows.publishedSheets(null, null);
		Set<UUID> withProgress = progresses.sheetsWithUpdates();
		int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
		ExecutorService analysers = Executors.newFixedThreadPool(threads, runnable -> {
			Thread thread = new Thread(runnable, "mokuhyo-search-rebuild");
			thread.setDaemon(true);
			return thread;
		});
		try {
			List<Future<?>> previous = List.of();
			List<Future<?>> older = List.of();
			for (int from = 0; from < published.size(); from += BATCH) {
				Map<UUID, Integer> versions = new LinkedHashMap<>();
				published.subList(from, Math.min(published.size(), from + BATCH))
					.forEach(sheet -> versions.put(sheet.id(), sheet.version()));
				Map<UUID, SheetData> sheets = store.snapshots(versions);
				awaitAll(older);
				older = previous;
				List<Future<?>> submitted = new ArrayList<>();
				for (SheetData sheet : sheets.values()) {
					int version = versions.get(sheet.id());
					boolean reported = withProgress.contains(sheet.id());
					submitted.add(analysers.submit(() -> {
						writer.addDocuments(SheetDocuments.of(sheet, version,
								reported ? indexed.progress(sheet) : new HashMap<>()));
						return null;
					}));
					indexed.added(sheet.id(), version);
				}
				previous = submitted;
			}
			awaitAll(older);
			awaitAll(previous);
		}
		finally {
			analysers.shutdownNow();
		}
		return indexed.size();
	}

	private static void awaitAll(List<Future<?>> futures) throws IOException {
		for (Future<?> future : futures) {
			try {
				future.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IOException("the index rebuild was interrupted", ex);
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof IOException io) {
					throw io;
				}
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
		}
	}
}
