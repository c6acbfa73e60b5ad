package org.mokuhyo.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.platform.DatabaseNotifications;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.DescriptionItem;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.PolicyLink;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;
import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The index against the database, for a data set generated from the seed: three departments × three fiscal years
 * of a municipality of their own, with words changed between them, published as the city's archive; beside them a
 * draft, a published sheet with a newer draft, and a withdrawn one. For each query, the hits must be exactly the
 * goals whose published text (read back from the database) holds the words, each naming the first field that holds
 * them, and the facet counts must be those of the same goals.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIndexTest {

	@Autowired
	ImportService imports;

	@Autowired
	Workflows workflows;

	@Autowired
	SheetStore store;

	@Autowired
	SearchIndex index;

	@Autowired
	Progresses progresses;

	@Autowired
	FacetLabels labels;

	@Autowired
	org.mokuhyo.organization.Organizations organizations;

	@Autowired
	org.mokuhyo.plan.PlanCatalog planCatalog;

	@Autowired
	DatabaseNotifications notifications;

	private final String municipality = "検索市" + UUID.randomUUID().toString().substring(0, 6);

	private final List<UUID> published = new ArrayList<>();

	private UUID draft;

	private UUID editedAfterPublication;

	private UUID withdrawn;

	@BeforeAll
	void generate() {
		List<String> departments = List.of("市民協働部", "くらし支援部", "地域連携部");
		for (int d = 0; d < departments.size(); d++) {
			for (int year = 2023; year <= 2025; year++) {
				String text = variant(departments.get(d), d, year);
				published.add(importText(text, year, true));
			}
		}
		draft = importText(variant("未公表部", 0, 2024).replace("市民協働の推進", "市民協働の推進と非公開計画語"), 2024, false);
		editedAfterPublication = importText(variant("改訂部", 1, 2024), 2024, true);
		importText(variant("改訂部", 1, 2024).replace("市民協働の推進", "市民協働の推進と改訂下書き語"), 2024, false);
		withdrawn = importText(variant("取下げ部", 2, 2024).replace("市民協働の推進", "市民協働の推進と取下げ語"), 2024, true);
		workflows.take(withdrawn, Step.WITHDRAW, Actor.commandLine(), null, null);
		published.add(editedAfterPublication);
		assertThat(index.awaitReady()).isTrue();
	}

	/** The seed as another department and year: some departments word things differently. */
	private static String variant(String department, int d, int year) {
		String text = SeedFixture.text()
			.replace("部局\t市民協働部\t補職\t部長\t氏名\t宮城 節子", "部局\t" + department + "\t補職\t部長\t氏名\t山田 太郎");
		if (d == 1) {
			text = text.replace("市民公益活動推進助成金", "市民公益活動推進補助金").replace("特殊詐欺", "ｻｷﾞ");
		}
		if (d == 2 && year == 2025) {
			text = text.replace("夢基金", "未来基金").replace("防災", "減災");
		}
		return text;
	}

	private UUID importText(String text, int year, boolean asPublished) {
		return imports.importSheet(text.getBytes(StandardCharsets.UTF_8), "variant.txt",
				new ImportOptions(year, municipality, null), ImportPermission.ANYONE,
				asPublished ? ImportAuthor.COMMAND_LINE.asPublished() : ImportAuthor.COMMAND_LINE).sheetId();
	}

	@Test
	void hitsAreTheGoalsWhosePublishedTextHoldsTheWords() {
		for (String words : List.of("詐欺", "サギ", "助成金", "補助金", "地域", "防災", "減災", "平和", "夢基金", "相談",
				"人権", "市民 協働", "地域 -防災", "女性活躍")) {
			Map<String, MatchedField> expected = expected(words);
			Map<String, MatchedField> found = new TreeMap<>();
			for (SearchHit hit : all(words, Map.of())) {
				found.put(key(hit.sheetId(), hit.kind(), hit.goalNumber()), hit.field());
			}
			assertThat(found).as(words).isEqualTo(expected);
		}
	}

	@Test
	void theExamplesOfTheIssue() {
		List<SearchHit> fraud = all("詐欺", Map.of());
		assertThat(fraud).isNotEmpty();
		assertThat(fraud).anyMatch(hit -> hit.snippet().text().contains("特殊詐欺被害防止")
				&& hit.snippet().parts().stream().anyMatch(p -> p.match() && p.text().equals("詐欺")));
		List<SearchHit> grants = all("助成金", Map.of());
		assertThat(grants).anyMatch(hit -> hit.snippet().text().contains("市民公益活動推進助成金")
				&& hit.snippet().parts().stream().anyMatch(p -> p.match() && p.text().equals("助成金")));
		// the half-width ｻｷﾞ of the departments that write it so is found as サギ, and the other way round
		assertThat(all("サギ", Map.of())).extracting(SearchHit::department).containsOnly("くらし支援部", "改訂部");
		assertThat(all("ｻｷﾞ", Map.of())).extracting(SearchHit::department).containsOnly("くらし支援部", "改訂部");
	}

	@Test
	void nothingUnpublishedIsFound() {
		assertThat(all("非公開計画語", Map.of())).isEmpty();
		assertThat(all("改訂下書き語", Map.of())).isEmpty();
		assertThat(all("取下げ語", Map.of())).isEmpty();
		assertThat(all("市民協働", Map.of())).extracting(SearchHit::sheetId).doesNotContain(draft, withdrawn);
		// the published version of the edited sheet is still what is found
		assertThat(all("市民協働の推進", Map.of())).extracting(SearchHit::sheetId).contains(editedAfterPublication);
	}

	@Test
	void aNewPublicationReplacesTheIndexedVersionAndAnEditDoesNot() {
		String department = "再公表部-" + UUID.randomUUID().toString().substring(0, 8);
		Map<FacetDimension, String> only = Map.of(FacetDimension.DEPARTMENT, department);
		SheetData first = org.mokuhyo.SampleSheets.withTitle(org.mokuhyo.SampleSheets.full(department, 2024), 0, "旧表題検索語");
		UUID id = Publish.publish(workflows, store.save(first, List.of(), "v1.txt").id());
		assertThat(index.awaitReady()).isTrue();
		assertThat(index.search(new SearchQuery("旧表題検索語", only, 1)).total()).isEqualTo(1);

		// an edit makes a draft: the public (and the index) still read the published version
		SheetData edited = org.mokuhyo.SampleSheets.withTitle(store.find(id).orElseThrow(), 0, "新表題検索語");
		store.save(edited, List.of(), null, org.mokuhyo.sheet.Change.edit(null, "試験", 1));
		assertThat(index.awaitReady()).isTrue();
		assertThat(index.search(new SearchQuery("旧表題検索語", only, 1)).total()).isEqualTo(1);
		assertThat(index.search(new SearchQuery("新表題検索語", only, 1)).total()).isZero();

		// through the cycle to its publication: now the new version is what is found
		AnnualGoal goal = store.find(id).orElseThrow().annualGoals().get(0);
		workflows.take(id, Step.SUBMIT, Actor.commandLine(), null, null);
		workflows.recordHearing(id, new org.mokuhyo.workflow.Hearing(null, 0, java.time.LocalDate.of(2024, 2, 20),
				"市長", null, List.of(), null, null), Actor.commandLine());
		workflows.take(id, Step.RESUBMIT, Actor.commandLine(), null, null);
		workflows.take(id, Step.APPROVE_AS_HEAD, Actor.commandLine(), null, null);
		workflows.take(id, Step.APPROVE_AS_EXECUTIVE, Actor.commandLine(), null, null);
		workflows.take(id, Step.PUBLISH, Actor.commandLine(), null, null);
		assertThat(index.awaitReady()).isTrue();
		assertThat(index.search(new SearchQuery("新表題検索語", only, 1)).hits())
			.extracting(SearchHit::goalNumber).containsExactly(goal.number());
		assertThat(index.search(new SearchQuery("旧表題検索語", only, 1)).total()).isZero();

		// withdrawn: gone
		workflows.take(id, Step.WITHDRAW, Actor.commandLine(), null, null);
		assertThat(index.awaitReady()).isTrue();
		assertThat(index.search(new SearchQuery("新表題検索語", only, 1)).total()).isZero();
	}

	@Test
	void facetsCountTheSameGoalsAndFilterThem() {
		String words = "地域";
		Map<String, MatchedField> expected = expected(words);
		SearchResult result = index.search(new SearchQuery(words, mine(Map.of()), 1));
		assertThat(result.total()).isEqualTo(expected.size());
		Map<String, Long> byYear = expected.keySet().stream()
			.collect(Collectors.groupingBy(key -> Integer.toString(sheet(UUID.fromString(key.split("/")[0])).fiscalYear()),
					TreeMap::new, Collectors.counting()));
		assertThat(counts(result, FacetDimension.YEAR)).isEqualTo(byYear);
		Map<String, Long> byDepartment = expected.keySet().stream()
			.collect(Collectors.groupingBy(key -> sheet(UUID.fromString(key.split("/")[0])).department().name(),
					TreeMap::new, Collectors.counting()));
		assertThat(counts(result, FacetDimension.DEPARTMENT)).isEqualTo(byDepartment);
		assertThat(result.facets().stream().filter(f -> f.dimension() == FacetDimension.YEAR).findFirst().orElseThrow()
			.values()).extracting(FacetCount.Value::value).containsExactly("2025", "2024", "2023");

		// filtered by a year: only that year's goals, the other years still offered with their counts
		SearchResult in2024 = index.search(new SearchQuery(words, mine(Map.of(FacetDimension.YEAR, "2024")), 1));
		assertThat(in2024.total()).isEqualTo(byYear.get("2024"));
		assertThat(in2024.hits()).allMatch(hit -> hit.fiscalYear() == 2024);
		assertThat(counts(in2024, FacetDimension.YEAR)).isEqualTo(byYear);
		assertThat(counts(in2024, FacetDimension.DEPARTMENT).values().stream().mapToLong(Long::longValue).sum())
			.isEqualTo(byYear.get("2024"));

		// 重点, 新規・拡充 and 総合計画 (with the nodes above a linked one) as the sheets say
		long priority = expected.keySet().stream().filter(key -> annualGoal(key) != null && annualGoal(key).priority())
			.count();
		assertThat(counts(result, FacetDimension.PRIORITY)).isEqualTo(priority == 0 ? Map.of() : Map.of("重点", priority));
		long withNew = expected.keySet().stream().filter(key -> annualGoal(key) != null && annualGoal(key).items().stream()
			.flatMap(i -> i.actions().stream())
			.anyMatch(a -> a.tags().contains("新規") || a.subItems().stream().anyMatch(s -> s.tags().contains("新規"))))
			.count();
		assertThat(counts(result, FacetDimension.TAG).get("新規")).isEqualTo(withNew);
		long underFive = expected.keySet().stream().filter(key -> links(key).stream().anyMatch(c -> c.startsWith("5-")))
			.count();
		assertThat(counts(result, FacetDimension.PLAN).get("5")).isEqualTo(underFive);
		SearchResult underPlan = index.search(new SearchQuery(words, mine(Map.of(FacetDimension.PLAN, "5")), 1));
		assertThat(underPlan.total()).isEqualTo(underFive);

		// narrowed to one municipality, plan codes carry that plan's wording (read from its list)
		long municipalityId = organizations.findMunicipality(municipality).orElseThrow().id();
		Map<String, String> wording = new java.util.HashMap<>();
		planCatalog.nodes(municipalityId).stream().filter(node -> node.text() != null)
			.forEach(node -> wording.put(node.code(), node.text()));
		List<FacetCount.Value> planValues = result.facets().stream().filter(f -> f.dimension() == FacetDimension.PLAN)
			.findFirst().orElseThrow().values();
		assertThat(planValues).isNotEmpty().allSatisfy(value -> assertThat(value.label())
			.isEqualTo(wording.containsKey(value.value()) ? value.value() + " " + wording.get(value.value())
					: value.value()));
		assertThat(planValues).anyMatch(value -> wording.containsKey(value.value()));
	}

	@Test
	void pagesOfTwenty() {
		Map<String, MatchedField> expected = expected("市民");
		assertThat(expected.size()).isGreaterThan(SearchQuery.PAGE_SIZE);
		SearchResult first = index.search(new SearchQuery("市民", mine(Map.of()), 1));
		assertThat(first.hits()).hasSize(SearchQuery.PAGE_SIZE);
		assertThat(first.pages()).isEqualTo((expected.size() + 19) / 20);
		SearchResult beyond = index.search(new SearchQuery("市民", mine(Map.of()), first.pages() + 1));
		assertThat(beyond.hits()).isEmpty();
		assertThat(beyond.total()).isEqualTo(expected.size());
	}

	@Test
	void progressReportsAreTheGoalsProgressFacet() throws Exception {
		UUID sheetId = published.get(0);
		SheetData sheet = sheet(sheetId);
		AnnualGoal goal = sheet.annualGoals().get(0);
		List<org.mokuhyo.progress.ProgressInput> rows = goal.items().stream().flatMap(i -> i.actions().stream())
			.map(a -> new org.mokuhyo.progress.ProgressInput(a.id(), "DELAYED", null, Map.of(), null))
			.toList();
		progresses.save(sheetId, 1, rows, admin());
		assertThat(index.awaitReady()).isTrue();
		SearchResult delayed = index.search(new SearchQuery(goal.title(),
				mine(Map.of(FacetDimension.PROGRESS, "DELAYED")), 1));
		assertThat(delayed.hits()).extracting(SearchHit::sheetId, SearchHit::goalNumber)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(sheetId, goal.number()));
		assertThat(delayed.facets().stream().filter(f -> f.dimension() == FacetDimension.PROGRESS).findFirst()
			.orElseThrow().values()).anyMatch(v -> v.value().equals("DELAYED") && v.label().equals("遅延"));
	}

	/** The rebuild reads sheets in batches and analyses them on several threads: nothing may be lost on the way. */
	@Test
	void aRebuildHoldsEverySheetAndTheProgressReported(@TempDir Path directory) throws Exception {
		UUID sheetId = published.get(published.size() - 1);
		AnnualGoal goal = sheet(sheetId).annualGoals().get(0);
		List<org.mokuhyo.progress.ProgressInput> rows = goal.items().stream().flatMap(i -> i.actions().stream())
			.map(a -> new org.mokuhyo.progress.ProgressInput(a.id(), "DONE", null, Map.of(), null))
			.toList();
		progresses.save(sheetId, 2, rows, admin());
		assertThat(index.awaitReady()).isTrue();
		SearchIndex rebuilt = new SearchIndex(workflows, store, progresses, labels, notifications,
				directory.toString());
		try {
			SearchIndex.Reindexed done = rebuilt.rebuildNow();
			assertThat(done.sheets()).isEqualTo(workflows.publishedSheets(null, null).size());
			rebuilt.serve();
			assertThat(rebuilt.awaitReady()).isTrue();
			for (String word : List.of("市民", "詐欺", "助成金")) {
				assertThat(rebuilt.search(new SearchQuery(word, mine(Map.of()), 1)).total()).as(word)
					.isEqualTo(expected(word).size());
			}
			SearchResult done2 = rebuilt.search(new SearchQuery(goal.title(),
					mine(Map.of(FacetDimension.PROGRESS, "DONE")), 1));
			assertThat(done2.hits()).extracting(SearchHit::sheetId, SearchHit::goalNumber)
				.contains(org.assertj.core.groups.Tuple.tuple(sheetId, goal.number()));
		}
		finally {
			rebuilt.destroy();
		}
	}

	@Test
	void anIndexOfAnOlderFormatIsRebuiltAtStart(@TempDir Path directory) throws Exception {
		SearchIndex old = new SearchIndex(workflows, store, progresses, labels, notifications, directory.toString());
		try {
			old.rebuildNow();
		}
		finally {
			old.destroy();
		}
		// as a previous release would have left it: the same index with another format in its commit
		try (var dir = org.apache.lucene.store.FSDirectory.open(directory);
				var writer = new org.apache.lucene.index.IndexWriter(dir,
						new org.apache.lucene.index.IndexWriterConfig(new SearchAnalyzer()))) {
			writer.deleteAll();
			writer.setLiveCommitData(Map.of(SearchIndex.FORMAT_KEY, "0").entrySet());
			writer.commit();
		}
		SearchIndex restarted = new SearchIndex(workflows, store, progresses, labels, notifications,
				directory.toString());
		try {
			restarted.serve();
			assertThat(restarted.awaitReady()).isTrue();
			assertThat(restarted.ready()).isTrue();
			SearchResult result = restarted.search(new SearchQuery("詐欺", mine(Map.of()), 1));
			assertThat(result.total()).isEqualTo(expected("詐欺").size());
		}
		finally {
			restarted.destroy();
		}
	}

	/** An administrator of the test's municipality (rights hold within one's own municipality only). */
	private org.mokuhyo.account.CurrentUser admin() {
		return new org.mokuhyo.account.CurrentUser(0, "search-test", "検索試験",
				organizations.findMunicipality(municipality).orElseThrow().id(),
				Set.of(org.mokuhyo.account.Role.ADMIN), Set.of());
	}

	// ---- the database's side

	/**
	 * The goals of the data set whose published text holds every word (and none after a -), by key → the first field
	 * holding one of the words.
	 */
	private Map<String, MatchedField> expected(String words) {
		List<String> required = new ArrayList<>();
		List<String> excluded = new ArrayList<>();
		for (String word : words.split("\\s+")) {
			(word.startsWith("-") ? excluded : required).add(fold(word.replaceFirst("^-", "")));
		}
		Map<String, MatchedField> expected = new TreeMap<>();
		for (UUID id : published) {
			SheetData sheet = sheet(id);
			texts(sheet).forEach((key, fields) -> {
				String all = fields.values().stream().flatMap(List::stream).map(SearchIndexTest::fold)
					.collect(Collectors.joining("\n"));
				if (required.stream().allMatch(all::contains) && excluded.stream().noneMatch(all::contains)) {
					MatchedField first = fields.entrySet().stream()
						.filter(e -> e.getValue().stream().map(SearchIndexTest::fold).anyMatch(t -> required.stream().anyMatch(t::contains)))
						.map(Map.Entry::getKey).findFirst().orElseThrow();
					expected.put(key, first);
				}
			});
		}
		return expected;
	}

	/** Every goal's text by field, in the order a hit names fields, read from the published version. */
	private static Map<String, Map<MatchedField, List<String>>> texts(SheetData sheet) {
		Map<String, Map<MatchedField, List<String>>> texts = new LinkedHashMap<>();
		Map<MatchedField, List<String>> whole = new EnumMap<>(MatchedField.class);
		whole.put(MatchedField.MISSION, sheet.missions());
		List<String> policy = new ArrayList<>(List.of(sheet.policy().statement()));
		policy.addAll(sheet.policy().items());
		whole.put(MatchedField.POLICY, policy);
		whole.put(MatchedField.SUMMARY, nonNull(sheet.policy().summary()));
		texts.put(key(sheet.id(), HitKind.SHEET, null), whole);
		for (AnnualGoal goal : sheet.annualGoals()) {
			Map<MatchedField, List<String>> fields = new EnumMap<>(MatchedField.class);
			List<Action> actions = goal.items().stream().flatMap(i -> i.actions().stream()).toList();
			List<SubItem> subItems = actions.stream().flatMap(a -> a.subItems().stream()).toList();
			fields.put(MatchedField.TITLE, List.of(goal.title()));
			fields.put(MatchedField.ITEM, goal.items().stream().map(GoalItem::text).toList());
			fields.put(MatchedField.ACTION, actions.stream().map(Action::text).toList());
			fields.put(MatchedField.SUB_ITEM, subItems.stream().map(SubItem::text).toList());
			List<String> targets = new ArrayList<>();
			actions.forEach(a -> a.targets().forEach(t -> targets.add(t.text())));
			subItems.forEach(s -> s.targets().stream().map(Target::text).forEach(targets::add));
			fields.put(MatchedField.TARGET, targets);
			if (goal.review() != null) {
				fields.put(MatchedField.REVIEW_RESULTS, nonNull(goal.review().results()));
				fields.put(MatchedField.REVIEW_ISSUES, nonNull(goal.review().issues()));
			}
			fields.put(MatchedField.LINK, linkTexts(goal.planLinks(), goal.policyLinks()));
			texts.put(key(sheet.id(), HitKind.ANNUAL_GOAL, goal.number()), fields);
		}
		for (MidTermGoal goal : sheet.midTermGoals()) {
			Map<MatchedField, List<String>> fields = new EnumMap<>(MatchedField.class);
			fields.put(MatchedField.TITLE, List.of(goal.title()));
			List<String> description = new ArrayList<>();
			for (DescriptionItem item : goal.descriptionItems()) {
				description.add(item.text());
				description.addAll(item.subItems());
			}
			fields.put(MatchedField.MID_TERM_DESCRIPTION, description);
			List<String> steps = new ArrayList<>();
			goal.steps().forEach(s -> {
				steps.add(s.text());
				if (s.groupTitle() != null) {
					steps.add(s.groupTitle());
				}
			});
			fields.put(MatchedField.MID_TERM_STEP, steps);
			fields.put(MatchedField.LINK, linkTexts(goal.planLinks(), goal.policyLinks()));
			texts.put(key(sheet.id(), HitKind.MID_TERM_GOAL, goal.number()), fields);
		}
		return texts;
	}

	private static List<String> linkTexts(List<PlanLink> plan, List<PolicyLink> policies) {
		List<String> texts = new ArrayList<>();
		plan.stream().map(PlanLink::text).filter(t -> t != null).forEach(texts::add);
		policies.stream().map(PolicyLink::title).filter(t -> t != null).forEach(texts::add);
		return texts;
	}

	private static List<String> nonNull(String text) {
		return text == null ? List.of() : List.of(text);
	}

	/** As the index reads text: NFKC, case folded. */
	private static String fold(String text) {
		return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	private final Map<UUID, SheetData> sheets = new HashMap<>();

	private SheetData sheet(UUID id) {
		return sheets.computeIfAbsent(id,
				i -> store.snapshot(i, workflows.publishedVersion(i).orElseThrow()).orElseThrow());
	}

	private AnnualGoal annualGoal(String key) {
		String[] parts = key.split("/");
		if (!parts[1].equals(HitKind.ANNUAL_GOAL.name())) {
			return null;
		}
		return sheet(UUID.fromString(parts[0])).annualGoals().stream()
			.filter(g -> g.number() == Integer.parseInt(parts[2])).findFirst().orElseThrow();
	}

	private List<String> links(String key) {
		String[] parts = key.split("/");
		SheetData sheet = sheet(UUID.fromString(parts[0]));
		if (parts[1].equals(HitKind.ANNUAL_GOAL.name())) {
			return annualGoal(key).planLinks().stream().map(PlanLink::code).toList();
		}
		if (parts[1].equals(HitKind.MID_TERM_GOAL.name())) {
			return sheet.midTermGoals().stream().filter(g -> g.number() == Integer.parseInt(parts[2])).findFirst()
				.orElseThrow().planLinks().stream().map(PlanLink::code).toList();
		}
		return List.of();
	}

	// ---- the index's side

	private static String key(UUID sheet, HitKind kind, Integer number) {
		return sheet + "/" + kind.name() + "/" + (number == null ? "" : number);
	}

	/** This test's municipality only: the index also holds what other tests published. */
	private Map<FacetDimension, String> mine(Map<FacetDimension, String> filters) {
		Map<FacetDimension, String> all = new EnumMap<>(FacetDimension.class);
		all.putAll(filters);
		all.put(FacetDimension.MUNICIPALITY, municipality);
		return all;
	}

	private List<SearchHit> all(String words, Map<FacetDimension, String> filters) {
		List<SearchHit> hits = new ArrayList<>();
		for (int page = 1;; page++) {
			SearchResult result = index.search(new SearchQuery(words, mine(filters), page));
			hits.addAll(result.hits());
			if (page >= result.pages()) {
				return hits;
			}
		}
	}

	private static Map<String, Long> counts(SearchResult result, FacetDimension dimension) {
		return result.facets().stream().filter(f -> f.dimension() == dimension).findFirst().orElseThrow().values()
			.stream().filter(v -> v.count() > 0)
			.collect(Collectors.toMap(FacetCount.Value::value, FacetCount.Value::count, (a, b) -> a, TreeMap::new));
	}
}
