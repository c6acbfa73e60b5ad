package org.mokuhyo.web.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.portal.BrowseFixture.GoalKey;
import org.mokuhyo.portal.BrowseFixture;
import org.mokuhyo.progress.ProgressInput;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.RollUp;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.GoalItem;
import org.mokuhyo.sheet.Schedule;
import org.mokuhyo.sheet.ScheduleKind;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SubItem;
import org.mokuhyo.sheet.Target;
import org.mokuhyo.web.WebTestSupport.Response;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboards over HTTP, as a browser without JavaScript reads them (the tables are the content): the city-wide
 * coverage matrix, counts and trends against the published snapshots of a generated data set ({@link BrowseFixture}:
 * drafts, later edits and withdrawn sheets must count nowhere), each matrix cell's link to the browse list of exactly
 * those goals, and a sheet's timeline, targets and progress against its published version and the progress saved
 * for it; bad parameters refused with a message.
 */
@IntegrationTest
class DashboardPagesTest {

	private static BrowseFixture fixture;

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	Progresses progresses;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private WebTestSupport web;

	private Map<UUID, SheetData> published;

	private String m;

	@BeforeEach
	void setUp() {
		synchronized (DashboardPagesTest.class) {
			if (fixture == null) {
				fixture = BrowseFixture.create(store, workflows);
			}
		}
		web = new WebTestSupport(port);
		published = fixture.published();
		m = WebTestSupport.encode(fixture.municipality());
	}

	// ---- the city's dashboards ----

	@Test
	void theCoverageMatrixCountsEachDepartmentsPublishedGoalsUnderEveryPlanNode() throws Exception {
		for (int year : BrowseFixture.YEARS) {
			Response page = web.get("/dashboard?municipality=" + m + "&year=" + year);
			assertThat(page.status()).isEqualTo(200);
			Document doc = page.document();
			Map<UUID, SheetData> ofYear = ofYear(year);
			assertThat(doc.select("h1").text()).contains(FiscalYearLabels.display(year));
			assertThat(doc.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("ダッシュボード");
			List<String> departments = departments(ofYear);
			assertThat(doc.select("#coverage-table thead th.coverage-department").eachText()).isEqualTo(departments);
			assertThat(doc.select("#coverage-table caption").text()).contains(FiscalYearLabels.display(year));

			Set<String> expectedCodes = new TreeSet<>(PlanCode.ORDER);
			ofYear.values().forEach(sheet -> codes(sheet).forEach(code -> {
				for (String c = code; c != null; c = PlanCode.parent(c)) {
					if (PlanCode.depth(c) >= 1) {
						expectedCodes.add(c);
					}
				}
			}));
			List<String> shown = doc.select("#coverage-table tbody tr").eachAttr("id").stream()
				.map(id -> id.substring("coverage-".length()))
				.toList();
			assertThat(shown).containsAll(expectedCodes).isSortedAccordingTo(PlanCode.ORDER);
			assertThat(shown).allMatch(code -> PlanCode.depth(code) == 1 || PlanCode.depth(code) == 2);
			for (String code : shown) {
				Set<GoalKey> goals = BrowseFixture.planGoals(ofYear, code);
				assertRow(doc, code, departments, goals, ofYear);
			}
		}
		// named only by the draft, the later edit and the withdrawn sheet: in the lists, served by no one
		Document doc = web.get("/dashboard?municipality=" + m + "&year=2024").document();
		for (String code : List.of(BrowseFixture.DRAFT_CODE, BrowseFixture.EDIT_CODE, BrowseFixture.WITHDRAWN_CODE)) {
			Element row = doc.getElementById("coverage-" + code);
			assertThat(row).as(code).isNotNull();
			assertThat(row.selectFirst("td.coverage-total").text()).isEqualTo("0");
		}
		assertThat(doc.text()).doesNotContain(BrowseFixture.DRAFT_DEPARTMENT)
			.doesNotContain(BrowseFixture.WITHDRAWN_DEPARTMENT)
			.doesNotContain(BrowseFixture.EDITED_TITLE);
		assertThat(doc.select("#coverage-table thead th.coverage-department").eachText())
			.contains(BrowseFixture.EDITED_DEPARTMENT);
	}

	@Test
	void byPolicyTheMatrixCountsTheGoalsLinkedToEachBasicPolicy() throws Exception {
		Response page = web.get("/dashboard?municipality=" + m + "&year=2023&by=policy");
		assertThat(page.status()).isEqualTo(200);
		Document doc = page.document();
		Map<UUID, SheetData> ofYear = ofYear(2023);
		List<String> departments = departments(ofYear);
		assertThat(doc.select("#coverage-table thead th.coverage-department").eachText()).isEqualTo(departments);
		Set<Integer> expected = new TreeSet<>();
		ofYear.values().forEach(sheet -> {
			sheet.annualGoals().forEach(g -> g.policyLinks().forEach(l -> expected.add(l.number())));
			sheet.midTermGoals().forEach(g -> g.policyLinks().forEach(l -> expected.add(l.number())));
		});
		List<Integer> shown = doc.select("#coverage-table tbody tr").eachAttr("id").stream()
			.map(id -> Integer.parseInt(id.substring("coverage-".length())))
			.toList();
		assertThat(shown).containsAll(expected).isSorted();
		for (int number : shown) {
			assertRow(doc, Integer.toString(number), departments, BrowseFixture.policyGoals(ofYear, number), ofYear);
		}
		assertThat(doc.getElementById("coverage-" + BrowseFixture.DRAFT_POLICY).selectFirst("td.coverage-total").text())
			.isEqualTo("0");
		assertThat(doc.select("#dashboard-by option[selected]").text()).isEqualTo("基本政策");
	}

	@Test
	void eachCellLinksToTheBrowseListOfExactlyThatDepartmentsGoals() throws Exception {
		for (String by : List.of("plan", "policy")) {
			Document doc = web.get("/dashboard?municipality=" + m + "&year=2024&by=" + by).document();
			List<Element> cells = doc.select("#coverage-table td.coverage-cell a");
			assertThat(cells).isNotEmpty();
			// a few cells of different rows and columns, and every cell of the busiest row
			List<Element> sample = new ArrayList<>(cells.subList(0, Math.min(3, cells.size())));
			sample.add(cells.get(cells.size() - 1));
			for (Element link : sample) {
				String href = link.attr("href");
				assertThat(href).contains("year=2024").contains("department=").contains("municipality=");
				String department = java.net.URLDecoder.decode(href.replaceAll(".*department=([^&]*).*", "$1"),
						java.nio.charset.StandardCharsets.UTF_8);
				Response list = web.get(href);
				assertThat(list.status()).as(href).isEqualTo(200);
				Document goals = list.document();
				assertThat(goals.select(".pager-status").text()).as(href).startsWith("全" + link.text() + "件");
				assertThat(goals.select("tr.browse-goal")).hasSize(Integer.parseInt(link.text()));
				assertThat(goals.select("tr.browse-goal")).allSatisfy(row -> {
					assertThat(row.select("td").get(0).text()).isEqualTo(FiscalYearLabels.display(2024));
					assertThat(row.select("td").get(1).text()).isEqualTo(department);
				});
				assertThat(goals.select(".browse-filter").text()).contains(department);
				// the list keeps its department when sorted, and its year form carries it
				assertThat(goals.select("thead th a").eachAttr("href")).allMatch(h -> h.contains("department="));
				assertThat(goals.select("form.browse-year-form input[name=department]").val()).isEqualTo(department);
			}
		}
	}

	@Test
	void theCountsPerDepartmentAreThoseOfTheYearsPublishedSheets() throws Exception {
		Document doc = web.get("/dashboard?municipality=" + m + "&year=2024").document();
		Map<UUID, SheetData> ofYear = ofYear(2024);
		List<Element> rows = doc.select("#counts-table tbody tr");
		assertThat(rows).hasSize(ofYear.size());
		int[] totals = new int[4];
		for (Map.Entry<UUID, SheetData> entry : ofYear.entrySet()) {
			SheetData sheet = entry.getValue();
			Element row = doc.selectFirst("#counts-table tbody tr:has(a[href=/sheets/" + entry.getKey() + "/dashboard])");
			assertThat(row).as(sheet.department().name()).isNotNull();
			assertThat(row.selectFirst("th").text()).isEqualTo(sheet.department().name());
			int[] counts = { sheet.annualGoals().size(), (int) sheet.annualGoals().stream().filter(AnnualGoal::priority).count(),
					BrowseFixture.tagged(sheet, "新規"), BrowseFixture.tagged(sheet, "拡充") };
			assertThat(row.select("td").eachText()).containsExactly(counts[0] + "件", counts[1] + "件", counts[2] + "件",
					counts[3] + "件");
			assertThat(row.select("td").eachAttr("data-value")).containsExactly(Integer.toString(counts[0]),
					Integer.toString(counts[1]), Integer.toString(counts[2]), Integer.toString(counts[3]));
			for (int i = 0; i < 4; i++) {
				totals[i] += counts[i];
			}
		}
		assertThat(doc.select("#counts-table tfoot td").eachText()).containsExactly(totals[0] + "件", totals[1] + "件",
				totals[2] + "件", totals[3] + "件");
		assertThat(doc.select("#counts-table tbody th").eachText()).isEqualTo(departments(ofYear));
	}

	@Test
	void withoutAYearTheNewestIsShownAndTheFormOffersEveryYear() throws Exception {
		Document doc = web.get("/dashboard?municipality=" + m).document();
		int newest = BrowseFixture.YEARS.stream().mapToInt(Integer::intValue).max().orElseThrow();
		assertThat(doc.select("h1").text()).contains(FiscalYearLabels.display(newest));
		assertThat(doc.select("#dashboard-year option[selected]").val()).isEqualTo(Integer.toString(newest));
		assertThat(doc.select("#dashboard-year option").eachAttr("value"))
			.containsExactlyInAnyOrderElementsOf(BrowseFixture.YEARS.stream().map(String::valueOf).toList());
		assertThat(doc.select("form.dashboard-form").attr("method")).isEqualTo("get");
		assertThat(doc.select("form.dashboard-form input[name=municipality]").val()).isEqualTo(fixture.municipality());
		assertThat(doc.select("nav.breadcrumbs li").eachText()).containsExactly("シート一覧",
				"ダッシュボード（" + FiscalYearLabels.display(newest) + "）");
		// a year without published sheets says so
		Response empty = web.get("/dashboard?municipality=" + m + "&year=2030");
		assertThat(empty.status()).isEqualTo(200);
		assertThat(empty.document().select("p.empty").text()).contains("令和12年度（2030年度）の公表されたシートはありません");
		assertThat(empty.document().select("#coverage-table")).isEmpty();
	}

	@Test
	void theTrendsCountEveryYearsPublishedSheetsOfAllDepartmentsOrOfOne() throws Exception {
		Response page = web.get("/dashboard/trends?municipality=" + m);
		assertThat(page.status()).isEqualTo(200);
		assertTrends(page.document(), published);
		assertThat(page.document().select("#trends-department option").eachAttr("value"))
			.containsExactlyElementsOf(expectedDepartmentOptions());

		String department = BrowseFixture.DEPARTMENTS.get(2);
		Response one = web.get("/dashboard/trends?municipality=" + m + "&department=" + WebTestSupport.encode(department));
		assertThat(one.status()).isEqualTo(200);
		Map<UUID, SheetData> ofDepartment = published.entrySet()
			.stream()
			.filter(e -> e.getValue().department().name().equals(department))
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
		assertTrends(one.document(), ofDepartment);
		assertThat(one.document().select("h1").text()).contains(department);
		assertThat(one.document().select("#trends-department option[selected]").val()).isEqualTo(department);

		// a department with nothing published is unknown to the public
		assertThat(web.get("/dashboard/trends?municipality=" + m + "&department="
				+ WebTestSupport.encode(BrowseFixture.DRAFT_DEPARTMENT)).status()).isEqualTo(404);
		assertThat(page.document().text()).doesNotContain(BrowseFixture.DRAFT_DEPARTMENT)
			.doesNotContain(BrowseFixture.WITHDRAWN_DEPARTMENT);
	}

	@Test
	void badParametersAreRefusedWithTheReason() throws Exception {
		Response year = web.get("/dashboard?year=20x4");
		assertThat(year.status()).isEqualTo(400);
		assertThat(year.document().text()).contains("年度は西暦の4桁の数字で入力してください");
		Response by = web.get("/dashboard?year=2024&by=department");
		assertThat(by.status()).isEqualTo(400);
		assertThat(by.document().text()).contains("集計の軸（by）は plan（総合計画）か policy（基本政策）で指定してください");
		assertThat(web.get("/dashboard?municipality=" + WebTestSupport.encode("存在しない市")).status()).isEqualTo(404);
		String longName = "部".repeat(201);
		Response department = web.get("/dashboard/trends?department=" + WebTestSupport.encode(longName));
		assertThat(department.status()).isEqualTo(400);
		assertThat(department.document().text()).contains("部局名（department）は200文字以内");
		assertThat(web.get("/browse/plan/5-1-(3)?department=" + WebTestSupport.encode(longName)).status()).isEqualTo(400);
		assertThat(web.get("/browse/policies/45?department=" + WebTestSupport.encode(longName)).status()).isEqualTo(400);
		assertThat(web.get("/sheets/not-a-sheet/dashboard").status()).isEqualTo(404);
		assertThat(web.get("/sheets/" + UUID.randomUUID() + "/dashboard").status()).isEqualTo(404);
	}

	@Test
	void theDashboardsLoadOnlyTheSitesOwnScriptsAndNoInlineCode() throws Exception {
		UUID sheetId = published.keySet().iterator().next();
		for (String path : List.of("/dashboard?municipality=" + m, "/dashboard/trends?municipality=" + m,
				"/sheets/" + sheetId + "/dashboard")) {
			Document doc = web.get(path).document();
			List<String> scripts = doc.select("script").eachAttr("src");
			assertThat(scripts).as(path).hasSize(2);
			// the webjar's address names its version once resolved
			assertThat(scripts.get(0)).matches("/webjars/echarts/[0-9.]+/dist/echarts\\.min\\.js");
			assertThat(scripts.get(1)).isEqualTo("/js/charts.js");
			assertThat(web.get(scripts.get(0)).status()).isEqualTo(200);
			assertThat(doc.select("script:not([src])")).isEmpty();
			for (Element chart : doc.select(".chart")) {
				assertThat(chart.attr("role")).isEqualTo("img");
				assertThat(chart.attr("aria-label")).isNotBlank();
				assertThat(chart.hasAttr("hidden")).isTrue(); // shown once drawn: without JavaScript, only the tables
				Element table = doc.getElementById(chart.attr("data-table"));
				assertThat(table).as(chart.attr("data-table")).isNotNull();
				assertThat(table.select("caption").text()).isNotBlank();
				assertThat(table.select("thead th").eachAttr("scope")).containsOnly("col");
			}
		}
		assertThat(web.get("/js/charts.js").status()).isEqualTo(200);
		assertThat(web.get("/webjars/echarts/dist/echarts.min.js").status()).isEqualTo(200);
		// the sheet page links to its dashboard and stays without any script
		Document sheetPage = web.get("/sheets/" + sheetId).document();
		assertThat(sheetPage.select("a[href=/sheets/" + sheetId + "/dashboard]")).hasSize(1);
		assertThat(sheetPage.select("script")).isEmpty();
	}

	// ---- one sheet's dashboard ----

	@Test
	void aSheetsDashboardShowsItsPublishedVersionWithTheProgressOfItsActionsNeverTheDraftOrComments() throws Exception {
		String department = WebTestSupport.unique("ダッシュ部");
		UUID id = Publish.publish(workflows, store.save(org.mokuhyo.SampleSheets.full(department, 2024), List.of(),
				"dashboard.txt").id());
		SheetData first = store.find(id).orElseThrow();
		store.save(withDraftAction(first), List.of(), "edit.txt");
		SheetData draft = store.find(id).orElseThrow();
		Action draftOnly = draft.annualGoals().get(2).items().get(0).actions().get(0);

		// progress on the published actions in Q1 and Q2, and on the draft's own action
		List<Action> actions = actions(first);
		Map<Integer, Map<UUID, ProgressStatus>> statuses = new HashMap<>();
		Map<Integer, Map<UUID, Map<TargetKey, BigDecimal>>> actuals = new HashMap<>();
		Action withTargets = first.annualGoals().get(0).items().get(0).actions().get(1);
		statuses.put(1, Map.of(actions.get(0).id(), ProgressStatus.ON_TRACK, withTargets.id(), ProgressStatus.AT_RISK));
		actuals.put(1, Map.of(withTargets.id(), Map.of(new TargetKey(-1, 0), new BigDecimal("2000"),
				new TargetKey(-1, 1), new BigDecimal("6.25"))));
		statuses.put(2, Map.of(actions.get(0).id(), ProgressStatus.DONE, withTargets.id(), ProgressStatus.DELAYED,
				actions.get(2).id(), ProgressStatus.STOPPED, draftOnly.id(), ProgressStatus.DELAYED));
		actuals.put(2, Map.of(withTargets.id(), Map.of(new TargetKey(-1, 0), new BigDecimal("3000"),
				new TargetKey(0, 0), new BigDecimal("2500"))));
		CurrentUser admin = admin();
		for (int q : List.of(1, 2)) {
			List<ProgressInput> rows = new ArrayList<>();
			statuses.get(q).forEach((action, status) -> {
				Map<TargetKey, String> typed = new HashMap<>();
				actuals.get(q).getOrDefault(action, Map.of()).forEach((k, v) -> typed.put(k, v.toPlainString()));
				rows.add(new ProgressInput(action, status.name(), "非公開のコメント", typed, null));
			});
			progresses.save(id, q, rows, admin);
		}

		Response page = web.get("/sheets/" + id + "/dashboard");
		assertThat(page.status()).isEqualTo(200);
		Document doc = page.document();
		assertThat(doc.select("h1").text()).contains(department).contains("令和6年度（2024年度）").contains("ダッシュボード");
		assertThat(doc.select("nav.breadcrumbs li").eachText()).containsExactly("シート一覧",
				"令和6年度（2024年度） " + department + " 部局長の目標", "ダッシュボード");
		assertThat(doc.text()).doesNotContain("非公開のコメント").doesNotContain(draftOnly.text());
		assertThat(doc.select(".notice")).isEmpty();
		assertTimeline(doc, first);
		assertTargets(doc, first, statuses, actuals);
		assertStatusMix(doc, first, statuses.get(2));

		// staff read the current version: the draft's action, on the timeline and in the progress, and say so
		WebTestSupport viewer = new WebTestSupport(port);
		viewer.signIn(new TestUsers(accounts, organizations).viewer());
		Document staff = viewer.get("/sheets/" + id + "/dashboard").document();
		assertThat(staff.select(".notice").text()).contains("現在の版（第2版").contains("公表中の第1版");
		assertTimeline(staff, draft);
		assertStatusMix(staff, draft, statuses.get(2));
		assertThat(staff.text()).contains(draftOnly.text()).doesNotContain("非公開のコメント");
	}

	@Test
	void anUnpublishedSheetsDashboardIsUnknownToThePublicAndWithoutProgressSaysSo() throws Exception {
		UUID draft = fixture.sheets()
			.stream()
			.filter(id -> workflows.publishedVersion(id).isEmpty())
			.findFirst()
			.orElseThrow();
		assertThat(web.get("/sheets/" + draft + "/dashboard").status()).isEqualTo(404);
		WebTestSupport viewer = new WebTestSupport(port);
		// staff of the fixture's municipality (another municipality's staff read as the public does)
		viewer.signIn(new TestUsers(accounts, organizations).create(Set.of(Role.VIEWER), fixture.municipality(),
				List.of()));
		Response staff = viewer.get("/sheets/" + draft + "/dashboard");
		assertThat(staff.status()).isEqualTo(200);
		assertThat(staff.document().select(".notice").text()).contains("まだ公表されていないため");

		// withdrawn: the public no longer reads it
		String department = WebTestSupport.unique("取下げダッシュ部");
		UUID withdrawn = Publish.publish(workflows, store.save(org.mokuhyo.SampleSheets.full(department, 2024),
				List.of(), "w.txt").id());
		assertThat(web.get("/sheets/" + withdrawn + "/dashboard").status()).isEqualTo(200);
		workflows.take(withdrawn, Step.WITHDRAW, Actor.commandLine(), "取下げ", null);
		assertThat(web.get("/sheets/" + withdrawn + "/dashboard").status()).isEqualTo(404);

		UUID quiet = published.keySet().iterator().next();
		Document doc = web.get("/sheets/" + quiet + "/dashboard").document();
		assertThat(doc.select("#status-heading + p.empty").text()).isEqualTo("まだ進捗の報告はありません。");
		assertThat(doc.select("#targets-table tbody td.no-actual")).isNotEmpty()
			.allSatisfy(td -> assertThat(td.text()).isEqualTo("報告なし"));
	}

	// ---- expectations, from the published snapshots ----

	private void assertRow(Document doc, String key, List<String> departments, Set<GoalKey> goals,
			Map<UUID, SheetData> ofYear) {
		Element row = doc.getElementById("coverage-" + key);
		assertThat(row).as(key).isNotNull();
		List<Element> cells = row.select("td.coverage-cell");
		assertThat(cells).hasSize(departments.size());
		int total = 0;
		for (int d = 0; d < departments.size(); d++) {
			String department = departments.get(d);
			long expected = goals.stream()
				.filter(g -> ofYear.get(g.sheetId()).department().name().equals(department))
				.count();
			total += (int) expected;
			assertThat(cells.get(d).text()).as(key + " × " + department).isEqualTo(Long.toString(expected));
			assertThat(cells.get(d).attr("data-value")).isEqualTo(Long.toString(expected));
			assertThat(cells.get(d).select("a")).hasSize(expected > 0 ? 1 : 0);
		}
		assertThat(row.selectFirst("td.coverage-total").text()).as(key).isEqualTo(Integer.toString(total));
		assertThat(total).isEqualTo(goals.size());
	}

	private void assertTrends(Document doc, Map<UUID, SheetData> sheets) {
		Map<Integer, List<SheetData>> byYear = new java.util.TreeMap<>();
		sheets.values().forEach(s -> byYear.computeIfAbsent(s.fiscalYear(), y -> new ArrayList<>()).add(s));
		assertThat(doc.select("#trends-table tbody tr").eachAttr("id"))
			.containsExactlyElementsOf(byYear.keySet().stream().map(y -> "trend-" + y).toList());
		byYear.forEach((year, list) -> {
			Element row = doc.getElementById("trend-" + year);
			assertThat(row.selectFirst("th").text()).isEqualTo(FiscalYearLabels.display(year));
			assertThat(row.select("td").eachText()).containsExactly(list.size() + "件",
					list.stream().mapToInt(s -> s.annualGoals().size()).sum() + "件",
					list.stream().mapToLong(s -> s.annualGoals().stream().filter(AnnualGoal::priority).count()).sum() + "件",
					list.stream().mapToInt(s -> BrowseFixture.tagged(s, "新規")).sum() + "件",
					list.stream().mapToInt(s -> BrowseFixture.tagged(s, "拡充")).sum() + "件");
		});
	}

	/** Every action (and sub-point with a schedule of its own) in order; the months shaded are those the chart draws. */
	private static void assertTimeline(Document doc, SheetData sheet) {
		List<String> schedules = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (Action action : actions(sheet)) {
			texts.add(action.text());
			schedules.add(action.schedule() == null ? "—" : action.schedule().text());
			for (SubItem sub : action.subItems()) {
				if (sub.schedule() != null) {
					texts.add(sub.text());
					schedules.add(sub.schedule().text());
				}
			}
		}
		List<Element> rows = doc.select("#timeline-table tbody tr");
		assertThat(rows.stream().map(r -> r.select("td").get(0).text()).toList()).isEqualTo(texts);
		assertThat(rows.stream().map(r -> r.select("td").get(1).text()).toList()).isEqualTo(schedules);
		for (Element row : rows) {
			List<Element> months = row.select("td.month");
			assertThat(months).hasSize(12);
			if (row.hasAttr("data-start")) {
				int start = Integer.parseInt(row.attr("data-start"));
				int end = Integer.parseInt(row.attr("data-end"));
				for (int i = 0; i < 12; i++) {
					assertThat(months.get(i).hasClass("month-on")).isEqualTo(i >= start && i <= end);
				}
				assertThat(row.select("td").get(2).text()).isEqualTo(
						start == end ? DashboardTimeline.MONTHS.get(start)
								: DashboardTimeline.MONTHS.get(start) + "〜" + DashboardTimeline.MONTHS.get(end));
			}
			else {
				assertThat(months).noneMatch(td -> td.hasClass("month-on"));
				assertThat(row.select("td").get(2).text()).isIn("スケジュールの記載なし", "読み取れないスケジュール");
			}
		}
		// whole-year actions cover April to March, as 通年 means
		assertThat(rows.stream().filter(r -> r.select("td").get(1).text().equals("通年")))
			.allSatisfy(r -> assertThat(r.attr("data-start") + "-" + r.attr("data-end")).isEqualTo("0-11"));
	}

	private static void assertTargets(Document doc, SheetData sheet, Map<Integer, Map<UUID, ProgressStatus>> statuses,
			Map<Integer, Map<UUID, Map<TargetKey, BigDecimal>>> actuals) {
		List<Element> rows = doc.select("#targets-table tbody tr");
		int r = 0;
		for (Action action : actions(sheet)) {
			for (Map.Entry<TargetKey, Target> target : Progresses.targets(action).entrySet()) {
				Element row = rows.get(r++);
				assertThat(row.selectFirst("th").text()).contains(target.getValue().text());
				List<Element> cells = row.select("td[data-value]");
				assertThat(cells).hasSize(4);
				for (int q = 1; q <= 4; q++) {
					boolean reported = statuses.getOrDefault(q, Map.of()).containsKey(action.id());
					BigDecimal actual = actuals.getOrDefault(q, Map.of()).getOrDefault(action.id(), Map.of())
						.get(target.getKey());
					String expected;
					String percent = "-";
					if (!reported) {
						expected = "報告なし";
					}
					else if (actual == null) {
						expected = "実績値なし";
					}
					else {
						percent = actual.multiply(BigDecimal.valueOf(100))
							.divide(target.getValue().value(), 0, RoundingMode.HALF_UP)
							.toPlainString();
						expected = format(actual) + target.getValue().unit() + "（" + percent + "%）";
					}
					assertThat(cells.get(q - 1).text()).as(target.getValue().text() + " Q" + q).isEqualTo(expected);
					assertThat(cells.get(q - 1).attr("data-value")).isEqualTo(percent);
				}
			}
		}
		assertThat(rows).hasSize(r);
		assertThat(r).isPositive();
	}

	private static void assertStatusMix(Document doc, SheetData sheet, Map<UUID, ProgressStatus> latest) {
		assertThat(doc.select("#status-table caption").text()).contains("第2四半期");
		List<String> columns = doc.select("#status-table thead th[data-series]").eachText();
		assertThat(columns).containsExactly("完了", "順調", "未着手", "遅れ気味", "遅延", "中止", "未報告");
		List<Element> rows = doc.select("#status-table tbody tr");
		int r = 0;
		for (AnnualGoal goal : sheet.annualGoals()) {
			List<ProgressStatus> statuses = goal.items()
				.stream()
				.flatMap(i -> i.actions().stream())
				.map(a -> latest.get(a.id()))
				.toList();
			if (statuses.isEmpty()) {
				continue;
			}
			Element row = rows.get(r++);
			assertThat(row.selectFirst("th").text()).startsWith("目標" + goal.number());
			List<String> expected = new ArrayList<>();
			for (String column : columns) {
				expected.add(Long.toString(statuses.stream()
					.filter(s -> column.equals("未報告") ? s == null : s != null && s.label().equals(column))
					.count()));
			}
			assertThat(row.select("td[data-value]").eachText()).as("goal " + goal.number()).isEqualTo(expected);
			assertThat(row.select("td").last().text()).isEqualTo(RollUp.of(statuses).label());
		}
		assertThat(rows).hasSize(r);
	}

	private Map<UUID, SheetData> ofYear(int year) {
		return published.entrySet()
			.stream()
			.filter(e -> e.getValue().fiscalYear() == year)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
	}

	private static List<String> departments(Map<UUID, SheetData> sheets) {
		return List.copyOf(new TreeSet<>(sheets.values().stream().map(s -> s.department().name()).toList()));
	}

	private List<String> expectedDepartmentOptions() {
		List<String> options = new ArrayList<>();
		options.add("");
		options.addAll(departments(published));
		return options;
	}

	private static Set<String> codes(SheetData sheet) {
		Set<String> codes = new TreeSet<>();
		sheet.annualGoals().forEach(g -> g.planLinks().forEach(l -> PlanCode.normalize(l.code()).ifPresent(codes::add)));
		sheet.midTermGoals().forEach(g -> g.planLinks().forEach(l -> PlanCode.normalize(l.code()).ifPresent(codes::add)));
		return codes;
	}

	private static List<Action> actions(SheetData sheet) {
		return sheet.annualGoals().stream().flatMap(g -> g.items().stream()).flatMap(i -> i.actions().stream()).toList();
	}

	private static String format(BigDecimal value) {
		DecimalFormat format = new DecimalFormat("#,##0.######", DecimalFormatSymbols.getInstance(Locale.ROOT));
		return format.format(value);
	}

	/** The sheet with an item and action added to its third goal (which has none): a later edit, not published. */
	private static SheetData withDraftAction(SheetData sheet) {
		List<AnnualGoal> goals = new ArrayList<>(sheet.annualGoals());
		AnnualGoal g = goals.get(2);
		Action action = new Action(null, "①", "下書きだけの取組み", List.of(),
				new Schedule("下半期", ScheduleKind.SECOND_HALF, 10, 3), List.of("新規"),
				List.of(new Target("件数", new BigDecimal("8"), "件", null, "件数8件")));
		goals.set(2, new AnnualGoal(g.id(), g.number(), g.title(), g.priority(),
				List.of(new GoalItem(null, "(1)", "下書きの項目", List.of(action))), g.planLinks(), g.policyLinks(),
				g.review()));
		return new SheetData(sheet.id(), sheet.version(), sheet.municipality(), sheet.municipalityCode(),
				sheet.fiscalYear(), sheet.fiscalYearLabel(), sheet.department(), sheet.missions(), sheet.policy(), goals,
				sheet.midTermGoals());
	}

	/** An administrator as the progress module sees one (it may save every department's progress). */
	private CurrentUser admin() {
		TestUsers.TestUser user = new TestUsers(accounts, organizations).admin();
		long municipality = organizations.findMunicipality(TestUsers.MUNICIPALITY).orElseThrow().id();
		return new CurrentUser(user.id(), user.username(), "試験 管理者", municipality, Set.of(Role.ADMIN), Set.of());
	}
}
