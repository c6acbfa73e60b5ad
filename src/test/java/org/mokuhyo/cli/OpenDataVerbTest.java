package org.mokuhyo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.MokuhyoApplication;
import org.mokuhyo.opendata.OpenDataSchemas;
import org.mokuhyo.opendata.StrictCsv;
import org.mokuhyo.portal.BrowseFixture;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/** {@code open-data}: the page's files written into a folder (run on the tests' own application context). */
@IntegrationTest
class OpenDataVerbTest {

	@TempDir
	Path dir;

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	JsonMapper json;

	@Test
	void writesEveryFileOfAYear() throws Exception {
		String city = BrowseFixture.create(store, workflows).municipality();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		new OpenDataVerb(new PrintStream(out)).run(context, Arguments.parse(new String[] { "open-data", "--fiscal-year",
				"2024", "--output", dir.resolve("od").toString(), "--municipality", city }, Verbs_OPTIONS, java.util.Set.of("all")));
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
		assertThat(out.toString(StandardCharsets.UTF_8)).contains("公表済みのシート 11 件");
	}

	@Test
	void theJarKnowsBothVerbs() {
		assertThat(CommandLine.isVerb(new String[] { "open-data" })).isTrue();
		assertThat(CommandLine.isVerb(new String[] { "bench-open-data" })).isTrue();
	}

	@Test
	void aWrongCommandLineIsAUsageErrorBeforeAnythingStarts() {
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		Verbs verbs = new Verbs(MokuhyoApplication.class, new PrintStream(new ByteArrayOutputStream()),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		assertThat(verbs.run(new String[] { "open-data", "--fiscal-year", "2024" })).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--output を指定してください");
		assertThrows(UsageException.class, () -> new OpenDataVerb(System.out).run(context, Arguments.parse(
				new String[] { "open-data", "--output", dir.toString() }, Verbs_OPTIONS, java.util.Set.of("all"))));
		assertThrows(UsageException.class, () -> new OpenDataVerb(System.out).run(context, Arguments.parse(
				new String[] { "open-data", "--all", "--fiscal-year", "2024", "--output", dir.toString() },
				Verbs_OPTIONS, java.util.Set.of("all"))));
	}

	private static final java.util.Set<String> Verbs_OPTIONS = java.util.Set.of("fiscal-year", "output",
			"municipality", "header");
}
