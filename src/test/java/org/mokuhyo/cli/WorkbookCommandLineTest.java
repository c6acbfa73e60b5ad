package org.mokuhyo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workbook.EditableWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * {@code export-workbook} and {@code import-progress} in-process on the tests' context ({@link VerbRun}); the open
 * data and workbook family's run as a separate process is in OpenDataVerbTest, the benchmark in BenchmarksTest.
 */
@IntegrationTest
class WorkbookCommandLineTest {

	@TempDir
	Path dir;

	@Autowired
	ApplicationContext context;

	@Autowired
	SheetStore store;

	@Autowired
	Progresses progresses;

	@Test
	void exportTheYearsWorkbookEditItAndImportOneQuarter() throws Exception {
		int year = 2170;
		UUID id = store.save(SampleSheets.full("CLI一覧部" + UUID.randomUUID().toString().substring(0, 8), year), List.of(),
				"seed.txt", Change.importBy(null, "取込")).id();
		SheetData sheet = store.find(id).orElseThrow();
		Action first = sheet.annualGoals().get(0).items().get(0).actions().get(0);
		Action withTargets = sheet.annualGoals().get(0).items().get(0).actions().get(1);
		Path output = dir.resolve("一覧表.xlsx");

		JarRun export = run(List.of("export-workbook", "--fiscal-year", Integer.toString(year), "--output", output.toString()));

		assertThat(export.exit()).as(export.err()).isZero();
		assertThat(export.out()).contains("年度の一覧表を書き出しました: " + year + "年度、取組み 4 行");
		EditableWorkbook book = new EditableWorkbook(Files.readAllBytes(output));
		int bad = book.row(withTargets.id()).getRowNum() + 1;
		int good = book.row(first.id()).getRowNum() + 1;
		Path edited = dir.resolve("edited.xlsx");
		Files.write(edited, book.set(first.id(), "Q3 進捗状況", "順調").set(withTargets.id(), "Q3 進捗状況", "だいたい")
			.bytes());

		JarRun refused = run(List.of("import-progress", edited.toString(), "--quarter", "3"));

		assertThat(refused.exit()).as(refused.err()).isEqualTo(1);
		assertThat(refused.out()).contains(bad + "行目 ").contains("（Q3 進捗状況）: 進捗状況「だいたい」は使えません。")
			.contains("誤りのある行があるため、何も保存していません。");
		assertThat(progresses.of(id, 3)).isEmpty();

		JarRun partly = run(List.of("import-progress", edited.toString(), "--quarter", "3", "--valid-rows-only"));

		assertThat(partly.exit()).as(partly.err()).isEqualTo(1);
		assertThat(partly.out()).contains("第3四半期: 読んだ行 4、保存 1、変更なし 2、誤りのある行 1")
			.contains("保存した行: " + good).contains("誤りのある行（" + bad + "）は保存していません。");
		assertThat(progresses.of(id, 3)).containsOnlyKeys(first.id());
		assertThat(progresses.of(id, 3).get(first.id()).updatedByName()).isEqualTo("コマンドライン");
	}

	@Test
	void aMissingQuarterOrOutputIsAUsageErrorAndAMissingFileBadInput() throws Exception {
		JarRun noQuarter = run(List.of("import-progress", dir.resolve("x.xlsx").toString()));
		JarRun noFile = run(List.of("import-progress", dir.resolve("x.xlsx").toString(), "--quarter", "2"));

		assertThat(noQuarter.exit()).isEqualTo(2);
		assertThat(noQuarter.err()).contains("--quarter に四半期を 1〜4 で指定してください");
		assertThat(noFile.exit()).isEqualTo(1);
		assertThat(noFile.err()).contains("ファイルが見つかりません");
		JarRun noOutput = run(List.of("export-workbook", "--fiscal-year", "2024"));
		assertThat(noOutput.exit()).isEqualTo(2);
		assertThat(noOutput.err()).contains("--output を指定してください").contains("使い方");
		JarRun fifth = run(List.of("import-progress", dir.resolve("x.xlsx").toString(), "--quarter", "5"));
		assertThat(fifth.exit()).isEqualTo(2);
	}

	private JarRun run(List<String> args) {
		return VerbRun.of(context, args);
	}
}
