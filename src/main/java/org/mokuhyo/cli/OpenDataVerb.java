package org.mokuhyo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;

import org.mokuhyo.opendata.CodeLists;
import org.mokuhyo.opendata.CsvLevel;
import org.mokuhyo.opendata.CsvMetadata;
import org.mokuhyo.opendata.OpenDataExport;
import org.mokuhyo.opendata.OpenDataScope;
import org.mokuhyo.opendata.OpenDataSizes;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;

/**
 * {@code open-data --fiscal-year 2024|--all --output DIR [--municipality 豊中市] [--header en]}: the files of the
 * downloads page ({@code /open-data}) into a folder: sheets.json, a CSV per level with its CSVW column list, the zip
 * of the CSVs, and the code lists. Written as read, like the page's downloads.
 */
final class OpenDataVerb implements Verb {

	@Override
	public String name() {
		return "open-data";
	}

	@Override
	public String usage() {
		return """
				  java -jar mokuhyo.jar open-data --fiscal-year 2024|--all --output ディレクトリ [--municipality 豊中市] [--header en]
				      公表済みのシートのオープンデータ (sheets.json、階層ごとの CSV と列の説明、CSV の zip、コードリスト) を書き出します。
				""";
	}

	@Override
	public int run(String[] args, Terminal terminal) throws UsageException, InputException {
		Arguments arguments = Arguments.parse(args, Set.of("fiscal-year", "output", "municipality", "header"),
				Set.of("all"));
		arguments.noPositional();
		arguments.required("output");
		check(arguments);
		try (VerbContext context = terminal.open()) {
			write(context, arguments, terminal);
		}
		return 0;
	}

	/** What is wrong with the command line, before anything starts. */
	private static void check(Arguments arguments) throws UsageException {
		if (arguments.flag("all") == (arguments.fiscalYear() != null)) {
			throw new UsageException("--fiscal-year 年度 か --all のどちらか一つを指定してください");
		}
		String header = arguments.option("header");
		if (header != null && !header.equals("ja") && !header.equals("en")) {
			throw new UsageException("--header は ja か en です: " + header);
		}
	}

	private static void write(VerbContext context, Arguments arguments, Terminal terminal)
			throws UsageException, InputException {
		Integer year = arguments.fiscalYear();
		boolean english = "en".equals(arguments.option("header"));
		Path directory = Path.of(arguments.required("output"));
		String name = context.municipality(arguments);
		MunicipalityRef municipality = context.bean(Organizations.class).findMunicipality(name)
			.orElseThrow(() -> new InputException("自治体が見つかりません: " + name));
		OpenDataScope scope = new OpenDataScope(municipality.id(), municipality.name(), municipality.code(), year);
		try {
			Files.createDirectories(directory);
		}
		catch (IOException ex) {
			throw new InputException("出力先のディレクトリを作れません: " + directory + " (" + ex.getMessage() + ")");
		}
		OpenDataExport export = context.bean(OpenDataExport.class);
		CodeLists codes = context.bean(CodeLists.class);
		CsvMetadata metadata = context.bean(CsvMetadata.class);
		long[] sheets = { 0 };
		write(directory, OpenDataSizes.JSON, stream -> sheets[0] = export.writeJson(scope, stream));
		for (CsvLevel level : CsvLevel.values()) {
			write(directory, level.fileName(), stream -> export.writeCsv(level, scope, english, stream));
			write(directory, level.fileName() + "-metadata.json", stream -> bytes(stream, metadata.of(level.fileName())));
		}
		write(directory, OpenDataSizes.ZIP, stream -> export.writeZip(scope, english, stream));
		for (CodeLists.Kind kind : CodeLists.Kind.values()) {
			write(directory, kind.baseName() + ".json", stream -> codes.writeJson(kind, scope, stream));
			write(directory, kind.baseName() + ".csv", stream -> codes.writeCsv(kind, scope, english, stream));
			write(directory, kind.baseName() + ".csv-metadata.json",
					stream -> bytes(stream, metadata.of(kind.baseName() + ".csv")));
		}
		terminal.out().printf("オープンデータを書き出しました: %s %s、公表済みのシート %d 件 → %s%n", municipality.name(),
				year == null ? "すべての年度" : year + "年度", sheets[0], directory);
	}

	private static void write(Path directory, String name, Consumer<OutputStream> writing) throws InputException {
		Path file = directory.resolve(name);
		try (OutputStream stream = Files.newOutputStream(file)) {
			writing.accept(stream);
		}
		catch (IOException | UncheckedIOException ex) {
			throw new InputException("書き出せません: " + file + " (" + ex.getMessage() + ")");
		}
	}

	private static void bytes(OutputStream stream, byte[] content) {
		try {
			stream.write(content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
