package org.mokuhyo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.opendata.OpenDataSchemas;
import org.mokuhyo.opendata.StrictCsv;
import org.mokuhyo.portal.BrowseFixture;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code open-data}: the page's files written into a folder, as a user runs it (a separate {@code java} process on
 * the test's PostgreSQL: the open data and workbook family's end-to-end run); its command line checked in-process.
 */
@IntegrationTest
class OpenDataVerbTest {

	@TempDir
	Path dir;

	@Autowired
	DataSource dataSource;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	JsonMapper json;

	@Test
	void writesEveryFileOfAYear() throws Exception {
		String city = BrowseFixture.create(store, workflows).municipality();
		JarRun run = JarRun.of(dir, JarRun.database(dataSource), List.of("open-data", "--fiscal-year", "2024", "--output",
				dir.resolve("od").toString(), "--municipality", city));
		assertThat(run.exit()).as(run.err()).isZero();
		Path od = dir.resolve("od");
		try (var files = Files.list(od)) {
			assertThat(files.map(p -> p.getFileName().toString()).toList()).contains("sheets.json", "goals.csv",
					"goals.csv-metadata.json", "targets.csv", "policy-links.csv", "csv.zip", "plan.csv", "policies.json");
		}
		assertThat(OpenDataSchemas.sheetsViolations(json.readTree(Files.readAllBytes(od.resolve("sheets.json")))))
			.isEmpty();
		assertThat(StrictCsv.parse(Files.readAllBytes(od.resolve("sheets.csv")))).hasSize(1 + 11); // 10 + the edited one
		try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(od.resolve("csv.zip")))) {
			assertThat(zip.getNextEntry().getName()).isEqualTo("sheets.csv");
		}
		assertThat(run.out()).contains("公表済みのシート 11 件");
	}

	@Test
	void theJarKnowsTheVerbAndTheBenchmarksTheirs() {
		assertThat(Verbs.product().knows("open-data")).isTrue();
		assertThat(Verbs.product().knows("bench-open-data")).isFalse();
		assertThat(new Verbs(Benchmarks.VERBS).knows("bench-open-data")).isTrue();
	}

	@Test
	void aWrongCommandLineIsAUsageErrorBeforeAnythingStarts() {
		JarRun noOutput = VerbRun.of(null, List.of("open-data", "--fiscal-year", "2024"));
		assertThat(noOutput.exit()).isEqualTo(2);
		assertThat(noOutput.err()).contains("--output を指定してください");
		JarRun neither = VerbRun.of(null, List.of("open-data", "--output", dir.toString()));
		assertThat(neither.exit()).isEqualTo(2);
		assertThat(neither.err()).contains("--fiscal-year 年度 か --all のどちらか一つを指定してください");
		JarRun both = VerbRun.of(null, List.of("open-data", "--all", "--fiscal-year", "2024", "--output", dir.toString()));
		assertThat(both.exit()).isEqualTo(2);
		assertThat(both.err()).contains("--fiscal-year 年度 か --all のどちらか一つを指定してください");
	}
}
