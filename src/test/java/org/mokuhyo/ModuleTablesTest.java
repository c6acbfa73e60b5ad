package org.mokuhyo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;

/**
 * The database is shared, the tables are not: a module's SQL names its own tables, and asks the owning module for
 * anything else (the module check cannot see a table read). The SQL is found as written: every Java string literal and
 * text block of a module's package (sub-packages included) that contains select, insert, update, delete or join; a
 * table is what follows from, join, into, update or table. SQL built from a table name held in a variable is not seen.
 * <p>
 * Who owns a table comes from the Flyway migrations: the module its migration is named for ({@code V7__progress} →
 * progress), unless {@link #OWNER_BY_MIGRATION} or {@link #OWNER_BY_TABLE} say otherwise. A migration creating a table
 * no rule gives an owner fails the test: add the migration or the table there.
 */
class ModuleTablesTest {

	private static final Path SOURCES = Path.of("src/main/java/org/mokuhyo");

	private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");

	/** Migrations whose description does not begin with their module's name. */
	private static final Map<String, String> OWNER_BY_MIGRATION = Map.of("public_read_model", "portal", "api_token",
			"token", "sign_in_failure", "account");

	/** Tables whose migration is named for another module: V1__organization_plan creates plan's too. */
	private static final Map<String, String> OWNER_BY_TABLE = Map.of("plan_node", "plan", "basic_policy", "plan");

	/** Every module's SQL is checked (web, split into its features, holds none). */
	private static final Set<String> NOT_CHECKED = Set.of();

	/**
	 * Reads of another module's tables still written as joins, each along a dependency the reader declares (checked
	 * below): names and codes shown in lists and filters by municipality or department (organization's tables), the
	 * sheet and version a row belongs to (sheet's), who started or did something (account's). Asking the owner instead
	 * would mean a query per row or a copy of its data; none of these may write. An entry no longer needed fails the
	 * test, so the list only shrinks; a new one needs a reason here.
	 */
	private static final Map<String, Set<String>> JOINS = Map.of(
			"account", Set.of("municipality", "department"), // the accounts list's municipality, a contact's departments
			"audit", Set.of("app_user", "department", "goal_sheet"), // the log's names, its filter by municipality
			"bulk", Set.of("app_user"), // the runs of an administrator's municipality (who started them)
			"portal", Set.of("municipality", "sheet_version"), // municipality names; the published snapshots
			"sheet", Set.of("municipality", "department"), // a sheet's municipality and department names
			"token", Set.of("department"), // a token's departments by name
			"workflow", Set.of("municipality", "department", "goal_sheet", "sheet_version")); // the cycle's lists

	private static final Pattern SQL = Pattern.compile("\\b(select|insert|update|delete|join)\\b",
			Pattern.CASE_INSENSITIVE);

	private static final Pattern TABLE = Pattern
		.compile("\\b(delete\\s+from|from|join|into|update|table)\\s+([a-z_][a-z0-9_]*)", Pattern.CASE_INSENSITIVE);

	/** What follows these is written ({@code table}: altered or locked). */
	private static final Pattern WRITES = Pattern.compile("delete.*|into|update|table", Pattern.CASE_INSENSITIVE);

	private static final Pattern CREATE = Pattern.compile("create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?([a-z_]+)",
			Pattern.CASE_INSENSITIVE);

	@Test
	void everyTableHasAnOwningModule() {
		Map<String, String> owners = owners();
		assertThat(owners).isNotEmpty();
		assertThat(modules()).containsAll(owners.values());
		assertThat(owners).containsEntry("goal_sheet", "sheet")
			.containsEntry("plan_node", "plan")
			.containsEntry("public_sheet", "portal")
			.containsEntry("app_user", "account");
	}

	@Test
	void aModulesSqlNamesOnlyItsOwnTablesAndTheJoinsListed() {
		Map<String, String> owners = owners();
		List<String> foreign = new ArrayList<>();
		Map<String, Set<String>> joinsUsed = new TreeMap<>();
		for (String module : modules()) {
			if (NOT_CHECKED.contains(module)) {
				continue;
			}
			for (TableUse use : tablesUsed(module, owners)) {
				String owner = owners.get(use.table());
				if (owner.equals(module)) {
					continue;
				}
				if (!use.writes() && JOINS.getOrDefault(module, Set.of()).contains(use.table())) {
					joinsUsed.computeIfAbsent(module, m -> new TreeSet<>()).add(use.table());
					continue;
				}
				foreign.add(use.file() + " " + (use.writes() ? "writes " : "reads ") + use.table() + " (" + owner
						+ "'s)");
			}
		}
		assertThat(foreign).as("SQL naming another module's table: ask the owning module").isEmpty();
		Map<String, Set<String>> listed = new TreeMap<>();
		JOINS.forEach((module, tables) -> listed.put(module, new TreeSet<>(tables)));
		assertThat(joinsUsed).as("joins listed but no longer written: take them off JOINS").isEqualTo(listed);
	}

	@Test
	void theJoinsFollowDeclaredDependencies() throws ClassNotFoundException {
		Map<String, String> owners = owners();
		for (var entry : JOINS.entrySet()) {
			ApplicationModule declared = Class.forName("org.mokuhyo." + entry.getKey() + ".package-info")
				.getAnnotation(ApplicationModule.class);
			assertThat(declared).as(entry.getKey() + " declares its dependencies").isNotNull();
			for (String table : entry.getValue()) {
				assertThat(declared.allowedDependencies()).as(entry.getKey() + " joins " + table)
					.contains(owners.get(table));
			}
		}
	}

	/** The scan itself: a text block with an escaped quote, a comment, writes and reads told apart. */
	@Test
	void theScanReadsStringsAsJavaWritesThem() {
		String source = """
				// select * from commented_out
				String a = "select x from goal_sheet s join \\"department\\" d";
				String b = \"""
						insert into app_user (name) values ('it''s "quoted\\\""')
						\""";
				char c = '"';
				String d = "from plan_node, not sql";
				String e = "delete  from plan_node where id = ?";
				""";
		List<String> strings = strings(source);
		assertThat(strings).hasSize(4);
		Map<String, String> owners = Map.of("goal_sheet", "sheet", "app_user", "account", "plan_node", "plan",
				"commented_out", "x");
		assertThat(uses("A.java", strings, owners)).containsExactly(new TableUse("A.java", "goal_sheet", false),
				new TableUse("A.java", "app_user", true), new TableUse("A.java", "plan_node", true));
	}

	record TableUse(String file, String table, boolean writes) {
	}

	private static List<TableUse> tablesUsed(String module, Map<String, String> owners) {
		List<TableUse> uses = new ArrayList<>();
		try (Stream<Path> files = Files.walk(SOURCES.resolve(module))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
				String name = SOURCES.relativize(file).toString().replace('\\', '/');
				uses.addAll(uses(name, strings(Files.readString(file)), owners));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return uses;
	}

	private static List<TableUse> uses(String file, List<String> strings, Map<String, String> owners) {
		List<TableUse> uses = new ArrayList<>();
		for (String text : strings) {
			if (!SQL.matcher(text).find()) {
				continue;
			}
			Matcher m = TABLE.matcher(text);
			while (m.find()) {
				String table = m.group(2).toLowerCase(Locale.ROOT);
				if (owners.containsKey(table)) {
					uses.add(new TableUse(file, table, WRITES.matcher(m.group(1)).matches()));
				}
			}
		}
		return uses;
	}

	/** The contents of a Java source's string literals and text blocks, comments and characters skipped. */
	static List<String> strings(String source) {
		List<String> found = new ArrayList<>();
		int i = 0;
		while (i < source.length()) {
			if (source.startsWith("//", i)) {
				int end = source.indexOf('\n', i);
				i = end < 0 ? source.length() : end + 1;
			}
			else if (source.startsWith("/*", i)) {
				i = source.indexOf("*/", i + 2) + 2;
			}
			else if (source.startsWith("\"\"\"", i)) {
				int end = closing(source, i + 3, "\"\"\"");
				found.add(source.substring(i + 3, end));
				i = end + 3;
			}
			else if (source.charAt(i) == '"' || source.charAt(i) == '\'') {
				String quote = String.valueOf(source.charAt(i));
				int end = closing(source, i + 1, quote);
				if (quote.equals("\"")) {
					found.add(source.substring(i + 1, end));
				}
				i = end + 1;
			}
			else {
				i++;
			}
		}
		return found;
	}

	private static int closing(String source, int from, String quote) {
		int i = from;
		while (!source.startsWith(quote, i)) {
			i += source.charAt(i) == '\\' ? 2 : 1;
		}
		return i;
	}

	/** Every table the migrations create, with its module. */
	private static Map<String, String> owners() {
		Map<String, String> owners = new TreeMap<>();
		Set<String> modules = modules();
		try (Stream<Path> files = Files.list(MIGRATIONS)) {
			for (Path file : files.sorted().toList()) {
				String name = file.getFileName().toString();
				String description = name.substring(name.indexOf("__") + 2, name.lastIndexOf('.'));
				Matcher m = CREATE.matcher(Files.readString(file));
				while (m.find()) {
					String table = m.group(1).toLowerCase(Locale.ROOT);
					String owner = OWNER_BY_TABLE.getOrDefault(table, OWNER_BY_MIGRATION.get(description));
					if (owner == null) {
						String first = description.split("_")[0];
						owner = modules.contains(first) ? first : null;
					}
					assertThat(owner).as(name + " creates " + table + ": which module owns it? (OWNER_BY_MIGRATION)")
						.isNotNull();
					owners.put(table, owner);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return owners;
	}

	private static Set<String> modules() {
		try (Stream<Path> dirs = Files.list(SOURCES)) {
			return dirs.filter(Files::isDirectory)
				.map(dir -> dir.getFileName().toString())
				.collect(java.util.stream.Collectors.toCollection(TreeSet::new));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
