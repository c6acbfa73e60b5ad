package org.mokuhyo.cli;

import java.io.PrintStream;
import java.util.Set;

import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportOutcome;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportService;

/**
 * {@code import FILE [--published] [--replace]}: parses and stores one sheet (a draft, or as already published),
 * printing the report; less content than the current version is refused unless {@code --replace} confirms it.
 */
final class ImportVerb implements Verb {

	@Override
	public String name() {
		return "import";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar import ファイル [--fiscal-year 2024] [--municipality 豊中市] [--published] [--replace]
				      目標シートを読み取って保存し、報告を出します。下書きとして入ります。--published は公表済みの
				      シート（市の公表資料）として取り込みます。今の版にある目標・方針・振り返りがなくなる取込みは
				      断ります (WOULD_REMOVE)。確認のうえ置き換えるときだけ --replace を付けます。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, Set.of("fiscal-year", "municipality"), Set.of("published", "replace"));
		String file = arguments.file();
		ImportOptions options = new ImportOptions(arguments.fiscalYear(), arguments.option("municipality"), null,
				arguments.flag("replace"));
		byte[] content = InputFiles.read(file);
		try (VerbContext context = terminal.open()) {
			ImportAuthor author = arguments.flag("published") ? ImportAuthor.COMMAND_LINE.asPublished()
					: ImportAuthor.COMMAND_LINE;
			ImportOutcome outcome = context.bean(ImportService.class)
				.importSheet(content, InputFiles.fileName(file), options, ImportPermission.ANYONE, author);
			PrintStream out = terminal.out();
			ReportText.lines(outcome.report()).forEach(out::println);
			out.println(!outcome.changed() ? "内容に変更がないため保存しませんでした (版 %d のまま, id %s)"
				.formatted(outcome.version(), outcome.sheetId())
					: "保存しました: 版 %d%s (id %s)".formatted(outcome.version(), outcome.replaced() ? "、前の版を置き換え" : "",
							outcome.sheetId()));
			out.println(outcome.published() ? "公表済みのシートとして登録しました。" : "下書きとして登録しました。公表は手続き（提出・承認・公表）の後です。");
		}
		return 0;
	}
}
