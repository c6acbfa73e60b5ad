package org.mokuhyo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.store.LockObtainFailedException;
import org.mokuhyo.platform.DatabaseNotifications;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The search index of the published sheets, on disk ({@code mokuhyo.search.index-dir}, default {@code ./data/index};
 * blank: a temporary directory removed at exit, for tests and throw-away runs), and what the other modules ask of it.
 * <p>
 * The web server owns it ({@link #serve}): one thread applies every change, in order, and commits after each batch
 * ({@link IndexWorker}); searches read the last refreshed state meanwhile ({@link IndexSearch}). A change is always
 * "make the sheet in the index what the database says it is now" (its published version, or nothing:
 * {@link IndexedSheets}), so it may be asked for twice and never indexes a draft. At start the index is rebuilt
 * ({@link IndexRebuild}) when it is missing or of an older {@link #FORMAT}, otherwise checked against the database
 * ({@link IndexCheck}). Processes that do not own the index (the command line next to a running server) announce
 * their changes on {@link #CHANNEL}, and the server applies them ({@link SearchNotes}).
 */
@Service
public class SearchIndex implements DisposableBean {

	/**
	 * The index's format, in the user data of every commit. Raise it whenever the documents, fields or analysis
	 * change: an index of an older format is rebuilt at the next start.
	 */
	static final String FORMAT = "1";

	static final String FORMAT_KEY = "mokuhyo.search.format";

	/** Where processes that do not own the index announce changes: {@code sheet:<id>} or {@code rebuild}. */
	static final String CHANNEL = "mokuhyo_search";

	private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

	private final IndexFiles files;

	private final IndexSearch searcher;

	private final IndexRebuild rebuild;

	private final IndexWorker worker;

	private final SearchNotes notes;

	private volatile OpenIndex open;

	SearchIndex(Workflows workflows, SheetStore store, Progresses progresses, FacetLabels labels,
			DatabaseNotifications notifications, @Value("${mokuhyo.search.index-dir:./data/index}") String directory) {
		Analyzer analyzer = new SearchAnalyzer();
		IndexedSheets indexed = new IndexedSheets(store, progresses);
		this.files = new IndexFiles(directory, analyzer);
		this.searcher = new IndexSearch(analyzer, labels);
		this.rebuild = new IndexRebuild(workflows, store, progresses, indexed);
		this.worker = new IndexWorker(workflows, indexed, rebuild, new IndexCheck(workflows, indexed));
		this.notes = new SearchNotes(notifications);
	}

	/** What the command line's {@code reindex} did. */
	public record Reindexed(boolean byServer, int sheets, Path directory) {
	}

	/**
	 * Searches the published sheets.
	 *
	 * @throws InvalidSearchException for a facet value of the wrong form
	 * @throws IllegalStateException  when this process does not serve the index (the command line)
	 */
	public SearchResult search(SearchQuery query) {
		OpenIndex current = open;
		if (current == null) {
			throw new IllegalStateException("the search index is not open in this process");
		}
		return searcher.search(current, query, worker.ready());
	}

	/** Whether the index has been built or checked against the database since the start. */
	public boolean ready() {
		return worker.ready();
	}

	/** Whether this process serves the index (the web server), rather than announcing changes to the one that does. */
	public boolean servedHere() {
		return open != null;
	}

	/**
	 * Waits until every change asked for before the call is in what searches read (and, after a start, the first
	 * build or check is done). Returns at once in a process that does not serve the index.
	 *
	 * @return false when that took longer than five minutes
	 */
	public boolean awaitReady() {
		return open == null || worker.awaitDone();
	}

	/**
	 * Opens the index for this process (the web server), starts applying changes, and queues the rebuild (missing
	 * or older index) or the check against the database. When another process holds the index, search stays off
	 * here and the reason is logged.
	 */
	synchronized void serve() {
		if (open != null) {
			return;
		}
		try {
			OpenIndex opened = files.open();
			boolean current = FORMAT.equals(opened.format());
			open = opened;
			worker.start(opened, !current);
			notes.relayTo(worker);
		}
		catch (LockObtainFailedException ex) {
			log.warn("The search index {} is in use by another process; search is off in this one", directory());
		}
		catch (IOException ex) {
			log.error("Cannot open the search index {}; search is off", directory(), ex);
		}
	}

	/**
	 * A sheet's step or progress committed: bring it in line with the database.
	 *
	 * @param again re-index its published version even when that is the one indexed (its progress changed)
	 */
	void sheetChanged(UUID sheetId, boolean again) {
		if (open != null) {
			worker.sync(sheetId, again);
		}
	}

	/** Within the transaction of a change: tells the serving process, when it is not this one, once it commits. */
	void announceInTransaction(UUID sheetId) {
		if (open == null) {
			notes.announceSheet(sheetId);
		}
	}

	/**
	 * The command line's {@code reindex}: rebuilds the index from the database here, or, when a running server holds
	 * it, asks that server to.
	 */
	public Reindexed rebuildNow() {
		OpenIndex current = open;
		if (current != null) {
			worker.rebuild();
			awaitReady();
			return new Reindexed(false, current.sheetCount(), directory());
		}
		OpenIndex opened;
		try {
			opened = files.open();
		}
		catch (LockObtainFailedException ex) {
			notes.askRebuild();
			return new Reindexed(true, 0, directory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			int sheets = rebuild.run(opened.writer());
			opened.commit();
			return new Reindexed(false, sheets, directory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			opened.close();
		}
	}

	@Override
	public synchronized void destroy() {
		OpenIndex current = open;
		open = null;
		worker.stop();
		if (current != null) {
			current.close();
		}
		files.removeTemporary();
	}

	Path directory() {
		return files.directory();
	}
}
