package org.mokuhyo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.mokuhyo.platform.DatabaseNotifications;
import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.SheetRollUp;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The search index of the published sheets, on disk ({@code mokuhyo.search.index-dir}, default {@code ./data/index};
 * blank: a temporary directory removed at exit, for tests and throw-away runs).
 * <p>
 * The web server owns it ({@link #serve}): one thread applies every change, in order, and commits after each batch;
 * searches read the last refreshed state meanwhile. A change is always "make the sheet in the index what the
 * database says it is now" (its published version, or nothing), so it may be asked for twice and never indexes a
 * draft. At start the index is rebuilt when it is missing or of an older {@link #FORMAT}, otherwise checked against
 * the database (sheets published or withdrawn while the server was down). Processes that do not own the index (the
 * command line next to a running server) announce their changes on {@link #CHANNEL}, and the server applies them.
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

	/** Sheets read from the database per query in a rebuild. */
	private static final int REBUILD_BATCH = 100;

	private final Workflows workflows;

	private final SheetStore store;

	private final Progresses progresses;

	private final FacetLabels labels;

	private final DatabaseNotifications notifications;

	private final String configuredDirectory;

	private final Analyzer analyzer = new SearchAnalyzer();

	private final BlockingQueue<Task> tasks = new LinkedBlockingQueue<>();

	/** The published version of each sheet in the index; the worker's alone. */
	private final Map<UUID, Integer> indexed = new HashMap<>();

	private volatile Open open;

	private volatile boolean ready;

	private volatile FacetState facetState;

	private Path temporary;

	private Thread worker;

	SearchIndex(Workflows workflows, SheetStore store, Progresses progresses, FacetLabels labels,
			DatabaseNotifications notifications, @Value("${mokuhyo.search.index-dir:./data/index}") String directory) {
		this.workflows = workflows;
		this.store = store;
		this.progresses = progresses;
		this.labels = labels;
		this.notifications = notifications;
		this.configuredDirectory = directory;
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
		Open current = open;
		if (current == null) {
			throw new IllegalStateException("the search index is not open in this process");
		}
		checkFilters(query);
		try {
			IndexSearcher searcher = current.searchers.acquire();
			try {
				if (searcher.getIndexReader().numDocs() == 0) {
					return new SearchResult(query, 0, List.of(), List.of(), ready);
				}
				return new IndexQuery(searcher, facetState(searcher.getIndexReader()), analyzer).run(query, labels,
						ready);
			}
			finally {
				current.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Whether the index has been built or checked against the database since the start. */
	public boolean ready() {
		return ready;
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
		if (open == null) {
			return true;
		}
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
			Open opened = openIndex();
			String format = commitData(opened.writer).get(FORMAT_KEY);
			open = opened;
			worker = new Thread(this::work, "mokuhyo-search-index");
			worker.setDaemon(true);
			worker.start();
			tasks.add(FORMAT.equals(format) ? new Task.Reconcile() : new Task.Rebuild());
			notifications.subscribe(CHANNEL, new DatabaseNotifications.Subscriber() {
				@Override
				public void notified(String payload) {
					announced(payload);
				}

				@Override
				public void reset() {
					tasks.add(new Task.Reconcile()); // notes may have been missed: compare with the database
				}
			});
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
			tasks.add(new Task.Sync(sheetId, again));
		}
	}

	/** Within the transaction of a change: tells the serving process, when it is not this one, once it commits. */
	void announceInTransaction(UUID sheetId) {
		if (open == null) {
			notifications.send(CHANNEL, "sheet:" + sheetId);
		}
	}

	/**
	 * The command line's {@code reindex}: rebuilds the index from the database here, or, when a running server holds
	 * it, asks that server to.
	 */
	public Reindexed rebuildNow() {
		if (open != null) {
			tasks.add(new Task.Rebuild());
			awaitReady();
			return new Reindexed(false, indexedCount(), directory());
		}
		Open opened;
		try {
			opened = openIndex();
		}
		catch (LockObtainFailedException ex) {
			notifications.send(CHANNEL, "rebuild");
			return new Reindexed(true, 0, directory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		try {
			int sheets = rebuild(opened.writer);
			commit(opened.writer);
			return new Reindexed(false, sheets, directory());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			close(opened);
		}
	}

	@Override
	public synchronized void destroy() {
		Open current = open;
		open = null;
		if (worker != null) {
			worker.interrupt();
			try {
				worker.join(TimeUnit.SECONDS.toMillis(30));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			worker = null;
		}
		if (current != null) {
			close(current);
		}
		if (temporary != null) {
			deleteQuietly(temporary);
			temporary = null;
		}
	}

	Path directory() {
		if (configuredDirectory == null || configuredDirectory.isBlank()) {
			if (temporary == null) {
				try {
					temporary = Files.createTempDirectory("mokuhyo-index-");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return temporary;
		}
		return Path.of(configuredDirectory);
	}

	private Open openIndex() throws IOException {
		Path path = directory();
		Files.createDirectories(path);
		Directory directory = FSDirectory.open(path);
		IndexWriter writer;
		try {
			writer = new IndexWriter(directory, config());
		}
		catch (LockObtainFailedException ex) {
			directory.close();
			throw ex;
		}
		catch (IOException | IllegalArgumentException ex) {
			// unreadable (another Lucene's, damaged): it is only a copy of the database, so start it anew
			log.warn("The search index {} cannot be read ({}); it is built anew", path, ex.getMessage());
			writer = new IndexWriter(directory,
					config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
		}
		return new Open(directory, writer, new SearcherManager(writer, null));
	}

	/** A larger buffer than Lucene's 16 MB: a rebuild flushes fewer, bigger segments. */
	private IndexWriterConfig config() {
		return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
	}

	private static Map<String, String> commitData(IndexWriter writer) {
		Map<String, String> data = new HashMap<>();
		if (writer.getLiveCommitData() != null) { // the last commit's; none in a new index
			writer.getLiveCommitData().forEach(entry -> data.put(entry.getKey(), entry.getValue()));
		}
		return data;
	}

	/** The worker: takes what is queued, applies it, commits once, makes it searchable, releases the waiters. */
	private void work() {
		while (open != null) {
			List<Task> batch = new ArrayList<>();
			try {
				batch.add(tasks.take());
			}
			catch (InterruptedException ex) {
				return;
			}
			tasks.drainTo(batch);
			Open current = open;
			if (current == null) {
				return;
			}
			try {
				apply(current.writer, batch);
				commit(current.writer);
				current.searchers.maybeRefreshBlocking();
			}
			catch (IOException | RuntimeException ex) {
				log.error("Updating the search index failed; it is checked against the database again", ex);
				tasks.add(new Task.Reconcile());
			}
			finally {
				batch.stream()
					.filter(Task.Barrier.class::isInstance)
					.forEach(barrier -> ((Task.Barrier) barrier).done().countDown());
			}
		}
	}

	private void apply(IndexWriter writer, List<Task> batch) throws IOException {
		boolean rebuild = batch.stream().anyMatch(Task.Rebuild.class::isInstance);
		boolean reconcile = batch.stream().anyMatch(Task.Reconcile.class::isInstance);
		Map<UUID, Boolean> sheets = new LinkedHashMap<>();
		for (Task task : batch) {
			if (task instanceof Task.Sync sync) {
				sheets.merge(sync.sheetId(), sync.again(), Boolean::logicalOr);
			}
		}
		if (rebuild) {
			int count = rebuild(writer);
			log.info("Search index built: {} published sheets", count);
		}
		else if (reconcile) {
			reconcile(writer);
		}
		for (Map.Entry<UUID, Boolean> sheet : sheets.entrySet()) {
			sync(writer, sheet.getKey(), workflows.publishedVersion(sheet.getKey()).orElse(null), sheet.getValue());
		}
		if (rebuild || reconcile) {
			ready = true;
		}
	}

	/**
	 * Every published sheet anew. The database is read a batch of sheets per query, and the documents are analysed
	 * and added on as many threads as there are processors (kuromoji's analysis is most of the cost; the writer
	 * takes documents from several threads). At most two batches are in flight, so memory stays bounded.
	 */
	private int rebuild(IndexWriter writer) throws IOException {
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
			for (int from = 0; from < published.size(); from += REBUILD_BATCH) {
				Map<UUID, Integer> versions = new LinkedHashMap<>();
				published.subList(from, Math.min(published.size(), from + REBUILD_BATCH))
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
								reported ? progress(sheet) : new HashMap<>()));
						return null;
					}));
					indexed.put(sheet.id(), version);
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

	/** Brings every sheet whose published version differs from the indexed one in line; removes the withdrawn. */
	private void reconcile(IndexWriter writer) throws IOException {
		if (indexed.isEmpty()) {
			loadIndexed(writer);
		}
		Set<UUID> stillPublished = new HashSet<>();
		for (SheetSummary sheet : workflows.publishedSheets(null, null)) {
			stillPublished.add(sheet.id());
			if (!Integer.valueOf(sheet.version()).equals(indexed.get(sheet.id()))) {
				sync(writer, sheet.id(), sheet.version(), false);
			}
		}
		for (UUID gone : new ArrayList<>(indexed.keySet())) {
			if (!stillPublished.contains(gone)) {
				sync(writer, gone, null, false);
			}
		}
	}

	/**
	 * Makes the sheet's documents those of {@code publishedVersion}, or removes them when null.
	 *
	 * @param again re-index even when that version is indexed already (its progress changed)
	 */
	private void sync(IndexWriter writer, UUID sheetId, Integer publishedVersion, boolean again) throws IOException {
		Term id = new Term(SheetDocuments.SHEET_ID, sheetId.toString());
		Optional<SheetData> sheet = publishedVersion == null ? Optional.empty() : published(sheetId, publishedVersion);
		if (sheet.isEmpty()) {
			if (indexed.remove(sheetId) != null) {
				writer.deleteDocuments(id);
			}
			return;
		}
		if (!again && publishedVersion.equals(indexed.get(sheetId))) {
			return;
		}
		writer.updateDocuments(id, SheetDocuments.of(sheet.get(), publishedVersion, progress(sheet.get())));
		indexed.put(sheetId, publishedVersion);
	}

	/** The published version; empty when it cannot be read (it has no documents until a readable one is published). */
	private Optional<SheetData> published(UUID sheetId, int version) {
		try {
			return store.snapshot(sheetId, version);
		}
		catch (org.mokuhyo.sheet.SnapshotUnreadableException ex) {
			log.warn("sheet {} version {} cannot be read and is left out of the index", sheetId, version);
			return Optional.empty();
		}
	}

	/** Each annual goal's progress: its actions' latest reports (a later quarter over an earlier), rolled up. */
	private Map<UUID, String> progress(SheetData sheet) {
		Map<UUID, ActionProgress> latest = new HashMap<>();
		for (int quarter = 1; quarter <= 4; quarter++) {
			latest.putAll(progresses.of(sheet.id(), quarter));
		}
		SheetRollUp rollUp = SheetRollUp.of(sheet, latest);
		Map<UUID, String> byGoal = new HashMap<>();
		for (AnnualGoal goal : sheet.annualGoals()) {
			var status = rollUp.goal(goal.id()).status();
			byGoal.put(goal.id(), status == null ? SheetDocuments.UNREPORTED : status.name());
		}
		return byGoal;
	}

	/** The sheets in the index as committed, from their sheet documents. */
	private void loadIndexed(IndexWriter writer) throws IOException {
		try (DirectoryReader reader = DirectoryReader.open(writer)) {
			IndexSearcher searcher = new IndexSearcher(reader);
			TermQuery sheets = new TermQuery(new Term(SheetDocuments.KIND, HitKind.SHEET.name()));
			StoredFields stored = searcher.storedFields();
			for (ScoreDoc doc : searcher.search(sheets, Math.max(1, reader.maxDoc())).scoreDocs) {
				var document = stored.document(doc.doc);
				indexed.put(UUID.fromString(document.get(SheetDocuments.SHEET_ID)),
						document.getField(SheetDocuments.PUBLISHED_VERSION).numericValue().intValue());
			}
		}
	}

	private int indexedCount() {
		Open current = open;
		if (current == null) {
			return 0;
		}
		try {
			IndexSearcher searcher = current.searchers.acquire();
			try {
				return searcher.count(new TermQuery(new Term(SheetDocuments.KIND, HitKind.SHEET.name())));
			}
			finally {
				current.searchers.release(searcher);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void commit(IndexWriter writer) throws IOException {
		writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
		writer.commit();
	}

	private void announced(String payload) {
		if ("rebuild".equals(payload)) {
			tasks.add(new Task.Rebuild());
		}
		else if (payload.startsWith("sheet:")) {
			try {
				tasks.add(new Task.Sync(UUID.fromString(payload.substring("sheet:".length())), false));
			}
			catch (IllegalArgumentException ex) {
				log.warn("Ignored a search note that names no sheet: {}", payload);
			}
		}
	}

	/** Facet ordinals of a reader, built once per refreshed reader (they cost a pass over its values). */
	private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
		FacetState current = facetState;
		if (current == null || current.reader != reader) {
			current = new FacetState(reader, new DefaultSortedSetDocValuesReaderState(reader, SheetDocuments.FACETS));
			facetState = current;
		}
		return current.state;
	}

	private void checkFilters(SearchQuery query) {
		String year = query.filter(FacetDimension.YEAR);
		if (year != null && !year.matches("\\d{4}")) {
			throw new InvalidSearchException("INVALID_PARAMETER", "年度は西暦の4桁の数字で指定してください（例: 2024）。");
		}
		String policy = query.filter(FacetDimension.POLICY);
		if (policy != null && !policy.matches("\\d{1,4}")) {
			throw new InvalidSearchException("INVALID_PARAMETER", "基本政策は番号で指定してください（例: 45）。");
		}
		// a status the index never holds would answer an empty list as if no goal had it
		String progress = query.filter(FacetDimension.PROGRESS);
		if (progress != null && !SheetDocuments.UNREPORTED.equals(progress)
				&& org.mokuhyo.progress.ProgressStatus.parse(progress) == null) {
			throw new InvalidSearchException("INVALID_PARAMETER", "進捗状況は " + SheetDocuments.UNREPORTED + ", "
					+ String.join(", ", java.util.Arrays.stream(org.mokuhyo.progress.ProgressStatus.values())
						.map(Enum::name)
						.toList())
					+ " のどれかで指定してください。");
		}
	}

	private static void close(Open opened) {
		try {
			opened.searchers.close();
			opened.writer.close(); // commits what is pending
			opened.directory.close();
		}
		catch (IOException | RuntimeException ex) {
			log.warn("Closing the search index failed: {}", ex.getMessage());
		}
	}

	private static void deleteQuietly(Path path) {
		try (Stream<Path> files = Files.walk(path)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			log.debug("Could not remove {}: {}", path, ex.getMessage());
		}
	}

	private record Open(Directory directory, IndexWriter writer, SearcherManager searchers) {
	}

	private record FacetState(IndexReader reader, SortedSetDocValuesReaderState state) {
	}

	/** What the worker does. */
	private sealed interface Task {

		record Sync(UUID sheetId, boolean again) implements Task {
		}

		record Rebuild() implements Task {
		}

		record Reconcile() implements Task {
		}

		record Barrier(CountDownLatch done) implements Task {
		}
	}
}
