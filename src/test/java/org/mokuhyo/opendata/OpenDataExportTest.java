package org.mokuhyo.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportOutcome;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.organization.MunicipalityRef;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.portal.BrowseFixture;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The open-data files of generated published data (BrowseFixture: ten departments over two years, beside a draft, a
 * published sheet edited since, a withdrawn one and a published year-end review), checked against the published
 * snapshots in the database; and ids across re-imports of the real seed sheet.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenDataExportTest {

	@Autowired
	OpenDataExport export;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	Organizations organizations;

	@Autowired
	ImportService imports;

	@Autowired
	JsonMapper json;

	private BrowseFixture fixture;

	private OpenDataScope scope;

	@BeforeAll
	void publish() {
		fixture = BrowseFixture.create(store, workflows);
		MunicipalityRef m = organizations.findMunicipality(fixture.municipality()).orElseThrow();
		scope = new OpenDataScope(m.id(), m.name(), m.code(), null);
	}

	@Test
	void theJsonOfAYearHoldsEveryPublishedSheetValidAgainstTheSchemaAndNoDraft() {
		for (int year : BrowseFixture.YEARS) {
			byte[] bytes = bytes(out -> export.writeJson(scope.year(year), out));
			JsonNode file = json.readTree(bytes);
			assertThat(OpenDataSchemas.sheetsViolations(file)).isEmpty();
			assertThat(file.path("fiscalYear").asInt()).isEqualTo(year);
			assertThat(file.path("license").path("id").asString()).isEqualTo("CC-BY-4.0");
			assertThat(file.path("license").path("attribution").asString()).contains(fixture.municipality());

			Map<UUID, SheetData> expected = published(year);
			List<UUID> ids = new ArrayList<>();
			for (JsonNode entry : file.path("sheets")) {
				UUID id = UUID.fromString(entry.path("sheetId").asString());
				ids.add(id);
				SheetData sheet = expected.get(id);
				assertThat(sheet).as("only published sheets").isNotNull();
				assertThat(entry.path("publishedVersion").asInt()).isEqualTo(sheet.version());
				assertThat(entry.path("publishedAt").asString()).matches("\\d{4}-\\d\\d-\\d\\dT.*\\+09:00");
				// the sheet as published, with an id added to each target
				JsonNode content = entry.path("sheet");
				assertThat(content.path("annualGoals").get(0).path("title").asString())
					.isEqualTo(sheet.annualGoals().get(0).title());
				Action withTargets = sheet.annualGoals().get(0).items().get(0).actions().get(1);
				JsonNode targets = content.path("annualGoals").get(0).path("items").get(0).path("actions").get(1)
					.path("targets");
				assertThat(targets.get(1).path("id").asString())
					.isEqualTo(DerivedIds.target(withTargets.id(), -1, 1).toString());
				JsonNode subTarget = content.path("annualGoals").get(0).path("items").get(0).path("actions").get(1)
					.path("subItems").get(0).path("targets").get(0);
				assertThat(subTarget.path("id").asString())
					.isEqualTo(DerivedIds.target(withTargets.id(), 0, 0).toString());
			}
			assertThat(ids).containsExactlyInAnyOrderElementsOf(expected.keySet());
			String text = new String(bytes, StandardCharsets.UTF_8);
			assertThat(text).doesNotContain(BrowseFixture.DRAFT_TITLE, BrowseFixture.EDITED_TITLE,
					BrowseFixture.WITHDRAWN_DEPARTMENT, BrowseFixture.DRAFT_DEPARTMENT);
		}
		String every = new String(bytes(out -> export.writeJson(scope, out)), StandardCharsets.UTF_8);
		assertThat(every).contains(BrowseFixture.REVIEWED_TITLE);
		assertThat(OpenDataSchemas.sheetsViolations(json.readTree(every))).isEmpty();
	}

	@Test
	void eachCsvHasItsHeaderAndOneRowPerRecordOfThePublishedVersions() {
		for (Integer year : new Integer[] { 2023, 2024, null }) {
			Map<UUID, SheetData> published = year == null ? published(null) : published(year);
			for (CsvLevel level : CsvLevel.values()) {
				byte[] bytes = bytes(out -> export.writeCsv(level, scope.year(year), false, out));
				List<List<String>> records = StrictCsv.parse(bytes);
				assertThat(records.get(0)).as(level.name()).isEqualTo(level.columns().stream().map(Column::title).toList());
				List<List<String>> rows = records.subList(1, records.size());
				assertThat(rows).as(level + " " + year).hasSize(expectedRows(level, published.values()));
				for (List<String> row : rows) {
					UUID sheetId = UUID.fromString(row.get(4));
					SheetData sheet = published.get(sheetId);
					assertThat(sheet).as("a row of a published sheet only").isNotNull();
					assertThat(row.get(1)).isEqualTo(fixture.municipality());
					assertThat(row.get(2)).isEqualTo(Integer.toString(sheet.fiscalYear()));
					assertThat(row.get(3)).isEqualTo(sheet.department().name());
				}
				String text = new String(bytes, StandardCharsets.UTF_8);
				assertThat(text).doesNotContain(BrowseFixture.DRAFT_TITLE, BrowseFixture.EDITED_TITLE,
						BrowseFixture.EDIT_CODE, BrowseFixture.DRAFT_CODE, BrowseFixture.WITHDRAWN_DEPARTMENT);
			}
		}
	}

	@Test
	void rowsCarryTheStableIdsOfThemselvesAndTheirParents() {
		Map<UUID, SheetData> published = published(2024);
		List<List<String>> goals = rows(CsvLevel.GOALS, 2024);
		Set<String> goalIds = new HashSet<>();
		published.values().forEach(s -> s.annualGoals().forEach(g -> goalIds.add(g.id().toString())));
		assertThat(goals.stream().map(r -> r.get(5)).toList()).containsExactlyInAnyOrderElementsOf(goalIds);

		List<List<String>> actions = rows(CsvLevel.ACTIONS, 2024);
		Map<String, List<String>> byAction = new LinkedHashMap<>();
		actions.forEach(r -> byAction.put(r.get(10), r));
		for (SheetData sheet : published.values()) {
			for (AnnualGoal goal : sheet.annualGoals()) {
				for (GoalItem item : goal.items()) {
					for (Action action : item.actions()) {
						List<String> row = byAction.get(action.id().toString());
						assertThat(row).isNotNull();
						assertThat(row.get(5)).isEqualTo(goal.id().toString());
						assertThat(row.get(7)).isEqualTo(item.id().toString());
						assertThat(row.get(12)).isEqualTo(action.text());
						assertThat(row.get(18)).isEqualTo(String.join(";", action.tags()));
					}
				}
			}
		}
		// the sample's 10,000人/年 of a sub-point: number 1 of sub-point 1, value without separators
		List<List<String>> targets = rows(CsvLevel.TARGETS, 2024);
		assertThat(targets).anySatisfy(r -> {
			assertThat(r.get(11)).isEqualTo("1");
			assertThat(r.get(14)).isEqualTo("10000");
			assertThat(r.get(15)).isEqualTo("人");
			assertThat(r.get(16)).isEqualTo("年");
		});
		assertThat(targets.stream().map(r -> r.get(10)).distinct().count()).as("every target id differs")
			.isEqualTo(targets.size());
		// mid-term goals: the open-ended step leaves the end year empty
		assertThat(rows(CsvLevel.MID_TERM_GOALS, 2024)).allSatisfy(r -> {
			assertThat(r.get(10)).isEqualTo("2024");
			assertThat(r.get(11)).isEmpty();
			assertThat(r.get(9)).contains("\n").contains("① 設立支援 令和6年度(2024年度)～");
		});
		List<List<String>> plans = rows(CsvLevel.PLAN_LINKS, 2024);
		assertThat(plans).anySatisfy(r -> {
			assertThat(r.get(5)).isEqualTo(CsvLevel.MID_TERM);
			assertThat(r.get(10)).isEqualTo("5-1-(3)");
		});
		assertThat(plans).allSatisfy(r -> assertThat(r.get(8))
			.isEqualTo(DerivedIds.planLink(UUID.fromString(r.get(6)), Integer.parseInt(r.get(9)) - 1).toString()));
	}

	@Test
	void theEnglishHeaderReplacesTheJapaneseOneAndTheRowsStayTheSame() {
		byte[] japanese = bytes(out -> export.writeCsv(CsvLevel.GOALS, scope.year(2024), false, out));
		byte[] english = bytes(out -> export.writeCsv(CsvLevel.GOALS, scope.year(2024), true, out));
		List<List<String>> ja = StrictCsv.parse(japanese);
		List<List<String>> en = StrictCsv.parse(english);
		assertThat(en.get(0)).startsWith("municipality_code", "municipality", "fiscal_year", "department", "sheet_id",
				"goal_id");
		assertThat(en.subList(1, en.size())).isEqualTo(ja.subList(1, ja.size()));
	}

	@Test
	void aYearWithNothingPublishedGivesTheHeadersOnly() {
		for (CsvLevel level : CsvLevel.values()) {
			assertThat(StrictCsv.parse(bytes(out -> export.writeCsv(level, scope.year(2031), false, out)))).hasSize(1);
		}
		JsonNode empty = json.readTree(bytes(out -> export.writeJson(scope.year(2031), out)));
		assertThat(empty.path("sheets").size()).isZero();
		assertThat(OpenDataSchemas.sheetsViolations(empty)).isEmpty();
	}

	@Test
	void theZipHoldsEveryCsvFileAsDownloadedAlone() throws IOException {
		byte[] zip = bytes(out -> export.writeZip(scope.year(2024), false, out));
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
				entries.put(entry.getName(), in.readAllBytes());
			}
		}
		assertThat(entries.keySet()).containsExactly("sheets.csv", "goals.csv", "actions.csv", "targets.csv",
				"mid-term-goals.csv", "plan-links.csv", "policy-links.csv");
		for (CsvLevel level : CsvLevel.values()) {
			assertThat(entries.get(level.fileName()))
				.isEqualTo(bytes(out -> export.writeCsv(level, scope.year(2024), false, out)));
		}
	}

	/** The real seed imported as published; again unchanged; again with only a mission reworded. */
	@Test
	void idsStayTheSameAcrossReImports() throws IOException {
		String municipality = "再取込市-" + UUID.randomUUID().toString().substring(0, 8);
		byte[] seed;
		try (InputStream in = getClass().getResourceAsStream("/samples/toyonaka-shimin-kyodo-2024.txt")) {
			seed = in.readAllBytes();
		}
		importSeed(seed, municipality);
		MunicipalityRef m = organizations.findMunicipality(municipality).orElseThrow();
		OpenDataScope city = new OpenDataScope(m.id(), m.name(), m.code(), 2024);
		Map<CsvLevel, byte[]> before = new LinkedHashMap<>();
		for (CsvLevel level : CsvLevel.values()) {
			before.put(level, bytes(out -> export.writeCsv(level, city, false, out)));
		}
		assertThat(StrictCsv.parse(before.get(CsvLevel.TARGETS)).size()).isGreaterThan(3);

		assertThat(importSeed(seed, municipality).changed()).isFalse();
		for (CsvLevel level : CsvLevel.values()) {
			assertThat(bytes(out -> export.writeCsv(level, city, false, out))).as(level.name())
				.isEqualTo(before.get(level));
		}

		String reworded = new String(seed, StandardCharsets.UTF_8).replace("人権文化のまちづくりを推進します。",
				"人権文化のまちづくりを一層推進します。");
		ImportOutcome again = importSeed(reworded.getBytes(StandardCharsets.UTF_8), municipality);
		assertThat(again.changed()).isTrue();
		List<List<String>> sheets = StrictCsv.parse(bytes(out -> export.writeCsv(CsvLevel.SHEETS, city, false, out)));
		assertThat(sheets.get(1).get(5)).as("the new version is the published one").isEqualTo("2");
		for (CsvLevel level : List.of(CsvLevel.GOALS, CsvLevel.ACTIONS, CsvLevel.TARGETS, CsvLevel.MID_TERM_GOALS,
				CsvLevel.PLAN_LINKS, CsvLevel.POLICY_LINKS)) {
			assertThat(bytes(out -> export.writeCsv(level, city, false, out))).as(level.name())
				.isEqualTo(before.get(level));
		}
	}

	private ImportOutcome importSeed(byte[] seed, String municipality) {
		return imports.importSheet(seed, "seed.txt", new ImportOptions(2024, municipality, null), ImportPermission.ANYONE,
				ImportAuthor.COMMAND_LINE.asPublished());
	}

	private List<List<String>> rows(CsvLevel level, int year) {
		List<List<String>> records = StrictCsv.parse(bytes(out -> export.writeCsv(level, scope.year(year), false, out)));
		return records.subList(1, records.size());
	}

	private Map<UUID, SheetData> published(Integer year) {
		Map<UUID, SheetData> published = new LinkedHashMap<>();
		fixture.published().forEach((id, sheet) -> {
			if (year == null || sheet.fiscalYear() == year) {
				published.put(id, sheet);
			}
		});
		return published;
	}

	/** What the published versions hold at each level, counted from the sheet model. */
	private static int expectedRows(CsvLevel level, java.util.Collection<SheetData> sheets) {
		int n = 0;
		for (SheetData s : sheets) {
			n += switch (level) {
				case SHEETS -> 1;
				case GOALS -> s.annualGoals().size();
				case ACTIONS -> s.annualGoals().stream().flatMap(g -> g.items().stream()).mapToInt(i -> i.actions().size())
					.sum();
				case TARGETS -> s.annualGoals().stream().flatMap(g -> g.items().stream()).flatMap(i -> i.actions().stream())
					.mapToInt(a -> a.targets().size() + a.subItems().stream().mapToInt(x -> x.targets().size()).sum())
					.sum();
				case MID_TERM_GOALS -> s.midTermGoals().size();
				case PLAN_LINKS -> s.annualGoals().stream().mapToInt(g -> g.planLinks().size()).sum()
						+ s.midTermGoals().stream().mapToInt(g -> g.planLinks().size()).sum();
				case POLICY_LINKS -> s.annualGoals().stream().mapToInt(g -> g.policyLinks().size()).sum()
						+ s.midTermGoals().stream().mapToInt(g -> g.policyLinks().size()).sum();
			};
		}
		return n;
	}

	private interface Writing {

		void to(java.io.OutputStream out);
	}

	private static byte[] bytes(Writing writing) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		writing.to(out);
		return out.toByteArray();
	}

}
