package org.mokuhyo.workbook;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

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

	private static final String LABELS = Arrays.stream(ProgressStatus.values()).map(ProgressStatus::label)
		.collect(Collectors.joining("、"));

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

	/** The columns found by header. */
	private record Columns(int sheetId, int actionId, Integer status, Integer comment, Integer version,
			Map<Integer, Integer> targetIds, Map<Integer, Integer> actuals, Map<Integer, String> headers) {
	}

	/** The state of one import while its rows stream by. */
	private final class Run {

		private final int quarter;

		private final CurrentUser user;

		private Columns columns;

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
				columns = columns(row);
				return;
			}
			if (row.blank()) {
				return;
			}
			if (row.cell(columns.sheetId()) == null && row.cell(columns.actionId()) == null && !entersQuarter(row)) {
				return; // a row a person added (a total, a note): nothing of the quarter to import
			}
			rowsRead++;
			int before = errors.size();
			UUID sheetId = uuid(row, columns.sheetId(), "シートIDが空か正しくありません。");
			UUID actionId = uuid(row, columns.actionId(), "取組みIDが空か正しくありません。");
			if (sheetId == null || actionId == null) {
				return;
			}
			Optional<SheetContext> sheet = sheets.computeIfAbsent(sheetId, this::context);
			if (sheet.isEmpty()) {
				error(row, columns.sheetId(), "このシートIDのシートがありません（削除されたか、ほかのシステムのファイルです）。");
				return;
			}
			Map<UUID, TargetKey> targets = sheet.get().actions().get(actionId);
			if (targets == null) {
				error(row, columns.actionId(), "この取組みはシートの現在の版にありません（ダウンロードの後にシートが編集されました。"
						+ "一覧表をダウンロードし直してください）。");
				return;
			}
			Integer earlier = seen.putIfAbsent(actionId, row.number());
			if (earlier != null) {
				error(row, columns.actionId(), "同じ取組みの行が " + earlier + "行目にもあります。");
				return;
			}
			String statusText = row.cell(columns.status());
			ProgressStatus status = null;
			if (statusText != null) {
				status = Arrays.stream(ProgressStatus.values()).filter(s -> s.label().equals(statusText)).findFirst()
					.orElse(null);
				if (status == null) {
					error(row, columns.status(), "進捗状況「" + statusText + "」は使えません。" + LABELS + " のいずれかにしてください。");
				}
			}
			Map<TargetKey, BigDecimal> actuals = new HashMap<>();
			for (Map.Entry<Integer, Integer> slot : columns.actuals().entrySet()) {
				String typed = row.cell(slot.getValue());
				String targetId = row.cell(columns.targetIds().get(slot.getKey()));
				if (typed == null) {
					continue;
				}
				TargetKey key = targetId == null ? null : targets.get(parse(targetId));
				if (targetId == null) {
					error(row, slot.getValue(), "目標値のない列に実績値が入力されています。");
				}
				else if (key == null) {
					error(row, columns.targetIds().get(slot.getKey()), "この目標値IDは取組みの目標値にありません。");
				}
				else {
					BigDecimal value = Progresses.parseActual(typed);
					if (value == null) {
						error(row, slot.getValue(), "実績値「" + typed + "」は0以上の数値で入力してください（例: 1,200）。");
					}
					else {
						actuals.put(key, value);
					}
				}
			}
			String comment = row.cell(columns.comment());
			if (comment != null && comment.length() > Progresses.MAX_COMMENT) {
				error(row, columns.comment(), "コメントは" + Progresses.MAX_COMMENT + "文字以内にしてください。");
			}
			if (statusText == null && (comment != null || !actuals.isEmpty())) {
				error(row, columns.status(), "進捗状況を選んでください（実績値またはコメントが入力されています）。");
			}
			String versionText = row.cell(columns.version());
			Integer version = null;
			if (versionText != null) {
				try {
					version = Integer.valueOf(versionText);
				}
				catch (NumberFormatException ex) {
					error(row, columns.version(), "版の列は変更しないでください（「" + versionText + "」）。");
				}
			}
			if (errors.size() > before) {
				return;
			}
			ActionProgress saved = sheet.get().saved().get(actionId);
			if (same(saved, status, comment, actuals)) {
				unchanged++;
				return;
			}
			// the workbook holds every department: rows the user left as they were are no one's business
			if (!sheet.get().mayUpdate()) {
				error(row, columns.sheetId(), "「" + sheet.get().department() + "」の進行管理を報告する権限がありません。");
				return;
			}
			if (saved == null ? version != null : !Integer.valueOf(saved.version()).equals(version)) {
				error(row, columns.version(), "ダウンロードの後に、ほかの人がこの取組みの第" + quarter + "四半期の進捗を更新しました"
						+ "（" + (saved == null ? "取消し" : saved.updatedByName()) + "）。一覧表をダウンロードし直してから入力してください。");
				return;
			}
			Map<TargetKey, String> typed = new HashMap<>();
			actuals.forEach((key, value) -> typed.put(key, value.toPlainString()));
			pending.computeIfAbsent(sheetId, id -> new ArrayList<>()).add(new Pending(row.number(),
					new ProgressInput(actionId, status == null ? null : status.name(), comment, typed, version)));
		}

		private boolean entersQuarter(SourceRow row) {
			return row.cell(columns.status()) != null || row.cell(columns.comment()) != null
					|| columns.actuals().values().stream().anyMatch(column -> row.cell(column) != null);
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

		private Columns columns(SourceRow header) {
			Map<String, Integer> byName = new HashMap<>();
			Map<Integer, String> names = new HashMap<>();
			header.cells().forEach((column, name) -> {
				byName.putIfAbsent(name.strip(), column);
				names.put(column, name.strip());
			});
			List<String> missing = new ArrayList<>();
			for (String required : List.of(WorkbookLayout.SHEET_ID, WorkbookLayout.ACTION_ID,
					WorkbookLayout.status(quarter), WorkbookLayout.comment(quarter), WorkbookLayout.version(quarter))) {
				if (!byName.containsKey(required)) {
					missing.add("「" + required + "」");
				}
			}
			if (!missing.isEmpty()) {
				throw new WorkbookRejectedException("MISSING_COLUMN", "1行目に見出し" + String.join("、", missing)
						+ "の列がありません。進行管理の一覧表としてダウンロードしたファイルを選んでください。");
			}
			Map<Integer, Integer> targetIds = new HashMap<>();
			Map<Integer, Integer> actuals = new HashMap<>();
			for (int t = 1; byName.containsKey(WorkbookLayout.targetId(t)); t++) {
				targetIds.put(t, byName.get(WorkbookLayout.targetId(t)));
				Integer actual = byName.get(WorkbookLayout.actual(quarter, t));
				if (actual != null) {
					actuals.put(t, actual);
				}
			}
			return new Columns(byName.get(WorkbookLayout.SHEET_ID), byName.get(WorkbookLayout.ACTION_ID),
					byName.get(WorkbookLayout.status(quarter)), byName.get(WorkbookLayout.comment(quarter)),
					byName.get(WorkbookLayout.version(quarter)), targetIds, actuals, names);
		}

		private UUID uuid(SourceRow row, int column, String message) {
			UUID id = parse(row.cell(column));
			if (id == null) {
				error(row, column, message);
			}
			return id;
		}

		private void error(SourceRow row, int column, String message) {
			errors.add(new RowError(row.number(), CellReference.convertNumToColString(column),
					columns.headers().getOrDefault(column, ""), message));
		}
	}

	private static UUID parse(String text) {
		if (text == null) {
			return null;
		}
		try {
			UUID id = UUID.fromString(text.strip());
			return id.toString().equalsIgnoreCase(text.strip()) ? id : null;
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** Whether the row says what is saved already (nothing entered and nothing saved included). */
	private static boolean same(ActionProgress saved, ProgressStatus status, String comment,
			Map<TargetKey, BigDecimal> actuals) {
		if (saved == null) {
			return status == null && comment == null && actuals.isEmpty();
		}
		if (saved.status() != status || !Objects.equals(blankToNull(saved.comment()), comment)
				|| !saved.actuals().keySet().equals(actuals.keySet())) {
			return false;
		}
		return actuals.entrySet().stream().allMatch(e -> saved.actuals().get(e.getKey()).compareTo(e.getValue()) == 0);
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
