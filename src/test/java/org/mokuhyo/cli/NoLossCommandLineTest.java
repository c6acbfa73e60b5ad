package org.mokuhyo.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;


import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.TableCounts;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line never replaces a sheet with less without {@code --replace}, and a bulk archive never does (the
 * file is reported as refused); truncated files are refused on both verbs. In-process on the test's context
 * ({@link VerbRun}); the database is compared before and after.
 */
@IntegrationTest
class NoLossCommandLineTest {

	@TempDir
	Path dir;

	@Autowired
	ApplicationContext context;

	@Autowired
	SheetStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void lessContentNeedsReplaceAndAnArchiveNeverReplaces() throws Exception {
		String department = "CLI減少部" + java.util.UUID.randomUUID().toString().substring(0, 8);
		String seed = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);
		store.save(SheetImporter.standard()
			.parse(seed.getBytes(StandardCharsets.UTF_8), "seed.txt", new ImportOptions(null, "豊中市", "272035"))
			.sheet(), List.of(), "seed.txt");
		SheetData before = store.find("豊中市", department, 2024).orElseThrow();
		// the fourth to seventh mid-term goals cut off, as a file copied in part
		String cut = seed.substring(0, seed.indexOf("4\t就労支援"));
		Path reduced = Files.writeString(dir.resolve("reduced.txt"), cut);
		Path truncated = Files.write(dir.resolve("truncated.txt"),
				java.util.Arrays.copyOf(seed.getBytes(StandardCharsets.UTF_8), 300));
		Path archive = Files.createDirectories(dir.resolve("archive"));
		Files.copy(reduced, archive.resolve("a.txt"));
		Files.copy(truncated, archive.resolve("b.txt"));
		Map<String, Integer> tables = TableCounts.of(jdbc);

		JarRun refused = run(List.of("import", reduced.toString(), "--municipality", "豊中市"));
		assertThat(refused.exit()).as(refused.err()).isEqualTo(1);
		assertThat(refused.err()).contains("取り込めません [WOULD_REMOVE]").contains("中期目標4「就労支援・生活困窮者支援・若者支援事業の拡充」")
			.contains("中期目標7").contains("--replace");
		JarRun cutShort = run(List.of("import", truncated.toString(), "--municipality", "豊中市"));
		assertThat(cutShort.exit()).as(cutShort.err()).isEqualTo(1);
		assertThat(cutShort.err()).contains("取り込めません [TRUNCATED]");
		JarRun bulk = run(List.of("import-archive", archive.toString(), "--municipality", "豊中市", "--fiscal-year", "2024"));
		assertThat(bulk.exit()).as(bulk.err()).isEqualTo(1);
		assertThat(bulk.out()).contains("a.txt\t取込み不可 [WOULD_REMOVE]").contains("b.txt\t取込み不可 [TRUNCATED]");
		assertThat(TableCounts.of(jdbc)).isEqualTo(tables);
		assertThat(store.find("豊中市", department, 2024).orElseThrow()).isEqualTo(before);

		JarRun confirmed = run(List.of("import", reduced.toString(), "--municipality", "豊中市", "--replace"));
		assertThat(confirmed.exit()).as(confirmed.err()).isEqualTo(0);
		SheetData after = store.find("豊中市", department, 2024).orElseThrow();
		assertThat(after.version()).isEqualTo(2);
		assertThat(after.midTermGoals()).hasSize(3);
	}

	private JarRun run(List<String> args) {
		return VerbRun.of(context, args);
	}
}
