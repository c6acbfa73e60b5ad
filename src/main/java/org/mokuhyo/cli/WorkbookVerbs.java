package org.mokuhyo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.Role;
import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.workbook.ProgressWorkbookImport;
import org.mokuhyo.workbook.WorkbookImportReport;
import org.mokuhyo.workbook.WorkbookRejectedException;
import org.mokuhyo.workbook.YearWorkbooks;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code export-workbook --fiscal-year Y --output FILE [--municipality 豊中市]}: the year's workbook (every department
 * of every municipality, or of the one named; current versions,
 * with progress) as the staff's download; {@code import-progress FILE --quarter N [--valid-rows-only]}: one quarter's
 * progress from an edited one, with the report of every row on stdout. The command line acts with the server's own
 * rights (as an administrator named コマンドライン).
 */
final class WorkbookVerbs {

	/**
	 * Who the command line is in the progress it saves: an administrator of that municipality, no account (staff
	 * rights end at their municipality's border, the command line's too).
	 */
	static CurrentUser commandLine(long municipalityId) {
		return new CurrentUser(0, "command-line", "コマンドライン", municipalityId, Set.of(Role.ADMIN), Set.of());
	}

	private final PrintStream out;

	WorkbookVerbs(PrintStream stdout) {
		this.out = new PrintStream(stdout, true, StandardCharsets.UTF_8);
	}

	void export(ConfigurableApplicationContext context, int fiscalYear, String municipality, Path output)
			throws InputException {
		int rows;
		try (OutputStream stream = Files.newOutputStream(output)) {
			rows = context.getBean(YearWorkbooks.class).write(fiscalYear, municipality, stream);
		}
		catch (IOException ex) {
			throw new InputException("書き出せません: " + output + " (" + ex.getMessage() + ")");
		}
		context.getBean(AuditLog.class).record(null, "コマンドライン", AuditEvent.Kind.EXPORT, null, null,
				"年度の一覧表（Excel）: " + fiscalYear + "年度 → " + output);
		out.printf("年度の一覧表を書き出しました: %d年度、取組み %d 行 → %s%n", fiscalYear, rows, output);
	}

	/** @return the exit status: 0 without errors, 1 with any (the report says which rows were saved, if any) */
	int importProgress(ConfigurableApplicationContext context, Path file, int quarter, boolean validRowsOnly,
			long municipalityId) throws InputException {
		WorkbookImportReport report;
		try {
			report = context.getBean(ProgressWorkbookImport.class).importFile(file, quarter, validRowsOnly,
					commandLine(municipalityId));
		}
		catch (WorkbookRejectedException ex) {
			throw new InputException("取り込めません [" + ex.code() + "]: " + ex.getMessage());
		}
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
		return report.errors().isEmpty() ? 0 : 1;
	}

	private static String join(java.util.List<Integer> rows) {
		return String.join(", ", rows.stream().map(String::valueOf).toList());
	}
}
