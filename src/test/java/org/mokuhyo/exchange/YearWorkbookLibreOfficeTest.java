package org.mokuhyo.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.progress.ProgressInput;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workbook.EditableWorkbook;
import org.mokuhyo.workbook.ProgressWorkbookImport;
import org.mokuhyo.workbook.WorkbookImportReport;
import org.mokuhyo.workbook.YearWorkbooks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * LibreOffice headless as a real client of the year's workbook: converted to CSV its Japanese is intact, and saved
 * again as .xlsx by LibreOffice (as a person editing it there would), it imports with every row read and unchanged,
 * then with an edit made in that file, saved.
 */
@IntegrationTest
class YearWorkbookLibreOfficeTest {

	private static final int YEAR = 2180;

	@TempDir
	Path dir;

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

	@Test
	void libreOfficeReadsTheJapaneseAndItsResavedFileImports() throws Exception {
		String department = "表計算確認部" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = store.save(SampleSheets.full(department, YEAR), List.of(), "seed.txt", Change.importBy(null, "取込")).id();
		SheetData sheet = store.find(id).orElseThrow();
		Action withTargets = sheet.annualGoals().get(0).items().get(0).actions().get(1);
		CurrentUser admin = accounts.currentUser(new TestUsers(accounts, organizations).admin().id()).orElseThrow();
		progresses.save(id, 1, List.of(new ProgressInput(withTargets.id(), "AT_RISK", "講師の確保が遅れています",
				Map.of(new TargetKey(-1, 0), "1200"), null)), admin);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		workbooks.write(YEAR, null, out);
		Path xlsx = dir.resolve("進行管理.xlsx");
		Files.write(xlsx, out.toByteArray());

		Path csv = LibreOffice.convert(xlsx, "csv:Text - txt - csv (StarCalc):44,34,76", "csv", dir.resolve("csv"));
		String text = Files.readString(csv, StandardCharsets.UTF_8);
		assertThat(text.lines().findFirst().orElseThrow()).startsWith("シートID,目標ID,取組みID,部局,年度,目標番号,目標,重点,取組み事項,行動")
			.contains("Q1 進捗状況").contains("Q4 コメント");
		assertThat(text.lines().filter(l -> l.contains(withTargets.id().toString())).findFirst().orElseThrow())
			.contains(department).contains("市民協働の推進").contains("② 出前講座等の実施").contains("新規・拡充")
			.contains("参加者数4,000人").contains("遅れ気味").contains("1200").contains("講師の確保が遅れています");
		assertThat(text.lines().count()).isEqualTo(5);

		Path resaved = LibreOffice.convert(xlsx, "xlsx:Calc MS Excel 2007 XML", "xlsx", dir.resolve("resaved"));
		WorkbookImportReport same = imports.importBytes(Files.readAllBytes(resaved), 1, false, admin);
		assertThat(same.errors()).isEmpty();
		assertThat(same.rowsRead()).isEqualTo(4);
		assertThat(same.unchangedRows()).isEqualTo(4);

		byte[] edited = new EditableWorkbook(Files.readAllBytes(resaved)).set(withTargets.id(), "Q1 実績1", 1500).bytes();
		WorkbookImportReport changed = imports.importBytes(edited, 1, false, admin);
		assertThat(changed.errors()).isEmpty();
		assertThat(changed.appliedRows()).hasSize(1);
		assertThat(progresses.of(id, 1).get(withTargets.id()).actuals().get(new TargetKey(-1, 0)))
			.isEqualByComparingTo("1500");
	}
}
