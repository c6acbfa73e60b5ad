package org.mokuhyo.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mokuhyo.importer.ImportRejectedException;
import org.mokuhyo.sheet.SheetLimitException;
import org.mokuhyo.sheet.SnapshotUnreadableException;

/**
 * The verbs by name, the usage text made of theirs, and the one place that turns what went wrong into an exit
 * status: 0 done, 1 bad input (one line on stderr), 2 a wrong command line (with the usage text). {@code help},
 * {@code --help} and {@code -h} print the usage on stdout.
 */
final class Verbs {

	/** The product's verbs, in the order of the usage text. The benchmarks are not among them (src/bench). */
	static final List<Verb> PRODUCT = List.of(new ConvertVerb(), new ImportVerb(), new ArchiveImport(),
			new ExportVerb(), new CreateAdminVerb(), new MunicipalitiesVerb(), new AddMunicipalityVerb(),
			new RemindProgressVerb(), new ReindexVerb(), new OpenDataVerb(), new ExportWorkbookVerb(),
			new ImportProgressVerb());

	static final Set<String> HELP = Set.of("help", "--help", "-h");

	private static final String EXIT_CODES = "終了コード: 0 成功、1 入力の問題、2 使い方の誤り";

	private final Map<String, Verb> verbs = new LinkedHashMap<>();

	Verbs(List<Verb> verbs) {
		verbs.forEach(verb -> this.verbs.put(verb.name(), verb));
	}

	static Verbs product() {
		return new Verbs(PRODUCT);
	}

	boolean knows(String name) {
		return verbs.containsKey(name);
	}

	String usage() {
		StringBuilder text = new StringBuilder("使い方:\n");
		verbs.values().forEach(verb -> text.append(verb.usage().stripTrailing()).append('\n'));
		return text.append(EXIT_CODES).toString();
	}

	int run(String[] args, Terminal terminal) {
		String name = args.length == 0 ? "" : args[0];
		if (HELP.contains(name)) {
			terminal.out().println(usage());
			return 0;
		}
		try {
			Verb verb = verbs.get(name);
			if (verb == null) {
				throw new UsageException("知らないコマンドです: " + name);
			}
			return verb.run(args, terminal);
		}
		catch (UsageException ex) {
			terminal.err().println(ex.getMessage());
			terminal.err().println(usage());
			return 2;
		}
		catch (InputException ex) {
			terminal.err().println(ex.getMessage());
			return 1;
		}
		catch (ImportRejectedException ex) {
			terminal.err().println("取り込めません [" + ex.code() + "]: " + ex.getMessage());
			return 1;
		}
		catch (SheetLimitException ex) {
			terminal.err().println("保存できません [" + ex.code() + "]: " + ex.getMessage());
			return 1;
		}
		catch (SnapshotUnreadableException ex) {
			terminal.err()
				.println((ex.refusedSave() ? "保存できません [" : "読み込めません [") + ex.code() + "]: " + ex.getMessage());
			return 1;
		}
		catch (RuntimeException ex) {
			// Not the input's fault (the database, the configuration): say what broke, in one line.
			Throwable cause = ex;
			while (cause.getCause() != null) {
				cause = cause.getCause();
			}
			terminal.err().println("処理できませんでした: " + cause.getMessage() + " (" + cause.getClass().getSimpleName() + ")");
			return 1;
		}
	}
}
