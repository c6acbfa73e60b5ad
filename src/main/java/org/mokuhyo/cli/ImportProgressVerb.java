package org.mokuhyo.cli;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.Role;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.workbook.ProgressWorkbookImport;
import org.mokuhyo.workbook.WorkbookImportReport;
import org.mokuhyo.workbook.WorkbookRejectedException;

/**
 * {@code import-progress FILE --quarter N [--valid-rows-only] [--municipality 豊中市]}: one quarter's progress from
 * an edited year's workbook, with the report of every row on stdout; exit 1 with any wrong row. The command line
 * acts as an administrator of one municipality (named コマンドライン): staff rights end at its border.
 */
final class ImportProgressVerb implements Verb {

	/**
	 * Who the command line is in the progress it saves: an administrator of that municipality, no account (staff
	 * rights end at their municipality's border, the command line's too).
	 */
	static CurrentUser commandLine(long municipalityId) {
		return new CurrentUser(0, "command-line", "コマンドライン", municipalityId, Set.of(Role.ADMIN), Set.of());
	}

	@Override
	public String name() {
		return "import-progress";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar import-progress ファイル.xlsx --quarter 1〜4 [--valid-rows-only] [--municipality 豊中市]
				      一覧表に書き込んだ一つの四半期の進捗（進捗状況・実績・コメント）を取り込みます。誤りのある行があれば
				      何も保存せず（--valid-rows-only では正しい行だけ保存し）、誤りを行・列ごとに出して終了コード 1。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, Set.of("quarter", "municipality"), Set.of("valid-rows-only"));
		Path file = Path.of(arguments.file());
		int quarter = arguments.intOption("quarter", 0);
		if (arguments.option("quarter") == null || quarter < 1 || quarter > 4) {
			throw new UsageException("--quarter に四半期を 1〜4 で指定してください");
		}
		if (!Files.isRegularFile(file)) {
			throw new InputException("ファイルが見つかりません: " + file);
		}
		try (VerbContext context = terminal.open()) {
			String named = context.municipality(arguments);
			long municipalityId = context.bean(Organizations.class).findMunicipalityByCodeOrName(named)
				.orElseThrow(() -> new InputException("市区町村が見つかりません: " + named))
				.id();
			WorkbookImportReport report;
			try {
				report = context.bean(ProgressWorkbookImport.class).importFile(file, quarter,
						arguments.flag("valid-rows-only"), commandLine(municipalityId));
			}
			catch (WorkbookRejectedException ex) {
				throw new InputException("取り込めません [" + ex.code() + "]: " + ex.getMessage());
			}
			print(report, quarter, terminal.out());
			return report.errors().isEmpty() ? 0 : 1;
		}
	}

	private static void print(WorkbookImportReport report, int quarter, PrintStream out) {
		for (WorkbookImportReport.RowError error : report.errors()) {
			out.println(error.text());
		}
		out.printf("第%d四半期: 読んだ行 %d、保存 %d、変更なし %d、誤りのある行 %d%n", quarter, report.rowsRead(),
				report.appliedRows().size(), report.unchangedRows(), report.rejectedRows().size());
		if (!report.appliedRows().isEmpty()) {
			out.println("保存した行: " + join(report.appliedRows()));
		}
		if (!report.errors().isEmpty()) {
			out.println(report.saved() ? "誤りのある行（" + join(report.rejectedRows()) + "）は保存していません。"
					: "誤りのある行があるため、何も保存していません。");
		}
	}

	private static String join(List<Integer> rows) {
		return String.join(", ", rows.stream().map(String::valueOf).toList());
	}
}
