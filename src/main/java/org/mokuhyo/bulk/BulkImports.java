package org.mokuhyo.bulk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportNotPermittedException;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportOutcome;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bulk imports: {@link #create} reads an archive into the database in one transaction (an unreadable archive starts
 * nothing); {@link #run} imports the files still to do, each in its own transaction together with its outcome, so
 * a file is imported once even when the run stops half-way or two runners meet; {@link #start} runs it on a
 * thread of its own (the web pages). A refused file is that file's outcome: it never stops the others.
 */
@Service
public class BulkImports implements DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(BulkImports.class);

	private final BulkRepository repository;

	private final ImportService imports;

	private final SheetStore store;

	private final TransactionTemplate transaction;

	private final Clock clock;

	private final ExecutorService background = Executors.newCachedThreadPool(runnable -> {
		Thread thread = new Thread(runnable, "mokuhyo-bulk-import");
		thread.setDaemon(true);
		return thread;
	});

	BulkImports(BulkRepository repository, ImportService imports, SheetStore store,
			PlatformTransactionManager transactions, Clock clock) {
		this.repository = repository;
		this.imports = imports;
		this.store = store;
		this.transaction = new TransactionTemplate(transactions);
		this.clock = clock;
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
		transaction.executeWithoutResult(status -> {
			repository.insertJob(id, sourceName, options, creator.userId(), creator.name(), clock.instant());
			int[] position = { 0 };
			ArchiveReader.read(source, entry -> repository.insertFile(id, ++position[0], entry, clock.instant()));
		});
		return id;
	}

	/** Runs the files still to do on a thread of its own; returns at once. */
	public void start(UUID id, Runner runner) {
		repository.heartbeat(id, null, clock.instant()); // shows it running before its thread starts
		background.submit(() -> {
			try {
				run(id, runner, progress -> {
				});
			}
			catch (RuntimeException ex) {
				log.error("Bulk import {} stopped", id, ex);
			}
		});
	}

	/**
	 * Imports the files still to do, here and now, telling {@code listener} after each.
	 *
	 * @return the import as it stands at the end
	 */
	public BulkImport run(UUID id, Runner runner, Consumer<Progress> listener) {
		BulkImport job = repository.find(id).orElseThrow(() -> new IllegalArgumentException("no bulk import " + id));
		ImportOptions options = new ImportOptions(job.fiscalYear(), job.municipality(), null);
		ImportAuthor author = new ImportAuthor(runner.userId(), runner.name(), job.published());
		int done = job.done();
		int refused = job.refused();
		for (int position : repository.todo(id)) {
			if (Thread.currentThread().isInterrupted()) {
				break; // the server stops: the rest waits for a resume
			}
			Optional<BulkFile> file = importOne(id, position, options, author, runner.permission());
			if (file.isPresent()) {
				done++;
				refused += file.get().outcome() == FileOutcome.REFUSED ? 1 : 0;
				listener.accept(new Progress(done, job.total(), refused, file.get()));
			}
		}
		repository.finished(id, clock.instant());
		return repository.find(id).orElseThrow();
	}

	public Optional<BulkImport> find(UUID id) {
		return repository.find(id);
	}

	public List<BulkFile> files(UUID id) {
		return repository.files(id);
	}

	/** The latest imports, newest first: everyone's when {@code createdBy} is null. */
	public List<BulkImport> list(Long createdBy, int limit) {
		return repository.list(createdBy, null, limit);
	}

	/**
	 * The latest imports started by the accounts of a municipality (for its administrators), newest first; those
	 * of the command line, which has no account, are not among them.
	 */
	public List<BulkImport> listOfMunicipality(long municipalityId, int limit) {
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
			Boolean done = transaction.execute(status -> {
				Optional<BulkRepository.Pending> pending = repository.claim(id, position);
				if (pending.isEmpty()) {
					return false; // done meanwhile by another runner
				}
				name[0] = pending.get().name();
				repository.heartbeat(id, name[0], clock.instant());
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
			});
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
			refuse(id, position, "INTERNAL_ERROR", "予期しないエラーのため取り込めませんでした（" + ex.getClass().getSimpleName()
					+ "）。管理者に連絡してください。");
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
	}
}
