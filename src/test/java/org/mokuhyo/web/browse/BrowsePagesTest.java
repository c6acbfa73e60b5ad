package org.mokuhyo.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
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
import org.mokuhyo.kernel.FiscalYearLabels;
import org.mokuhyo.plan.PlanCode;
import org.mokuhyo.portal.BrowseFixture.GoalKey;
import org.mokuhyo.portal.BrowseFixture;
import org.mokuhyo.sheet.AnnualGoal;
import org.mokuhyo.sheet.MidTermGoal;
import org.mokuhyo.sheet.PlanLink;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport.Response;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 分野から探す as the public reads it, over HTTP against a generated set of published, draft, edited, withdrawn and
 * reviewed sheets ({@link BrowseFixture}): every count and list is checked against the published snapshots, so a
 * draft, a later edit or a withdrawn sheet showing anywhere fails.
 */
@IntegrationTest
class BrowsePagesTest {

	private static BrowseFixture fixture;

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	private WebTestSupport web;

	private Map<UUID, SheetData> published;

	@BeforeEach
	void setUp() {
		synchronized (BrowsePagesTest.class) {
			if (fixture == null) {
				fixture = BrowseFixture.create(store, workflows);
			}
		}
		web = new WebTestSupport(port);
		published = fixture.published();
	}

	@Test
	void theIndexListsThePublishedSheetsByYearAndDepartmentWithTheirCounts() throws Exception {
		Response page = web.get("/browse?municipality=" + WebTestSupport.encode(fixture.municipality()));
		assertThat(page.status()).isEqualTo(200);
		Document doc = page.document();
		assertThat(doc.select("h1").text()).contains("分野から探す").contains(fixture.municipality());
		assertThat(doc.select("nav.site-nav a[aria-current=page]").text()).isEqualTo("分野から探す");
		// the draft, the withdrawn sheet and the later edit are not the public's
		assertThat(doc.text()).doesNotContain(BrowseFixture.DRAFT_DEPARTMENT)
			.doesNotContain(BrowseFixture.WITHDRAWN_DEPARTMENT);
		assertThat(published).hasSize(BrowseFixture.DEPARTMENTS.size() * BrowseFixture.YEARS.size() + 2);
		for (Map.Entry<UUID, SheetData> entry : published.entrySet()) {
			SheetData sheet = entry.getValue();
			Element section = doc.getElementById("browse-year-" + sheet.fiscalYear()).parent();
			Element row = section.selectFirst("tr:has(a[href=/sheets/" + entry.getKey() + "])");
			assertThat(row).as(sheet.department().name()).isNotNull();
			assertThat(row.selectFirst("th").text()).isEqualTo(sheet.department().name());
			List<String> cells = row.select("td").eachText();
			assertThat(cells.subList(0, 5)).containsExactly(sheet.annualGoals().size() + "件",
					sheet.annualGoals().stream().filter(AnnualGoal::priority).count() + "件",
					sheet.midTermGoals().size() + "件", BrowseFixture.tagged(sheet, "新規") + "件",
					BrowseFixture.tagged(sheet, "拡充") + "件");
			assertThat(cells.get(5)).startsWith(entry.getKey().equals(fixture.reviewed()) ? "振り返り公表済み" : "公表済み")
				.contains("作成基準日");
		}
		assertThat(doc.getElementById("browse-year-2024").text()).contains("令和6年度（2024年度）");
		// a year narrows the list to that year; the summary still names every year
		Document narrowed = web.get("/browse?year=2023&municipality=" + WebTestSupport.encode(fixture.municipality()))
			.document();
		assertThat(narrowed.getElementById("browse-year-2024")).isNull();
		assertThat(narrowed.getElementById("browse-year-2023")).isNotNull();
		assertThat(narrowed.select("table.browse-years tbody tr")).hasSize(2);
		assertThat(narrowed.select("#browse-year option[selected]").text()).isEqualTo("令和5年度（2023年度）");
	}

	@Test
	void thePlanTreeCountsEachPublishedGoalOnceUnderEveryNodeAboveIt() throws Exception {
		Document doc = web.get("/browse/plan?municipality=" + WebTestSupport.encode(fixture.municipality())).document();
		Set<String> expectedCodes = new TreeSet<>(PlanCode.ORDER);
		published.values().forEach(sheet -> codes(sheet).forEach(code -> {
			for (String c = code; c != null; c = PlanCode.parent(c)) {
				expectedCodes.add(c);
			}
		}));
		List<String> shown = doc.select("tr[id^=node-]").eachAttr("id").stream().map(id -> id.substring(5)).toList();
		assertThat(shown).containsAll(expectedCodes);
		assertThat(shown).isSortedAccordingTo(PlanCode.ORDER);
		for (String code : shown) {
			Set<GoalKey> goals = BrowseFixture.planGoals(published, code);
			Element row = doc.getElementById("node-" + code);
			assertThat(row.select("td").get(0).text()).as(code).isEqualTo(goals.isEmpty() ? "なし" : goals.size() + "件");
			String departments = String.join("、", BrowseFixture.departments(published, goals));
			assertThat(row.select("td").get(1).text()).as(code).isEqualTo(goals.isEmpty() ? "なし" : departments);
		}
		// named by the draft, the later edit and the withdrawn sheet only: nothing public serves them
		for (String code : List.of(BrowseFixture.DRAFT_CODE, BrowseFixture.EDIT_CODE, BrowseFixture.WITHDRAWN_CODE)) {
			assertThat(BrowseFixture.planGoals(published, code)).isEmpty();
			assertThat(doc.getElementById("node-" + code).select("td").get(0).text()).isEqualTo("なし");
		}
		assertThat(doc.getElementById("node-5").select("td").get(0).text()).isNotEqualTo("なし");
		assertThat(doc.select("caption").text()).contains("総合計画の項目");
		assertThat(doc.select("thead th[scope=col]")).isNotEmpty();

		// one year: counted from that year's published sheets only
		Map<UUID, SheetData> of2023 = published.entrySet()
			.stream()
			.filter(e -> e.getValue().fiscalYear() == 2023)
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
		Document year = web.get("/browse/plan?year=2023&municipality=" + WebTestSupport.encode(fixture.municipality()))
			.document();
		for (String code : List.of("5", "5-1-(3)", "3-2-(1)", "3-2-(2)", "2-4-(2)")) {
			assertThat(year.getElementById("node-" + code).select("td").get(0).text()).as(code)
				.isEqualTo(BrowseFixture.planGoals(of2023, code).size() + "件");
		}
	}

	@Test
	void aNodeListsTheGoalsLinkedToItAndUnderItWithDepartmentYearAndLinkToTheGoal() throws Exception {
		String m = WebTestSupport.encode(fixture.municipality());
		Response first = web.get("/browse/plan/5-1?municipality=" + m);
		assertThat(first.status()).isEqualTo(200);
		Document doc = first.document();
		assertThat(doc.select("nav.breadcrumbs li").eachText()).containsExactly("シート一覧", "分野から探す", "総合計画から探す",
				"5", "5-1");
		assertThat(doc.selectFirst("nav.breadcrumbs [aria-current=page]").text()).isEqualTo("5-1");
		assertThat(doc.select("h1").text()).startsWith("総合計画 5-1");
		assertThat(doc.select("#children-heading ~ div tr th a").eachText()).anyMatch(t -> t.startsWith("5-1-(3)"));

		Set<GoalKey> expected = BrowseFixture.planGoals(published, "5-1");
		List<Element> rows = allRows(web, "/browse/plan/5-1?municipality=" + m, "tr.browse-goal");
		assertThat(rows).hasSize(expected.size());
		assertThat(rows.stream().map(BrowsePagesTest::key).collect(Collectors.toSet())).isEqualTo(expected);
		for (Element row : rows) {
			GoalKey key = key(row);
			SheetData sheet = published.get(key.sheetId());
			assertThat(row.select("td").get(0).text()).isEqualTo(FiscalYearLabels.display(sheet.fiscalYear()));
			assertThat(row.select("td").get(1).text()).isEqualTo(sheet.department().name());
			assertThat(row.select("td").get(2).text()).isEqualTo(key.kind().equals("A") ? "当年度目標" : "中期目標");
			assertThat(row.selectFirst("th a").text()).isEqualTo(title(sheet, key));
			assertThat(row.select("td").get(4).text()).contains("総合計画 5-1-(3)");
		}
		// the edit after publication is not shown: the published title is
		assertThat(rows.stream().map(r -> r.selectFirst("th a").text())).doesNotContain(BrowseFixture.EDITED_TITLE)
			.contains(BrowseFixture.EDITED_DEPARTMENT + "2024 市民協働の推進")
			.contains(BrowseFixture.REVIEWED_TITLE);
		// the goal's anchor is on the sheet page
		GoalKey one = key(rows.get(0));
		Document sheetPage = web.get("/sheets/" + one.sheetId()).document();
		assertThat(sheetPage.getElementById((one.kind().equals("A") ? "goal-" : "mid-term-") + one.number())).isNotNull();

		// a node named only by a draft and an edit lists nothing
		Response edited = web.get("/browse/plan/" + BrowseFixture.EDIT_CODE + "?municipality=" + m);
		assertThat(edited.status()).isEqualTo(200);
		assertThat(edited.document().select("tr.browse-goal")).isEmpty();
		assertThat(edited.document().text()).contains("該当するものはありません（0件）");
	}

	@Test
	void policiesListTheGoalsLinkedToEachNumber() throws Exception {
		String m = WebTestSupport.encode(fixture.municipality());
		Document doc = web.get("/browse/policies?municipality=" + m).document();
		List<Integer> numbers = doc.select("tr[id^=policy-]")
			.eachAttr("id")
			.stream()
			.map(id -> Integer.parseInt(id.substring(7)))
			.toList();
		assertThat(numbers).contains(12, 32, 45, 46).isSorted();
		for (int number : numbers) {
			Set<GoalKey> goals = BrowseFixture.policyGoals(published, number);
			Element row = doc.getElementById("policy-" + number);
			assertThat(row.select("td").get(1).text()).as("policy " + number)
				.isEqualTo(goals.isEmpty() ? "なし" : goals.size() + "件");
			assertThat(row.select("td").get(2).text()).isEqualTo(
					goals.isEmpty() ? "なし" : String.join("、", BrowseFixture.departments(published, goals)));
		}
		assertThat(doc.getElementById("policy-" + BrowseFixture.DRAFT_POLICY).select("td").get(1).text())
			.isEqualTo("なし");

		Document policy = web.get("/browse/policies/45?municipality=" + m).document();
		assertThat(policy.select("h1").text()).isEqualTo("基本政策 45 新たなコミュニティとつながりの創出");
		List<Element> rows = allRows(web, "/browse/policies/45?municipality=" + m, "tr.browse-goal");
		assertThat(rows.stream().map(BrowsePagesTest::key).collect(Collectors.toSet()))
			.isEqualTo(BrowseFixture.policyGoals(published, 45));
	}

	@Test
	void priorityGoalsAreThePublishedOnesOnly() throws Exception {
		String m = WebTestSupport.encode(fixture.municipality());
		List<Element> rows = allRows(web, "/browse/priority?municipality=" + m, "tr.browse-goal");
		Set<GoalKey> expected = BrowseFixture.priorityGoals(published);
		assertThat(rows.stream().map(BrowsePagesTest::key).collect(Collectors.toSet())).isEqualTo(expected);
		assertThat(rows).allSatisfy(row -> assertThat(row.select(".badge-priority").text()).isEqualTo("【重点】"));
		// the later edit made goal 1 of its sheet 【重点】: not published, so not listed
		assertThat(expected).doesNotContain(new GoalKey(fixture.edited(), "A", 1));

		List<Element> of2024 = allRows(web, "/browse/priority?year=2024&municipality=" + m, "tr.browse-goal");
		assertThat(of2024).hasSize((int) expected.stream()
			.filter(k -> published.get(k.sheetId()).fiscalYear() == 2024)
			.count());
		assertThat(of2024).allSatisfy(row -> assertThat(row.select("td").get(0).text()).isEqualTo("令和6年度（2024年度）"));
	}

	@Test
	void newAndExpandedActionsAreCountedFromThePublishedVersions() throws Exception {
		String m = WebTestSupport.encode(fixture.municipality());
		for (String tag : List.of("新規", "拡充")) {
			int expected = published.values().stream().mapToInt(sheet -> BrowseFixture.tagged(sheet, tag)).sum();
			List<Element> rows = allRows(web, "/browse/tags/" + WebTestSupport.encode(tag) + "?municipality=" + m,
					"tr.browse-action");
			assertThat(rows).as(tag).hasSize(expected);
			assertThat(rows).allSatisfy(row -> assertThat(row.select(".tag").eachText()).contains("[" + tag + "]"));
			int of2023 = published.values()
				.stream()
				.filter(sheet -> sheet.fiscalYear() == 2023)
				.mapToInt(sheet -> BrowseFixture.tagged(sheet, tag))
				.sum();
			Document year = web.get("/browse/tags/" + WebTestSupport.encode(tag) + "?year=2023&municipality=" + m)
				.document();
			assertThat(year.select("#actions-heading .count").text()).isEqualTo("（" + of2023 + "件）");
		}
		Document page = web.get("/browse/tags/" + WebTestSupport.encode("新規") + "?municipality=" + m).document();
		Element row = page.selectFirst("tr.browse-action");
		assertThat(row.selectFirst("td a").attr("href")).matches("/sheets/[0-9a-f-]{36}#goal-\\d+");
		assertThat(row.selectFirst("th").text()).contains("出前講座等の実施");
		assertThat(row.select("td").get(3).text()).isEqualTo("11月");
	}

	@Test
	void theYearEndReviewPublishedThroughTheCycleReplacesThePlan() throws Exception {
		SheetData reviewed = published.get(fixture.reviewed());
		assertThat(reviewed.annualGoals().get(0).title()).isEqualTo(BrowseFixture.REVIEWED_TITLE);
		List<Element> rows = allRows(web,
				"/browse/plan/5-1-(3)?year=2023&municipality=" + WebTestSupport.encode(fixture.municipality()),
				"tr.browse-goal");
		Element row = rows.stream()
			.filter(r -> key(r).equals(new GoalKey(fixture.reviewed(), "A", 1)))
			.findFirst()
			.orElseThrow();
		assertThat(row.selectFirst("th a").text()).isEqualTo(BrowseFixture.REVIEWED_TITLE);
		assertThat(row.select("td").get(5).text()).isEqualTo("振り返り公表済み 作成基準日 令和6年5月31日（2024年5月31日）");
	}

	// ---- helpers ----

	/** Every row of a paged list, following 「次へ」 to the end. */
	static List<Element> allRows(WebTestSupport web, String path, String rowSelector) throws Exception {
		List<Element> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		String next = path;
		while (next != null) {
			assertThat(seen.add(next)).as("pages go forward").isTrue();
			Response page = web.get(next);
			assertThat(page.status()).as(next).isEqualTo(200);
			Document doc = page.document();
			rows.addAll(doc.select(rowSelector));
			Element link = doc.selectFirst("nav.pager a[rel=next]");
			next = link == null ? null : link.attr("href");
		}
		return rows;
	}

	/** The goal a row links to: /sheets/{id}#goal-n or #mid-term-n. */
	static GoalKey key(Element row) {
		String href = row.selectFirst("th a").attr("href");
		UUID id = UUID.fromString(href.substring("/sheets/".length(), href.indexOf('#')));
		String anchor = href.substring(href.indexOf('#') + 1);
		return anchor.startsWith("goal-") ? new GoalKey(id, "A", Integer.parseInt(anchor.substring(5)))
				: new GoalKey(id, "M", Integer.parseInt(anchor.substring(9)));
	}

	private static String title(SheetData sheet, GoalKey key) {
		return key.kind().equals("A")
				? sheet.annualGoals().stream().filter(g -> g.number() == key.number()).findFirst().orElseThrow().title()
				: sheet.midTermGoals().stream().filter(g -> g.number() == key.number()).findFirst().orElseThrow().title();
	}

	private static Set<String> codes(SheetData sheet) {
		Set<String> codes = new HashSet<>();
		for (AnnualGoal g : sheet.annualGoals()) {
			g.planLinks().stream().map(PlanLink::code).forEach(codes::add);
		}
		for (MidTermGoal g : sheet.midTermGoals()) {
			g.planLinks().stream().map(PlanLink::code).forEach(codes::add);
		}
		return codes;
	}
}
