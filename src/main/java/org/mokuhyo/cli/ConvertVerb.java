package org.mokuhyo.cli;

import java.util.Set;

import org.mokuhyo.importer.DefaultMunicipality;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code convert FILE}: the importer with only configuration and the JSON mapper around it, so it needs no
 * database; the sheet's JSON on stdout, the report on stderr, nothing stored.
 */
final class ConvertVerb implements Verb {

	@Override
	public String name() {
		return "convert";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar convert ファイル [--fiscal-year 2024] [--municipality 豊中市]
				      目標シートを読み取り、JSON を標準出力に出します (保存はしません)。報告は標準エラーに出ます。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, Set.of("fiscal-year", "municipality"));
		String file = arguments.file();
		ImportOptions options = new ImportOptions(arguments.fiscalYear(), arguments.option("municipality"), null);
		byte[] content = InputFiles.read(file);
		try (VerbContext context = terminal.convertContext().get()) {
			ImportOptions effective = DefaultMunicipality.from(context.environment()).applyTo(options);
			ImportResult result = SheetImporter.standard().parse(content, InputFiles.fileName(file), effective);
			ReportText.lines(result.report()).forEach(terminal.err()::println);
			SheetJsonOutput.print(context.bean(JsonMapper.class), result.sheet(), terminal.out());
		}
		return 0;
	}
}
