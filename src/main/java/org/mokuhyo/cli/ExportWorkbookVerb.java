package org.mokuhyo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.mokuhyo.audit.AuditEvent;
import org.mokuhyo.audit.AuditLog;
import org.mokuhyo.workbook.YearWorkbooks;

/**
 * {@code export-workbook --fiscal-year Y --output FILE [--municipality 豊中市]}: the year's workbook (every
 * department of every municipality, or of the one named; current versions, with progress) as the staff's download.
 */
final class ExportWorkbookVerb implements Verb {

	@Override
	public String name() {
		return "export-workbook";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar export-workbook --fiscal-year 2024 --output ファイル.xlsx [--municipality 豊中市]
				      年度のすべての部局の取組みを1行ずつ、目標値と四半期ごとの進捗とともに Excel の一覧表に書き出します
				      （--municipality を省くとすべての自治体）。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, Set.of("fiscal-year", "output", "municipality"));
		arguments.noPositional();
		arguments.required("fiscal-year");
		int fiscalYear = arguments.fiscalYear();
		Path output = Path.of(arguments.required("output"));
		try (VerbContext context = terminal.open()) {
			int rows;
			try (OutputStream stream = Files.newOutputStream(output)) {
				rows = context.bean(YearWorkbooks.class).write(fiscalYear, arguments.option("municipality"), stream);
			}
			catch (IOException ex) {
				throw new InputException("書き出せません: " + output + " (" + ex.getMessage() + ")");
			}
			context.bean(AuditLog.class).record(null, "コマンドライン", AuditEvent.Kind.EXPORT, null, null,
					"年度の一覧表（Excel）: " + fiscalYear + "年度 → " + output);
			terminal.out().printf("年度の一覧表を書き出しました: %d年度、取組み %d 行 → %s%n", fiscalYear, rows, output);
		}
		return 0;
	}
}
