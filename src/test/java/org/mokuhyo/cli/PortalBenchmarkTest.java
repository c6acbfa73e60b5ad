package org.mokuhyo.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportResult;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.AnnualGoal;

class PortalBenchmarkTest {

	@Test
	void aVariantReadsAsTheSeedWithItsOwnDepartmentAndWords() throws Exception {
		String seed = new String(Benchmark.bundledSeed(), StandardCharsets.UTF_8);
		ImportResult original = parse(seed);

		ImportResult first = parse(BenchCities.variant(seed, "市民協働部", "環境部", 0));
		ImportResult other = parse(BenchCities.variant(seed, "市民協働部", "環境部", 5));

		assertEquals("環境部", first.sheet().department().name());
		assertEquals(original.report(), first.report(), "the same goals, items, actions and warnings");
		List<String> titles = first.sheet().annualGoals().stream().map(AnnualGoal::title).toList();
		assertTrue(titles.stream().anyMatch(t -> BenchCities.WORDS.stream().anyMatch(w -> t.endsWith("の推進（" + w + "）"))),
				titles.toString());
		assertNotEquals(titles, other.sheet().annualGoals().stream().map(AnnualGoal::title).toList());
	}

	@Test
	void eachWordOfTheListGoesToSomeSheetsButNotAll() throws Exception {
		String seed = new String(Benchmark.bundledSeed(), StandardCharsets.UTF_8);
		int sheets = BenchCities.WORDS.size();
		for (String word : List.of("防災", "脱炭素", "廃棄物削減")) {
			int with = 0;
			for (int i = 0; i < sheets; i++) {
				with += BenchCities.variant(seed, "市民協働部", "総務部", i).contains("（" + word + "）") ? 1 : 0;
			}
			assertTrue(with > 0 && with < sheets, word + ": " + with + " of " + sheets);
		}
	}

	@Test
	void theQueryListHoldsOneHundredDistinctQueriesWhoseFacetsNameGeneratedDepartments() throws Exception {
		List<PortalBenchmark.Query> queries = PortalBenchmark.queries();

		assertEquals(100, queries.size());
		assertEquals(100, new HashSet<>(queries).size());
		Set<String> departments = Set.copyOf(BenchCities.DEPARTMENTS);
		for (PortalBenchmark.Query query : queries) {
			for (String facet : query.facets().isEmpty() ? new String[0] : query.facets().split("&")) {
				String[] pair = facet.split("=");
				assertTrue(pair[0].equals("year") ? pair[1].equals("2024") : departments.contains(pair[1]), facet);
			}
		}
		assertEquals("/api/v1/search?q=%E8%A9%90%E6%AC%BA+%E9%98%B2%E6%AD%A2&year=2024",
				new PortalBenchmark.Query("詐欺 防止", "year=2024").path());
	}

	private static ImportResult parse(String text) {
		return SheetImporter.standard().parse(text.getBytes(StandardCharsets.UTF_8), "bench.txt",
				new ImportOptions(2024, "試験市0001", "990001"));
	}
}
