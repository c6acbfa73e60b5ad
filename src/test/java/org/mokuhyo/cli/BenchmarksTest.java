package org.mokuhyo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmarks (src/bench, not in the product jar) as the README runs them: their own main class in a JVM of its
 * own, each on a throw-away database of its own, with the smallest sizes; the figures printed, not judged.
 */
class BenchmarksTest {

	@TempDir
	Path dir;

	@Test
	void theBenchmarksAreTheirOwnVerbsAndNoneOfTheProducts() {
		assertThat(Benchmarks.VERBS).extracting(Verb::name)
			.containsExactly("bench", "bench-edits", "bench-portal", "bench-open-data", "bench-exchange");
		assertThat(Verbs.PRODUCT).extracting(Verb::name).noneMatch(name -> name.startsWith("bench"));
	}

	@Test
	void benchRunsOnItsOwnThrowAwayDatabaseAndPrintsFigures() throws Exception {
		JarRun run = run(List.of("bench", "--sheets", "5", "--clients", "2", "--requests", "20"));

		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("import, parse + store"), run.out());
		assertTrue(run.out().matches("(?s).*GET /api/v1/sheets/\\{id}.*p99.*GET /sheets/\\{id}.*p99.*"), run.out());
	}

	@Test
	void benchEditsSavesThroughTheEditFormOnItsOwnDatabaseAndLosesNoUpdate() throws Exception {
		JarRun run = run(List.of("bench-edits", "--seconds", "3", "--departments", "2", "--users-per-department",
				"2", "--versions", "20", "--comparisons", "20"));

		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().matches("(?s).*edits .* saves/s; conflicts \\(409\\) \\d+.*"
				+ "POST /sheets/\\{id}/edit/basics .*p99.*GET {2}/sheets/\\{id}/edit/basics .*p99.*"), run.out());
		java.util.regex.Matcher lost = java.util.regex.Pattern
			.compile("lost updates: (\\d+) \\((\\d+) acknowledged saves checked in (\\d+) versions written")
			.matcher(run.out());
		assertTrue(lost.find(), run.out());
		assertEquals("0", lost.group(1), run.out());
		// the first save on each sheet wins whoever else saves at the same time: something was checked
		assertTrue(Integer.parseInt(lost.group(2)) >= 2, run.out());
		assertEquals(lost.group(2), lost.group(3), "one version per acknowledged save: " + run.out());
		assertTrue(run.out().contains("refused saves found stored: 0"), run.out());
		assertTrue(run.out().matches("(?s).*GET /sheets/\\{id}/compare\\?from=&to= +21 .*p99.*"
				+ "GET /sheets/\\{id}/versions +20 \\(20 versions listed\\).*p99.*"), run.out());
	}

	@Test
	void benchPortalLoadsCitiesOnItsOwnDatabaseAndPrintsTheFiguresBesideTheTargets() throws Exception {
		JarRun run = run(List.of("bench-portal", "--municipalities", "2", "--departments", "2", "--queries", "5",
				"--coverage-requests", "5"));

		assertEquals(0, run.exit(), run.err());
		assertTrue(run.out().contains("load: 4 sheets stored as published"), run.out());
		// the seed has 52 actions in its goals, every variant as many
		assertTrue(run.out().contains("sizes: 4 sheets (4 in the portal's read model), 48 goals, 208 actions published"),
				run.out());
		assertTrue(run.out().matches("(?s).*index build \\(full search index rebuild from the database, 4 sheets\\):"
				+ " [\\d.]+ s = \\d+ actions/s.*target ≥ 20,000 actions/s: (met|NOT met).*"), run.out());
		// every query of the five finds something in the generated sheets
		assertTrue(run.out().matches("(?s).*search GET /api/v1/search\\?q=  15 \\(5 queries × 3 passes, after 1 warm-up"
				+ " pass; 5 of them with hits\\).*p95 .*p99 .*target p95 < 20 ms: (met|NOT met).*"), run.out());
		assertTrue(run.out().matches("(?s).*coverage GET /browse/plan\\?municipality=試験市0001&year=2024  5 .*p99 .*"
				+ "target p99 < 100 ms: (met|NOT met).*"), run.out());
	}

	@Test
	void benchPortalRefusesMoreQueriesThanItsList() throws Exception {
		JarRun run = VerbRun.of(Benchmarks.VERBS, null, List.of("bench-portal", "--queries", "101"), Map.of(), "");

		assertEquals(2, run.exit(), run.err());
		assertTrue(run.err().contains("--queries は 100 までです"), run.err());
	}

	@Test
	void benchExchangeRunsOnItsOwnThrowAwayDatabaseAndPrintsFigures() throws Exception {
		JarRun run = run(List.of("bench-exchange", "--sheets", "5"));

		assertThat(run.exit()).as(run.err()).isZero();
		assertThat(run.out()).contains("load: 5 sheets stored").contains("warm-up: 5 sheets written and read back");
		for (String phase : List.of("export .xlsx", "export JSON", "year's workbook export", "year's workbook progress import",
				"import .xlsx", "import JSON")) {
			assertThat(run.out()).containsPattern(java.util.regex.Pattern.quote(phase)
					+ ".*: 5 sheets in [\\d.]+ s = [\\d.]+ sheets/s; used heap after GC [\\d.]+ MB, peak [\\d.]+ MB");
		}
		// the seed's 44 actions in its goals, every variant as many, every row read back unchanged
		assertThat(run.out()).contains("workbook: 220 action rows").contains("import: 220 rows read, 220 unchanged, 0 refused");
	}

	private JarRun run(List<String> args) throws Exception {
		return JarRun.bench(dir, args, Duration.ofMinutes(4));
	}
}
