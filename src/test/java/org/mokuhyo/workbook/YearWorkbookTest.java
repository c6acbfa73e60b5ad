package org.mokuhyo.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.opendata.DerivedIds;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.progress.ActionProgress;
import org.mokuhyo.progress.ProgressInput;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetSummary;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The year's workbook against a real database: exported rows are the year's actions with their ids, targets and
 * progress; edited with POI and imported, the quarter's progress is stored through Progresses; one wrong row keeps
 * everything out (all rows' errors listed by row and column) unless only the valid rows are asked for; unchanged rows
 * and someone else's later save are handled. Each test has a fiscal year of its own: the export is the whole year's.
 */
@IntegrationTest
class YearWorkbookTest {

	private static int nextYear = 2150;

	@Autowired
	SheetStore store;

	@Autowired
	Progresses progresses;

	@Autowired
	YearWorkbooks workbooks;

	@Autowired
	ProgressWorkbookImport imports;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private int year;

	private String department;

	private String other;

	private SheetData sheet;

	private SheetData otherSheet;

	private CurrentUser editor;

	private CurrentUser admin;

	@BeforeEach
	void setUp() {
		year = nextYear++;
		department = WebTestSupport.unique("一覧部");
		other = WebTestSupport.unique("他部");
		sheet = save(department);
		otherSheet = save(other);
		TestUsers users = new TestUsers(accounts, organizations);
		editor = accounts.currentUser(users.editor(department).id()).orElseThrow();
		admin = accounts.currentUser(users.admin().id()).orElseThrow();
	}

	private SheetData save(String dept) {
		UUID id = store.save(SampleSheets.full(dept, year), List.of(), "seed.txt", Change.importBy(null, "取込")).id();
		return store.find(id).orElseThrow();
	}

	private byte[] export() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbooks.write(year, SampleSheets.MUNICIPALITY, out);
		return out.toByteArray();
	}

	private Action action(SheetData data, int goal, int item, int action) {
		return data.annualGoals().get(goal).items().get(item).actions().get(action);
	}

	@Test
	void theExportHasARowPerActionOfTheYearWithItsIdsTargetsAndProgress() throws Exception {
		Action withTargets = action(sheet, 0, 0, 1);
		progresses.save(sheet.id(), 1, List.of(new ProgressInput(withTargets.id(), "AT_RISK", "講師の確保が遅れています",
				Map.of(new TargetKey(-1, 0), "1200", new TargetKey(0, 0), "3500"), null)), editor);

		UUID elsewhere = store.save(SampleSheets.full("吹田市", "272051", department, year), List.of(), "seed.txt",
				Change.importBy(null, "取込")).id();
		EditableWorkbook book = new EditableWorkbook(export());

		assertThat(book.workbook().getSheetName(0)).isEqualTo("行動");
		assertThat(book.workbook().getSheetName(1)).isEqualTo("説明");
		assertThat(book.sheet().getPaneInformation().isFreezePane()).isTrue();
		assertThat(book.sheet().getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
		assertThat(book.sheet().getCTWorksheet().getAutoFilter().getRef()).startsWith("A1:");
		List<XSSFDataValidation> validations = book.sheet().getDataValidations();
		assertThat(validations).hasSize(4);
		assertThat(validations.get(0).getValidationConstraint().getExplicitListValues())
			.containsExactly("未着手", "順調", "遅れ気味", "遅延", "完了", "中止");
		assertThat(book.sheet().isColumnHidden(book.column("Q1 版"))).isTrue();
		StringBuilder help = new StringBuilder();
		book.workbook().getSheet("説明").forEach(r -> r.forEach(c -> help.append(c.getStringCellValue()).append('\n')));
		assertThat(help).contains("import-progress ファイル --quarter 四半期").contains("目標値の列は 3 組あります");

		// the rows are exactly the year's actions of the municipality, in sheet order (not another city's drafts)
		List<String> expected = new ArrayList<>();
		for (SheetSummary summary : store.list(year, null)) {
			if (summary.id().equals(elsewhere)) {
				continue;
			}
			SheetData data = store.find(summary.id()).orElseThrow();
			for (AnnualGoal goal : data.annualGoals()) {
				for (GoalItem item : goal.items()) {
					for (Action action : item.actions()) {
						expected.add(data.id() + " " + goal.id() + " " + action.id() + " " + data.department().name()
								+ " " + goal.number() + " " + goal.title());
					}
				}
			}
		}
		List<String> rows = new ArrayList<>();
		for (Row row : book.sheet()) {
			if (row.getRowNum() > 0) {
				rows.add(String.join(" ", book.text(row, "シートID"), book.text(row, "目標ID"), book.text(row, "取組みID"),
						book.text(row, "部局"), book.text(row, "目標番号"), book.text(row, "目標")));
			}
		}
		assertThat(rows).isEqualTo(expected).hasSize(8).noneMatch(r -> r.startsWith(elsewhere.toString()));
		assertThat(store.list(year, null)).hasSize(3);

		Row row = book.row(withTargets.id());
		assertThat(book.text(row, "年度")).isEqualTo(Integer.toString(year));
		assertThat(book.text(row, "取組み事項")).isEqualTo("(1) 市民公益活動団体を支援します。");
		assertThat(book.text(row, "行動")).isEqualTo("② 出前講座等の実施");
		assertThat(book.text(row, "新規/拡充")).isEqualTo("新規・拡充");
		assertThat(book.text(row, "スケジュール")).isEqualTo("11月");
		assertThat(book.text(row, "開始月")).isEqualTo("11");
		assertThat(book.text(row, "総合計画")).isEqualTo("5-1-(3)");
		assertThat(book.text(row, "基本政策")).isEqualTo("45");
		assertThat(book.text(row, "目標値ID1")).isEqualTo(DerivedIds.target(withTargets.id(), -1, 0).toString());
		assertThat(book.text(row, "目標値1")).isEqualTo("参加者数4,000人");
		assertThat(book.text(row, "数値1")).isEqualTo("4000");
		assertThat(book.text(row, "単位1")).isEqualTo("人");
		assertThat(book.text(row, "目標値3")).isEqualTo("・高校生世代向け講座：10,000人/年");
		assertThat(book.text(row, "目標値ID3")).isEqualTo(DerivedIds.target(withTargets.id(), 0, 0).toString());
		assertThat(book.text(row, "Q1 進捗状況")).isEqualTo("遅れ気味");
		assertThat(book.text(row, "Q1 実績1")).isEqualTo("1200");
		assertThat(book.text(row, "Q1 実績3")).isEqualTo("3500");
		assertThat(book.text(row, "Q1 コメント")).isEqualTo("講師の確保が遅れています");
		assertThat(book.text(row, "Q1 版")).isEqualTo("1");
		assertThat(book.text(row, "Q2 進捗状況")).isEmpty();
		assertThat(book.text(book.row(action(sheet, 1, 0, 0).id()), "重点")).isEqualTo("重点");
	}

	@Test
	void editedStatusesAndActualsAreStoredAndUnchangedRowsSkipped() throws Exception {
		Action first = action(sheet, 0, 0, 0);
		Action withTargets = action(sheet, 0, 0, 1);
		byte[] edited = new EditableWorkbook(export())
			.set(first.id(), "Q2 進捗状況", "完了")
			.set(withTargets.id(), "Q2 進捗状況", "順調")
			.set(withTargets.id(), "Q2 実績1", 2500)
			.set(withTargets.id(), "Q2 実績2", "１２．５")
			.set(withTargets.id(), "Q2 コメント", "予定どおり")
			.bytes();

		WorkbookImportReport report = imports.importBytes(edited, 2, false, editor);

		assertThat(report.errors()).isEmpty();
		assertThat(report.saved()).isTrue();
		assertThat(report.rowsRead()).isEqualTo(8);
		assertThat(report.appliedRows()).hasSize(2);
		assertThat(report.unchangedRows()).isEqualTo(6);
		Map<UUID, ActionProgress> saved = progresses.of(sheet.id(), 2);
		assertThat(saved).containsOnlyKeys(first.id(), withTargets.id());
		assertThat(saved.get(first.id()).status().label()).isEqualTo("完了");
		assertThat(saved.get(withTargets.id()).comment()).isEqualTo("予定どおり");
		assertThat(saved.get(withTargets.id()).actuals()).containsOnlyKeys(new TargetKey(-1, 0), new TargetKey(-1, 1));
		assertThat(saved.get(withTargets.id()).actuals().get(new TargetKey(-1, 0))).isEqualByComparingTo("2500");
		assertThat(saved.get(withTargets.id()).actuals().get(new TargetKey(-1, 1))).isEqualByComparingTo("12.5");
		assertThat(progresses.of(sheet.id(), 1)).as("other quarters untouched").isEmpty();

		// the same file again: every row equals what is stored, nothing is written (no new versions)
		WorkbookImportReport again = imports.importBytes(edited, 2, false, editor);
		assertThat(again.appliedRows()).isEmpty();
		assertThat(again.unchangedRows()).isEqualTo(8);
		assertThat(again.errors()).as("the other department's rows, as they were, are skipped").isEmpty();
		assertThat(progresses.of(sheet.id(), 2).get(withTargets.id()).version()).isEqualTo(1);
		// a fresh download, re-imported by the administrator: unchanged everywhere
		WorkbookImportReport fresh = imports.importBytes(export(), 2, false, admin);
		assertThat(fresh.errors()).isEmpty();
		assertThat(fresh.appliedRows()).isEmpty();
		assertThat(fresh.unchangedRows()).isEqualTo(8);
	}

	@Test
	void oneWrongRowKeepsEverythingOutAndTheReportNamesEachRowAndColumn() throws Exception {
		Action first = action(sheet, 0, 0, 0);
		Action withTargets = action(sheet, 0, 0, 1);
		Action unlabelled = action(sheet, 0, 1, 0);
		EditableWorkbook book = new EditableWorkbook(export());
		book.set(first.id(), "Q3 進捗状況", "完了")
			.set(withTargets.id(), "Q3 進捗状況", "終わった")
			.set(withTargets.id(), "Q3 実績1", "たくさん")
			.set(unlabelled.id(), "Q3 コメント", "状況を選び忘れ");
		int badRow = book.row(withTargets.id()).getRowNum() + 1;
		// a row a person added below: a note is skipped, a status without ids is an error
		int last = book.sheet().getLastRowNum();
		book.sheet().createRow(last + 1).createCell(book.column("目標")).setCellValue("合計（メモ）");
		book.sheet().createRow(last + 2).createCell(book.column("Q3 進捗状況")).setCellValue("完了");
		String statusColumn = org.apache.poi.ss.util.CellReference.convertNumToColString(book.column("Q3 進捗状況"));

		WorkbookImportReport report = imports.importBytes(book.bytes(), 3, false, editor);

		assertThat(report.saved()).isFalse();
		assertThat(report.appliedRows()).isEmpty();
		assertThat(progresses.of(sheet.id(), 3)).isEmpty();
		assertThat(report.errors()).extracting(WorkbookImportReport.RowError::text).contains(
				badRow + "行目 " + statusColumn + "列（Q3 進捗状況）: 進捗状況「終わった」は使えません。未着手、順調、遅れ気味、遅延、完了、中止 のいずれかにしてください。");
		assertThat(report.errors()).anySatisfy(e -> {
			assertThat(e.row()).isEqualTo(badRow);
			assertThat(e.header()).isEqualTo("Q3 実績1");
			assertThat(e.message()).contains("「たくさん」は0以上の数値で入力してください");
		});
		assertThat(report.errors()).anySatisfy(e -> {
			assertThat(e.header()).isEqualTo("Q3 進捗状況");
			assertThat(e.message()).startsWith("進捗状況を選んでください");
		});
		assertThat(report.errors()).anySatisfy(e -> {
			assertThat(e.row()).isEqualTo(last + 3);
			assertThat(e.header()).isEqualTo("シートID");
			assertThat(e.message()).isEqualTo("シートIDが空か正しくありません。");
		});
		assertThat(report.rejectedRows()).doesNotContain(last + 2);
		assertThat(report.rowsRead()).isEqualTo(9);
		// the administrator may report for every department: the same wrong cells
		WorkbookImportReport byAdmin = imports.importBytes(book.bytes(), 3, false, admin);
		assertThat(byAdmin.errors()).hasSize(5);
		assertThat(byAdmin.rejectedRows()).hasSize(3);
		assertThat(progresses.of(sheet.id(), 3)).isEmpty();
	}

	@Test
	void validRowsOnlySavesTheGoodRowsAndSaysWhichWereNot() throws Exception {
		Action first = action(sheet, 0, 0, 0);
		Action withTargets = action(sheet, 0, 0, 1);
		Action goal2 = action(sheet, 1, 0, 0);
		Action otherAction = action(otherSheet, 0, 0, 0);
		EditableWorkbook book = new EditableWorkbook(export());
		book.set(first.id(), "Q4 進捗状況", "完了")
			.set(withTargets.id(), "Q4 進捗状況", "順調")
			.set(withTargets.id(), "Q4 実績2", "-3")
			.set(goal2.id(), "Q4 進捗状況", "中止")
			.set(otherAction.id(), "Q4 進捗状況", "遅延");
		int firstRow = book.row(first.id()).getRowNum() + 1;
		int goal2Row = book.row(goal2.id()).getRowNum() + 1;
		int badRow = book.row(withTargets.id()).getRowNum() + 1;
		int otherRow = book.row(otherAction.id()).getRowNum() + 1;

		WorkbookImportReport report = imports.importBytes(book.bytes(), 4, true, editor);

		assertThat(report.saved()).isTrue();
		assertThat(report.appliedRows()).containsExactly(firstRow, goal2Row);
		assertThat(report.rejectedRows()).contains(badRow, otherRow);
		assertThat(report.errors()).anySatisfy(e -> {
			assertThat(e.row()).isEqualTo(otherRow);
			assertThat(e.header()).isEqualTo("シートID");
			assertThat(e.message()).isEqualTo("「" + other + "」の進行管理を報告する権限がありません。");
		});
		assertThat(progresses.of(sheet.id(), 4)).containsOnlyKeys(first.id(), goal2.id());
		assertThat(progresses.of(otherSheet.id(), 4)).isEmpty();
	}

	@Test
	void aRowSavedByAnotherSinceTheDownloadIsRefusedAndClearedCellsWithdrawAnUpdate() throws Exception {
		Action first = action(sheet, 0, 0, 0);
		Action unlabelled = action(sheet, 0, 1, 0);
		progresses.save(sheet.id(), 1, List.of(new ProgressInput(unlabelled.id(), "ON_TRACK", null, Map.of(), null)),
				admin);
		EditableWorkbook book = new EditableWorkbook(export());
		progresses.save(sheet.id(), 1, List.of(new ProgressInput(first.id(), "DONE", null, Map.of(), null)), admin);
		book.set(first.id(), "Q1 進捗状況", "順調");
		book.row(unlabelled.id()).removeCell(book.row(unlabelled.id()).getCell(book.column("Q1 進捗状況")));

		WorkbookImportReport report = imports.importBytes(book.bytes(), 1, true, editor);

		assertThat(report.errors()).singleElement().satisfies(e -> {
			assertThat(e.header()).isEqualTo("Q1 版");
			assertThat(e.message()).contains("ほかの人がこの取組みの第1四半期の進捗を更新しました");
		});
		assertThat(report.appliedRows()).hasSize(1);
		assertThat(progresses.of(sheet.id(), 1)).containsOnlyKeys(first.id());
		assertThat(progresses.of(sheet.id(), 1).get(first.id()).status().label()).isEqualTo("完了");
	}

	@Test
	void aFileThatIsNotTheWorkbookIsRefusedAsAWhole() throws Exception {
		assertThatThrownBy(() -> imports.importBytes("not excel".getBytes(), 1, false, editor))
			.isInstanceOf(WorkbookRejectedException.class).hasMessage("Excel ファイル（.xlsx）として読めません。");
		assertThatThrownBy(() -> imports.importBytes(export(), 5, false, editor))
			.isInstanceOf(WorkbookRejectedException.class).hasMessage("四半期は1〜4で指定してください。");
		EditableWorkbook book = new EditableWorkbook(export());
		book.sheet().getRow(0).createCell(book.column("Q2 コメント")).setCellValue("備考");
		assertThatThrownBy(() -> imports.importBytes(book.bytes(), 2, false, editor))
			.isInstanceOf(WorkbookRejectedException.class).hasMessageContaining("「Q2 コメント」の列がありません");
		EditableWorkbook renamed = new EditableWorkbook(export());
		renamed.workbook().setSheetName(0, "Sheet1");
		assertThatThrownBy(() -> imports.importBytes(renamed.bytes(), 2, false, editor))
			.isInstanceOf(WorkbookRejectedException.class).hasMessageContaining("シート「行動」がありません");
	}

	/**
	 * A big city's year (tens of thousands of actions) makes a sheet XML beyond 32 MB: it is read as a stream, and
	 * no limit the sheet importer keeps for its own, smaller files applies to it (a sheet .xlsx imported first).
	 */
	@Test
	void aWorkbookWhoseSheetInflatesBeyond32MegabytesIsReadRowByRow() throws Exception {
		byte[] sheetXlsx = new org.mokuhyo.exchange.XlsxSheetWriter().write(sheet);
		assertThat(org.mokuhyo.importer.SheetImporter.standard()
			.parse(sheetXlsx, "sheet.xlsx", new org.mokuhyo.importer.ImportOptions(year, null, null))
			.sheet()).isNotNull();

		EditableWorkbook original = new EditableWorkbook(export());
		org.apache.poi.xssf.usermodel.XSSFSheet source = original.sheet();
		int comment = -1;
		for (org.apache.poi.ss.usermodel.Cell cell : source.getRow(0)) {
			if (cell.getStringCellValue().equals("Q1 コメント")) {
				comment = cell.getColumnIndex();
			}
		}
		assertThat(comment).isNotNegative();
		int rows = 30_000;
		java.util.Random random = new java.util.Random(7);
		ByteArrayOutputStream big = new ByteArrayOutputStream();
		try (org.apache.poi.xssf.streaming.SXSSFWorkbook out = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100)) {
			org.apache.poi.ss.usermodel.Sheet copy = out.createSheet("行動");
			for (int r = 0; r <= rows; r++) {
				Row from = source.getRow(r == 0 ? 0 : 1 + (r - 1) % source.getLastRowNum());
				Row to = copy.createRow(r);
				for (org.apache.poi.ss.usermodel.Cell cell : from) {
					to.createCell(cell.getColumnIndex()).setCellValue(new org.apache.poi.ss.usermodel.DataFormatter()
						.formatCellValue(cell));
				}
				if (r > 0) { // a comment of its own in every row, so the file compresses as real text does
					StringBuilder text = new StringBuilder();
					for (int i = 0; i < 400; i++) {
						text.append((char) ('a' + random.nextInt(26)));
					}
					to.createCell(comment).setCellValue(text.toString());
				}
			}
			out.write(big);
		}

		WorkbookImportReport report = imports.importBytes(big.toByteArray(), 1, false, admin);

		assertThat(report.rowsRead()).isEqualTo(rows);
		assertThat(report.saved()).isFalse(); // each action many times over: refused by row, nothing saved
	}
}
