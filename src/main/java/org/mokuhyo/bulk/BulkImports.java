package org.mokuhyo.bulk;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportNotPermittedException;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportOutcome;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.importer.ImportSlots;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk imports: {@link #create} checks an archive whole, then reads it into the database in one transaction (a
 * refused archive stores nothing); {@link #run} imports the files still to do, each in its own transaction together
 * with its outcome, so a file is imported once even when the run stops half-way or a runner taken for gone still
 * runs; {@link #start} runs it on a thread of its own (the web pages). One runner at a time takes an import, beating
 * while it runs; one silent for {@link BulkImport#STALE} (or whose process has ended) is found at start-up or at the
 * next look ({@link #find}, the lists) and the import marked interrupted. A refused file is that file's outcome: it
 * never stops the others.
 */
@Service
public class BulkImports implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BulkImports.class);

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm:ss")
		.withZone(ZoneId.of("Asia/Tokyo"));

	private final BulkRepository repository;

	private final ImportService imports;

	private final ImportSlots slots;

	private final SheetStore store;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "mokuhyo-bulk-import");
		thread.setDaemon(true);
		return thread;
	});

	/** The heartbeat of this process's runs, on a thread of its own: a long file does not silence it. */
	private final ScheduledExecutorService heartbeat = Executors.newSingleThreadScheduledExecutor(runnable -> {
		Thread thread = new Thread(runnable, "mokuhyo-bulk-heartbeat");
		thread.setDaemon(true);
		return thread;
	});

	private final Runners runners = new Runners();

	BulkImports(BulkRepository repository, ImportService imports, ImportSlots slots, SheetStore store,
			PlatformTransactionManager transactions, Clock clock) {
		this.repository = repository;
		this.imports = imports;
		this.slots = slots;
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
		long beat = BulkImport.BEAT.toMillis();
		heartbeat.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
	}

	/** What every file of the archive is imported with (as the single import's form). */
	public record Options(Integer fiscalYear, String municipality, boolean published) {
	}

	/**
	 * Who runs an import: whose name the sheets' versions carry, and what they may import (checked per file, once
	 * its department is read).
	 */
	public record Runner(Long userId, String name, ImportPermission permission) {

		public static final Runner COMMAND_LINE = new Runner(null, ImportAuthor.COMMAND_LINE.name(),
				ImportPermission.ANYONE);
	}

	/**
	 * One file done, for a progress display.
	 *
	 * @param done files with an outcome, of {@code total}
	 */
	public record Progress(int done, int total, int refused, BulkFile file) {
	}

	/**
	 * Reads the zip or folder into a new bulk import, nothing imported yet.
	 *
	 * @param sourceName what the report calls it (the uploaded file's name)
	 * @throws ArchiveException when it is not a readable zip or folder, or holds no file or too many
	 */
	public UUID create(Path source, String sourceName, Options options, Runner creator) {
		UUID id = UUID.randomUUID();
		// checked whole (limits, every file measured) before the transaction: a refused archive writes nothing
		try (ArchiveReader.Archive archive = ArchiveReader.open(source)) {
			transaction.executeWithoutResult(status -> {
				repository.insertJob(id, sourceName, options, creator.userId(), creator.name(), clock.instant());
				int[] position = { 0 };
				archive.read(entry -> repository.insertFile(id, ++position[0], entry, clock.instant()));
			});
		}
		return id;
	}

	/**
	 * Runs the files still to do on a thread of its own; returns once the run has taken the import.
	 *
	 * @throws ResumeRefusedException when another runner runs it now
	 */
	public void start(UUID id, Runner runner) {
		BulkImport job = find(id).orElseThrow(() -> new IllegalArgumentException("no bulk import " + id));
		if (job.remaining() == 0) {
			repository.finished(id, clock.instant());
			return;
		}
		String me = claim(job);
		try {
			background.submit(() -> {
				try {
					run(job, me, runner, progress -> {
					});
				}
				catch (RuntimeException ex) {
					log.error("Bulk import {} stopped", id, ex);
				}
			});
		}
		catch (RuntimeException ex) { // the server stops: no thread will run it
			release(id, me);
			throw ex;
		}
	}

	/**
	 * Imports the files still to do, here and now, telling {@code listener} after each.
	 *
	 * @return the import as it stands at the end
	 * @throws ResumeRefusedException when another runner runs it now
	 */
	public BulkImport run(UUID id, Runner runner, Consumer<Progress> listener) {
		BulkImport job = find(id).orElseThrow(() -> new IllegalArgumentException("no bulk import " + id));
		if (job.remaining() == 0) {
			repository.finished(id, clock.instant());
			return repository.find(id).orElseThrow();
		}
		return run(job, claim(job), runner, listener);
	}

	private BulkImport run(BulkImport job, String me, Runner runner, Consumer<Progress> listener) {
		UUID id = job.id();
		try {
			ImportOptions options = new ImportOptions(job.fiscalYear(), job.municipality(), null);
			ImportAuthor author = new ImportAuthor(runner.userId(), runner.name(), job.published());
			int done = job.done();
			int refused = job.refused();
			for (BulkRepository.Todo todo : repository.todo(id)) {
				if (Thread.currentThread().isInterrupted()) {
					break; // the server stops: the rest waits for a resume
				}
				// outside the file's transaction, which must not hold the import's row while the beats go on
				if (!repository.beat(id, me, todo.name(), clock.instant())) {
					// found silent meanwhile (a pause longer than the bound): another runner may have it now
					log.warn("Bulk import {}: {} is no longer its runner and stops", id, me);
					break;
				}
				Optional<BulkFile> file = importOne(id, todo.position(), options, author, runner.permission());
				if (file.isPresent()) {
					done++;
					refused += file.get().outcome() == FileOutcome.REFUSED ? 1 : 0;
					listener.accept(new Progress(done, job.total(), refused, file.get()));
				}
			}
		}
		finally {
			release(id, me);
		}
		repository.finished(id, clock.instant());
		return repository.find(id).orElseThrow();
	}

	/** Makes a new run of this process the import's runner. */
	private String claim(BulkImport job) {
		String me = runners.start();
		Instant now = clock.instant();
		if (!repository.claimRun(job.id(), me, now, now.minus(BulkImport.STALE))) {
			runners.stopped(me);
			throw new ResumeRefusedException("この一括取込みはいま実行中のため、もう一つは始めません（最後の応答 "
					+ (job.heartbeatAt() == null ? "不明" : TIME.format(job.heartbeatAt())) + "）。止まっている場合は、応答が "
					+ BulkImport.STALE.toSeconds() + " 秒途絶えると「中断」と表示され、再開できます。");
		}
		return me;
	}

	private void release(UUID id, String me) {
		runners.stopped(me);
		try {
			repository.released(id, me, clock.instant());
		}
		catch (RuntimeException ex) { // the database is gone: the heartbeat grows stale instead
			log.warn("Bulk import {}: could not record that {} stopped", id, me, ex);
		}
	}

	/**
	 * The import, after marking it interrupted if its runner has gone: the process ended (seen at once on the same
	 * machine) or silent for {@link BulkImport#STALE}.
	 */
	public Optional<BulkImport> find(UUID id) {
		markGone(id);
		return repository.find(id);
	}

	/** Every import whose runner has gone, marked interrupted: at start-up, and before a list is shown. */
	@EventListener(ApplicationReadyEvent.class)
	public void markGone() {
		markGone(null);
	}

	private void markGone(UUID id) {
		Instant now = clock.instant();
		for (BulkRepository.Running running : repository.running(id)) {
			boolean silent = running.heartbeatAt() == null || running.heartbeatAt().plus(BulkImport.STALE).isBefore(now);
			if (silent || runners.gone(running.runner())) {
				repository.interrupted(running.id(), running.runner(), now);
				log.info("Bulk import {}: its runner {} has gone; interrupted", running.id(), running.runner());
			}
		}
	}

	private void beat() {
		Set<String> active = runners.active();
		if (!active.isEmpty()) {
			try {
				repository.beatAll(active, clock.instant());
			}
			catch (RuntimeException ex) {
				log.warn("Bulk imports: no heartbeat ({})", ex.toString());
			}
		}
	}

	public List<BulkFile> files(UUID id) {
		return repository.files(id);
	}

	/** The latest imports, newest first: everyone's when {@code createdBy} is null. */
	public List<BulkImport> list(Long createdBy, int limit) {
		markGone();
		return repository.list(createdBy, null, limit);
	}

	/**
	 * The latest imports started by the accounts of a municipality (for its administrators), newest first; those
	 * of the command line, which has no account, are not among them.
	 */
	public List<BulkImport> listOfMunicipality(long municipalityId, int limit) {
		markGone();
		return repository.list(null, municipalityId, limit);
	}

	/** Whether an account of that municipality started the import. */
	public boolean startedIn(UUID id, long municipalityId) {
		return repository.startedIn(id, municipalityId);
	}

	private Optional<BulkFile> importOne(UUID id, int position, ImportOptions options, ImportAuthor author,
			ImportPermission permission) {
		String[] name = { null };
		try {
			// a file waits for one of the server's import slots as long as it takes (a background job is not in a
			// hurry, and a refusal as BUSY would be the server's fault, not the file's), before its transaction
			Boolean done = slots.runWaiting(() -> transaction.execute(status -> {
				Optional<BulkRepository.Pending> pending = repository.claim(id, position);
				if (pending.isEmpty()) {
					return false; // done meanwhile by another runner
				}
				name[0] = pending.get().name();
				ImportOutcome outcome = imports.importSheet(pending.get().content(), name[0], options, permission,
						author);
				int warnings = outcome.report().warnings().size();
				FileOutcome result = !outcome.changed() ? FileOutcome.UNCHANGED
						: warnings > 0 ? FileOutcome.WARNINGS : FileOutcome.IMPORTED;
				String department = store.find(outcome.sheetId()).map(SheetData::department)
					.map(d -> d.name()).orElse(null);
				repository.done(id, position, result, null, null, warnings, outcome.sheetId(), outcome.version(),
						department, outcome.report().fiscalYear(), clock.instant());
				return true;
			}));
			if (!Boolean.TRUE.equals(done)) {
				return Optional.empty();
			}
		}
		catch (ImportRejectedException ex) {
			refuse(id, position, ex.code(), ex.getMessage());
		}
		catch (ImportNotPermittedException ex) {
			refuse(id, position, "FORBIDDEN", ex.getMessage());
		}
		catch (RuntimeException ex) {
			log.error("Bulk import {}: file {} ({}) failed", id, position, name[0], ex);
			refuse(id, position, "INTERNAL_ERROR", "予期しないエラーのため取り込めませんでした。管理者に連絡してください"
					+ "（サーバーのログに詳細があります）。");
		}
		return repository.file(id, position);
	}

	/** The import's transaction rolled back: the refusal in one of its own, if no other runner recorded one. */
	private void refuse(UUID id, int position, String code, String message) {
		transaction.executeWithoutResult(status -> {
			if (repository.claim(id, position).isPresent()) {
				repository.done(id, position, FileOutcome.REFUSED, code, message, null, null, null, null, null,
						clock.instant());
			}
		});
	}

	@Override
	public void destroy() throws InterruptedException {
		background.shutdownNow(); // a file in progress rolls back or commits whole; the rest waits for a resume
		background.awaitTermination(30, TimeUnit.SECONDS);
		heartbeat.shutdownNow();
	}
}
