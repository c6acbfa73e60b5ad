package org.mokuhyo.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellReference;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.opendata.DerivedIds;
import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.ProgressInput;
import org.mokuhyo.progress.ProgressRefusedException;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workbook.WorkbookImportReport.RowError;
import org.mokuhyo.workbook.ProgressCells.Entered;
import org.mokuhyo.workbook.WorkbookRows.SourceRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports one quarter's progress (status, actuals, comment) from the year's workbook: each row is matched by its
 * sheet id, action id and target ids and checked (the sheet and action exist, the user may report for the sheet,
 * the status is one of the labels, the actuals are numbers, nobody saved the row since the download); rows equal to
 * what is saved are skipped. Then, in one transaction, the changed rows are saved through {@link Progresses} sheet
 * by sheet (its checks, versions and events apply): with any wrong row nothing is saved, unless the caller asked for
 * the valid rows only.
 */
@Service
public class ProgressWorkbookImport {

	private final SheetStore store;

	private final Progresses progresses;

	private final TransactionTemplate transaction;

	ProgressWorkbookImport(SheetStore store, Progresses progresses, PlatformTransactionManager transactions) {
		this.store = store;
		this.progresses = progresses;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** As {@link #importFile}, from an upload. */
	public WorkbookImportReport importBytes(byte[] content, int quarter, boolean validRowsOnly, CurrentUser user) {
		checkQuarter(quarter);
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(new ByteArrayInputStream(content));
		}
		catch (InvalidFormatException | IOException | RuntimeException ex) {
			throw WorkbookRows.unreadable(ex);
		}
		return runAndClose(workbook, quarter, validRowsOnly, user);
	}

	/**
	 * @throws WorkbookRejectedException when the file as a whole cannot be read; nothing is saved then
	 */
	public WorkbookImportReport importFile(Path file, int quarter, boolean validRowsOnly, CurrentUser user) {
		checkQuarter(quarter);
		OPCPackage workbook;
		try {
			workbook = OPCPackage.open(file.toFile(), PackageAccess.READ);
		}
		catch (InvalidFormatException | RuntimeException ex) {
			throw WorkbookRows.unreadable(ex);
		}
		return runAndClose(workbook, quarter, validRowsOnly, user);
	}

	private WorkbookImportReport runAndClose(OPCPackage workbook, int quarter, boolean validRowsOnly,
			CurrentUser user) {
		try {
			return run(workbook, quarter, validRowsOnly, user);
		}
		finally {
			workbook.revert(); // closes without writing anything back
		}
	}

	private static void checkQuarter(int quarter) {
		if (quarter < 1 || quarter > 4) {
			throw new WorkbookRejectedException("INVALID_QUARTER", "四半期は1〜4で指定してください。");
		}
	}

	private WorkbookImportReport run(OPCPackage workbook, int quarter, boolean validRowsOnly, CurrentUser user) {
		Run run = new Run(quarter, user);
		WorkbookRows.read(workbook, run::row);
		if (run.columns == null) {
			throw new WorkbookRejectedException("EMPTY", "シート「" + WorkbookLayout.SHEET + "」に見出しの行がありません。");
		}
		boolean apply = run.pending.size() > 0 && (validRowsOnly || run.errors.isEmpty());
		List<Integer> applied = new ArrayList<>();
		if (apply) {
			List<String> refused = transaction.execute(status -> {
				try {
					for (Map.Entry<UUID, List<Pending>> sheet : run.pending.entrySet()) {
						progresses.save(sheet.getKey(), quarter,
								sheet.getValue().stream().map(Pending::input).toList(), user);
					}
					return List.<String>of();
				}
				catch (ProgressRefusedException ex) {
					status.setRollbackOnly(); // one import, one transaction: nothing of it stays
					return ex.messages();
				}
			});
			if (refused != null && !refused.isEmpty()) {
				throw new WorkbookRejectedException("REFUSED", "保存できませんでした（何も保存していません）: "
						+ String.join(" ", refused));
			}
			run.pending.values().forEach(rows -> rows.forEach(p -> applied.add(p.row())));
			applied.sort(Integer::compare);
		}
		return new WorkbookImportReport(quarter, validRowsOnly, run.rowsRead, applied, run.unchanged, run.errors,
				apply);
	}

	private record Pending(int row, ProgressInput input) {
	}

	/** What the import needs of a sheet: its actions (with their targets by derived id), the right, the saved rows. */
	private record SheetContext(String department, boolean mayUpdate, Map<UUID, Map<UUID, TargetKey>> actions,
			Map<UUID, ActionProgress> saved) {
	}

	/** The action a row names, found in the sheet's current version. */
	private record Matched(UUID sheetId, UUID actionId, SheetContext sheet, Map<UUID, TargetKey> targets) {
	}

	/** The state of one import while its rows stream by. */
	private final class Run {

		private final int quarter;

		private final CurrentUser user;

		private ProgressColumns columns;

		private final Map<UUID, Optional<SheetContext>> sheets = new HashMap<>();

		private final Map<UUID, Integer> seen = new HashMap<>();

		private final Map<UUID, List<Pending>> pending = new LinkedHashMap<>();

		private final List<RowError> errors = new ArrayList<>();

		private int rowsRead;

		private int unchanged;

		Run(int quarter, CurrentUser user) {
			this.quarter = quarter;
			this.user = user;
		}

		void row(SourceRow row) {
			if (columns == null) {
				columns = ProgressColumns.find(row, quarter);
				return;
			}
			if (row.blank() || !columns.holdsProgress(row)) {
				return; // blank, or a row a person added (a total, a note): nothing of the quarter to import
			}
			rowsRead++;
			Matched action = match(row);
			if (action == null) {
				return;
			}
			int before = errors.size();
			Entered entered = ProgressCells.read(row, columns, action.targets(),
					(column, message) -> error(row, column, message));
			if (errors.size() == before) {
				queue(row, action, entered);
			}
		}

		/** The sheet and action the row names, each once in the import; null when not (the error recorded). */
		private Matched match(SourceRow row) {
			UUID sheetId = uuid(row, columns.sheetId(), "シートIDが空か正しくありません。");
			UUID actionId = uuid(row, columns.actionId(), "取組みIDが空か正しくありません。");
			if (sheetId == null || actionId == null) {
				return null;
			}
			Optional<SheetContext> sheet = sheets.computeIfAbsent(sheetId, this::context);
			if (sheet.isEmpty()) {
				error(row, columns.sheetId(), "このシートIDのシートがありません（削除されたか、ほかのシステムのファイルです）。");
				return null;
			}
			Map<UUID, TargetKey> targets = sheet.get().actions().get(actionId);
			if (targets == null) {
				error(row, columns.actionId(), "この取組みはシートの現在の版にありません（ダウンロードの後にシートが編集されました。"
						+ "一覧表をダウンロードし直してください）。");
				return null;
			}
			Integer earlier = seen.putIfAbsent(actionId, row.number());
			if (earlier != null) {
				error(row, columns.actionId(), "同じ取組みの行が " + earlier + "行目にもあります。");
				return null;
			}
			return new Matched(sheetId, actionId, sheet.get(), targets);
		}

		/** Valid cells: skipped when they say what is saved, else queued if the user may and nobody saved since. */
		private void queue(SourceRow row, Matched action, Entered entered) {
			ActionProgress saved = action.sheet().saved().get(action.actionId());
			if (entered.same(saved)) {
				unchanged++;
				return;
			}
			// the workbook holds every department: rows the user left as they were are no one's business
			if (!action.sheet().mayUpdate()) {
				error(row, columns.sheetId(), "「" + action.sheet().department() + "」の進行管理を報告する権限がありません。");
				return;
			}
			Integer version = entered.version();
			if (saved == null ? version != null : !Integer.valueOf(saved.version()).equals(version)) {
				error(row, columns.version(), "ダウンロードの後に、ほかの人がこの取組みの第" + quarter + "四半期の進捗を更新しました"
						+ "（" + (saved == null ? "取消し" : saved.updatedByName()) + "）。一覧表をダウンロードし直してから入力してください。");
				return;
			}
			ProgressStatus status = entered.status();
			pending.computeIfAbsent(action.sheetId(), id -> new ArrayList<>()).add(new Pending(row.number(),
					new ProgressInput(action.actionId(), status == null ? null : status.name(), entered.comment(),
							entered.typedActuals(), version)));
		}

		private SheetContext contextOf(SheetData sheet) {
			Map<UUID, Map<UUID, TargetKey>> actions = new HashMap<>();
			for (AnnualGoal goal : sheet.annualGoals()) {
				for (GoalItem item : goal.items()) {
					for (Action action : item.actions()) {
						Map<UUID, TargetKey> targets = new HashMap<>();
						for (TargetKey key : Progresses.targets(action).keySet()) {
							targets.put(DerivedIds.target(action.id(), key.subItem(), key.target()), key);
						}
						actions.put(action.id(), targets);
					}
				}
			}
			return new SheetContext(sheet.department() == null ? "" : sheet.department().name(),
					progresses.mayUpdate(user, sheet.id()), actions, progresses.of(sheet.id(), quarter));
		}

		private Optional<SheetContext> context(UUID sheetId) {
			return store.find(sheetId).map(this::contextOf);
		}

		private UUID uuid(SourceRow row, int column, String message) {
			UUID id = ProgressCells.uuid(row.cell(column));
			if (id == null) {
				error(row, column, message);
			}
			return id;
		}

		private void error(SourceRow row, int column, String message) {
			errors.add(new RowError(row.number(), CellReference.convertNumToColString(column), columns.header(column),
					message));
		}
	}
}
