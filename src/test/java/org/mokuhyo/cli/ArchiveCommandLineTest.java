package org.mokuhyo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.TableCounts;
import org.mokuhyo.bulk.Archives;
import org.mokuhyo.bulk.BulkImports;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@code import-archive} at its hard edges, in-process on the test's context (the run as a separate process is in
 * CommandLineTest): a file over 10 MB listed as TOO_LARGE while the rest imports, a folder's link to a file outside it not read,
 * zips made to fill the disk refused with nothing stored, and an import whose runner crashed resumed by its id.
 */
@IntegrationTest
class ArchiveCommandLineTest {

	@TempDir
	Path dir;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SheetStore store;

	@Autowired
	BulkImports bulk;

	private final String municipality = WebTestSupport.unique("CLI限度市");

	@Autowired
	ApplicationContext context;

	private JarRun run(String... args) {
		return VerbRun.of(context, List.of(args));
	}

	@Test
	void aFolderLinkToAFileOutsideIsNotReadAndAFileOver10MbIsListedAsTooLarge() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("folder"));
		Files.write(folder.resolve("a.txt"), Archives.sheet("CLIリンク一部"));
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(big, (byte) 'a');
		Files.write(folder.resolve("big.txt"), big);
		Path outside = Files.write(dir.resolve("outside.txt"), Archives.sheet("CLIリンク外部"));
		Files.createSymbolicLink(folder.resolve("link.txt"), outside);

		JarRun run = run("import-archive", folder.toString(), "--fiscal-year", "2024", "--municipality", municipality);

		assertThat(run.exit()).as(run.err()).isEqualTo(1);
		assertThat(run.out()).contains("a.txt\t取込み済み").contains("big.txt\t取込み不可 [TOO_LARGE]")
			.contains("link.txt\t取込み不可 [OUTSIDE_FOLDER]").doesNotContain("Exception");
		assertThat(store.find(municipality, "CLIリンク一部", 2024)).isPresent();
		assertThat(store.find(municipality, "CLIリンク外部", 2024)).as("the file outside was not read").isEmpty();
	}

	@Test
	void aZipWithAFileOver10MbImportsTheRestAndListsItAsTooLarge() throws Exception {
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		Arrays.fill(big, (byte) 'a');
		Map<String, byte[]> entries = Archives.entries();
		entries.put("a.txt", Archives.sheet("CLI大一部"));
		entries.put("big.txt", big);
		Path zip = Files.write(dir.resolve("big.zip"), Archives.zip(entries, StandardCharsets.UTF_8));

		JarRun run = run("import-archive", zip.toString(), "--fiscal-year", "2024", "--municipality", municipality);

		assertThat(run.exit()).as(run.err()).isEqualTo(1);
		assertThat(run.out()).contains("a.txt\t取込み済み").contains("big.txt\t取込み不可 [TOO_LARGE] ファイルが大きすぎます");
		assertThat(store.find(municipality, "CLI大一部", 2024)).isPresent();
	}

	@Test
	void zipsMadeToFillTheDiskAreRefusedWithNothingStored() throws Exception {
		Map<String, byte[]> refusals = Map.of("OVERLAPPING_ENTRIES", Archives.fiftyNamesForOneFile(),
				"ARCHIVE_TOO_LARGE", Archives.bomb(true));
		for (Map.Entry<String, byte[]> refusal : refusals.entrySet()) {
			Path zip = Files.write(dir.resolve(refusal.getKey() + ".zip"), refusal.getValue());
			Map<String, Integer> before = TableCounts.of(jdbc);
			int jobs = count("bulk_import");
			int files = count("bulk_import_file");

			JarRun run = run("import-archive", zip.toString(), "--municipality", municipality);

			assertThat(run.exit()).as(run.err()).isEqualTo(1);
			assertThat(run.err()).contains("取り込めません [" + refusal.getKey() + "]").doesNotContain("Exception")
				.doesNotContain("java.");
			assertThat(run.out()).isEmpty();
			assertThat(count("bulk_import")).isEqualTo(jobs);
			assertThat(count("bulk_import_file")).isEqualTo(files);
			assertThat(TableCounts.of(jdbc)).isEqualTo(before);
		}
	}

	@Test
	void anImportWhoseRunnerCrashedResumesByItsId() throws Exception {
		Path folder = Files.createDirectories(dir.resolve("crashed"));
		List<String> departments = List.of("CLI中断一部", "CLI中断二部", "CLI中断三部");
		for (int i = 0; i < departments.size(); i++) {
			Files.write(folder.resolve(i + ".txt"), Archives.sheet(departments.get(i)));
		}
		UUID id = bulk.create(folder, "crashed", new BulkImports.Options(2024, municipality, false),
				BulkImports.Runner.COMMAND_LINE);
		try {
			bulk.run(id, BulkImports.Runner.COMMAND_LINE, progress -> Thread.currentThread().interrupt());
		}
		finally {
			Thread.interrupted();
		}
		// as a killed runner leaves it: its id, a heartbeat of a while ago, the file it was reading
		jdbc.sql("""
				update bulk_import set runner = 'elsewhere/4242/0badc0de/1', heartbeat_at = now() - interval '10 minutes',
				interrupted_at = null, current_file = '1.txt' where id = ?""").param(id).update();

		JarRun run = run("import-archive", "--resume", id.toString());

		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.err()).contains("再開します: crashed（中断、残り 2 件 / 3 件）");
		for (String department : departments) {
			assertThat(store.find(municipality, department, 2024)).as(department)
				.hasValueSatisfying(sheet -> assertThat(store.versions(sheet.id())).hasSize(1));
		}
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}
}
