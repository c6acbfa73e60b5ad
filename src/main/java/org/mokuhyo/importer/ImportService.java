package org.mokuhyo.importer;

import java.util.Optional;

import org.mokuhyo.sheet.Department;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetLimitException;
import org.mokuhyo.sheet.SnapshotUnreadableException;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.StepRefusedException;
import org.mokuhyo.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Parses a sheet, then stores it in one transaction: a refused or failing import leaves the database as it was.
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	/** The import would replace a current version that cannot be read; refused unless the person confirmed replace. */
	public static final String CURRENT_UNREADABLE = "CURRENT_UNREADABLE";

	private final SheetImporter importer = SheetImporter.standard();

	private final SheetStore store;

	private final DefaultMunicipality defaultMunicipality;

	private final Workflows workflows;

	private final ImportSlots slots;

	private final TransactionTemplate transaction;

	ImportService(SheetStore store, Environment environment, Workflows workflows, ImportSlots slots,
			PlatformTransactionManager transactions) {
		this.store = store;
		this.workflows = workflows;
		this.slots = slots;
		this.transaction = new TransactionTemplate(transactions);
		this.defaultMunicipality = DefaultMunicipality.from(environment);
	}

	/**
	 * @throws ImportRejectedException when the input is not a readable goal sheet; nothing is stored then
	 */
	public ImportOutcome importSheet(byte[] content, String fileName, ImportOptions options) {
		return importSheet(content, fileName, options, ImportPermission.ANYONE, ImportAuthor.COMMAND_LINE);
	}

	/**
	 * As {@link #importSheet(byte[], String, ImportOptions)}, storing the sheet only if {@code permission} allows its
	 * municipality and department.
	 *
	 * @throws ImportNotPermittedException when it does not; nothing is stored then
	 */
	public ImportOutcome importSheet(byte[] content, String fileName, ImportOptions options,
			ImportPermission permission) {
		return importSheet(content, fileName, options, permission, ImportAuthor.COMMAND_LINE);
	}

	/**
	 * As {@link #importSheet(byte[], String, ImportOptions, ImportPermission)}, kept in the history as saved by
	 * {@code author}, and entering the cycle as published when the author says so (whether they may is the
	 * caller's to check). A sheet under review (submitted, approved…) refuses the import with NOT_EDITABLE.
	 * <p>
	 * The file is read in one of the server's import slots ({@link ImportSlots}: BUSY when none comes free) and before
	 * the transaction begins, so a read holds no database connection; the checks and the save are one transaction
	 * (joining the caller's, if any).
	 */
	public ImportOutcome importSheet(byte[] content, String fileName, ImportOptions options,
			ImportPermission permission, ImportAuthor author) {
		ImportOptions effective = defaultMunicipality.applyTo(options);
		ImportResult result;
		try {
			result = slots.run(() -> importer.parse(content, fileName, effective));
		}
		catch (ImportRejectedException ex) {
			// the input's fault: one line for whoever reads the log (the libraries' own errors are quieted)
			log.info("import of {} refused: {}", loggable(fileName), ex.code());
			throw ex;
		}
		return transaction.execute(status -> store(result, fileName, effective, permission, author));
	}

	private ImportOutcome store(ImportResult result, String fileName, ImportOptions effective,
			ImportPermission permission, ImportAuthor author) {
		SheetData sheet = withMunicipality(result.sheet(), effective);
		if (sheet.municipality() == null) {
			throw new ImportRejectedException("NO_MUNICIPALITY", "市区町村が分かりません。取り込み時に指定してください");
		}
		Department department = sheet.department();
		if (department == null || department.name() == null || department.name().isBlank()) {
			throw new ImportRejectedException("NOT_A_SHEET", "部局名が読み取れないため保存できません");
		}
		if (!permission.allows(sheet.municipality(), department.name())) {
			throw new ImportNotPermittedException(department.name());
		}
		if (!effective.replace()) {
			refuseLoss(sheet, department);
		}
		SavedSheet saved;
		try {
			saved = store.save(sheet, result.report().warnings(), fileName,
					Change.importBy(author.userId(), author.name()));
		}
		catch (StepRefusedException ex) {
			throw new ImportRejectedException(ex.code(), ex.getMessage());
		}
		catch (SheetLimitException ex) {
			throw new ImportRejectedException(ex.code(), ex.getMessage());
		}
		catch (SnapshotUnreadableException ex) {
			// the file read, but the version it makes would not read back: refused like any other unstorable input
			throw new ImportRejectedException(ex.code(), ex.getMessage());
		}
		boolean published = false;
		if (author.published()) {
			// an archived sheet was published as of April 1 of its year (the city's 作成基準日), not the day it is loaded
			workflows.take(saved.id(), Step.IMPORT_PUBLISHED, new Actor(author.userId(), author.name()),
					fileName, java.time.LocalDate.of(sheet.fiscalYear(), 4, 1));
			published = true;
		}
		return new ImportOutcome(saved.id(), saved.version(), saved.replaced(), saved.changed(), result.report(),
				published);
	}

	/**
	 * A file that would give the sheet a version with less than its current one (goals, the policy, review text) is
	 * refused: nothing is replaced by less without a person confirming it ({@link ImportOptions#replace()}).
	 */
	private void refuseLoss(SheetData sheet, Department department) {
		Optional<SheetData> found;
		try {
			found = store.find(sheet.municipality(), department.name(), sheet.fiscalYear());
		}
		catch (SnapshotUnreadableException ex) {
			// what the current version holds is unknown, so whether the file drops some of it is too: the person
			// decides, as for a file with less (the earlier versions stay in the history either way)
			throw new ImportRejectedException(CURRENT_UNREADABLE, "このシートの現在の版"
					+ (ex.version() == null ? "" : "（第" + ex.version() + "版）")
					+ "は保存内容を読み込めないため、取り込みで失われる内容を確かめられません。このファイルで置き換える場合は、置き換えることを確認して取り込み直してください"
					+ "（画面では「内容が減っても置き換える」、API では replace=true、コマンドでは --replace）。以前の版は版の一覧から復元することもできます。");
		}
		found.ifPresent(current -> {
			ContentLoss loss = ContentLoss.between(current, sheet);
			if (loss.any()) {
				throw loss.refusal(current.version() == null ? 1 : current.version());
			}
		});
	}

	/** A file name as a person chose it, made one short line for the log. */
	private static String loggable(String fileName) {
		if (fileName == null) {
			return "(no name)";
		}
		String line = fileName.replaceAll("\\p{Cntrl}", "?");
		return line.length() > 80 ? line.substring(0, 80) + "…" : line;
	}

	/** The parser copies the municipality from the options; this only covers one that left it out. */
	private static SheetData withMunicipality(SheetData sheet, ImportOptions options) {
		if (sheet.municipality() != null && !sheet.municipality().isBlank()) {
			return sheet;
		}
		return new SheetData(sheet.id(), sheet.version(), options.municipality(),
				sheet.municipalityCode() != null ? sheet.municipalityCode() : options.municipalityCode(),
				sheet.fiscalYear(), sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(),
				sheet.annualGoals(), sheet.midTermGoals());
	}
}
