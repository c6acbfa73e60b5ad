package org.mokuhyo.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.mokuhyo.bulk.ArchiveException;
import org.mokuhyo.bulk.BulkFile;
import org.mokuhyo.bulk.BulkImport;
import org.mokuhyo.bulk.BulkImports;
import org.mokuhyo.bulk.FileOutcome;
import org.mokuhyo.bulk.ResumeRefusedException;

/**
 * The verb {@code import-archive}: a zip or a folder of sheets, imported file by file; progress on standard error
 * (one line a file), the per-file report on standard output. Exit 1 when any file was refused (the report says
 * which and why), so a script notices.
 */
final class ArchiveImport implements Verb {

	@Override
	public String name() {
		return "import-archive";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar import-archive ZIPまたはフォルダ [--fiscal-year 2024] [--municipality 豊中市] [--published]
				  java -jar mokuhyo.jar import-archive --resume ID
				      多数のシート（.zip、またはフォルダとその下のフォルダ）を1件ずつ取り込み、進み具合を標準エラーに、
				      ファイルごとの結果を標準出力に出します。取り込めないファイルがあれば終了コード 1。中断したら --resume で
				      続きから再開します（取り込み済みのファイルは二度取り込みません）。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, Set.of("fiscal-year", "municipality", "resume"), Set.of("published"));
		PrintStream stdout = terminal.out();
		PrintStream stderr = terminal.err();
		String resume = arguments.option("resume");
		Path source = null;
		if (resume == null) {
			source = Path.of(arguments.file());
		}
		else {
			arguments.noPositional();
			if (arguments.option("fiscal-year") != null || arguments.option("municipality") != null
					|| arguments.flag("published")) {
				throw new UsageException("--resume では取込みの設定は変えられません（最初の指定のまま続けます）");
			}
		}
		Integer fiscalYear = arguments.fiscalYear();
		try (VerbContext context = terminal.open()) {
			BulkImports bulk = context.bean(BulkImports.class);
			UUID id;
			if (resume == null) {
				try {
					id = bulk.create(source, source.getFileName().toString(),
							new BulkImports.Options(fiscalYear, arguments.option("municipality"),
									arguments.flag("published")),
							BulkImports.Runner.COMMAND_LINE);
				}
				catch (ArchiveException ex) {
					throw new InputException("取り込めません [" + ex.code() + "]: " + ex.getMessage());
				}
			}
			else {
				id = parseId(resume);
				BulkImport found = bulk.find(id).orElseThrow(() -> new InputException("一括取込みがありません: " + resume));
				stderr.printf("再開します: %s（%s、残り %d 件 / %d 件）%n", found.sourceName(),
						found.state(Instant.now()).label(), found.remaining(), found.total());
			}
			BulkImport before = bulk.find(id).orElseThrow();
			stderr.printf("一括取込み %s: %d 件（中断したら --resume %s で続きから再開できます）%n", before.sourceName(),
					before.total(), id);
			BulkImport after;
			try {
				after = bulk.run(id, BulkImports.Runner.COMMAND_LINE, progress -> stderr.printf(
						"[%d/%d] %3d%% %s — %s（不可 %d 件）%n", progress.done(), progress.total(),
						progress.total() == 0 ? 100 : 100 * progress.done() / progress.total(), progress.file().name(),
						describe(progress.file()), progress.refused()));
			}
			catch (ResumeRefusedException ex) {
				throw new InputException("再開できません [" + ex.code() + "]: " + ex.getMessage());
			}
			report(after, bulk.files(id), stdout);
			return after.refused() > 0 || after.remaining() > 0 ? 1 : 0;
		}
	}

	private static void report(BulkImport job, List<BulkFile> files, PrintStream stdout) {
		stdout.printf("一括取込みの結果: %s (id %s)%n", job.sourceName(), job.id());
		stdout.printf("取込み済み %d 件、うち注意あり %d 件、変更なし %d 件、取込み不可 %d 件、未処理 %d 件（全 %d 件）%n",
				job.imported() + job.withWarnings(), job.withWarnings(), job.unchanged(), job.refused(),
				job.remaining(), job.total());
		for (BulkFile file : files) {
			stdout.printf("%s\t%s%n", file.name(), file.outcome() == null ? "未処理" : describe(file));
		}
	}

	static String describe(BulkFile file) {
		FileOutcome outcome = file.outcome();
		if (outcome == null) {
			return "未処理";
		}
		return switch (outcome) {
			case REFUSED -> outcome.label() + " [" + file.code() + "] " + file.message();
			case WARNINGS -> outcome.label() + "（注意 " + file.warnings() + " 件）: " + sheet(file);
			case IMPORTED, UNCHANGED -> outcome.label() + ": " + sheet(file);
		};
	}

	private static String sheet(BulkFile file) {
		return "%s %d年度 第%d版 (id %s)".formatted(file.department(), file.fiscalYear(), file.version(), file.sheetId());
	}

	private static UUID parseId(String text) throws UsageException {
		try {
			return UUID.fromString(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new UsageException("--resume には一括取込みの id を指定してください: " + text);
		}
	}
}
