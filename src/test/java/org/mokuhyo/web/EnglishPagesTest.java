package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

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
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.progress.ProgressInput;
import org.mokuhyo.progress.ProgressStatus;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.search.SearchIndex;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public page of browsing, the dashboards, search and the year-over-year comparison after 「English」: the page
 * says it is English, its own words (headings, table heads, labels, buttons, captions, navigation, breadcrumbs, the
 * charts' legends) hold no Japanese, and the sheets' words shown among them (departments, titles, plan wording) say
 * they are Japanese ({@code lang="ja"}, WCAG 3.1.2). One department of a municipality of its own, published for
 * 2023 and 2024, with a quarter's progress.
 */
@IntegrationTest
class EnglishPagesTest {

	/** Japanese script, and the Japanese brackets and punctuation the Japanese pages use around their words. */
	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}「」（）【】、。]");

	/** The page's own words: where Japanese would be an untranslated leftover. */
	private static final String CHROME = "title, h1, h2, h3, h4, th, label, button, caption, nav, option, legend, "
			+ ".lead, .empty, .pager-status, .search-range, .empty-state, .notice, .alert, .badge, .hint, "
			+ ".search-hit-kind, .search-hit-field, .browse-filter, .compare-legend, .year-goal-links, .site-footer";

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	Progresses progresses;

	@Autowired
	SearchIndex index;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private String municipality;

	private String department;

	private UUID sheet2024;

	private WebTestSupport web;

	@BeforeEach
	void publish() throws Exception {
		municipality = WebTestSupport.unique("英語市");
		department = WebTestSupport.unique("英語部");
		Publish.publish(workflows, store.save(org.mokuhyo.SampleSheets.full(municipality, null, department, 2023),
				List.of(), "2023.txt").id());
		SheetData later = org.mokuhyo.SampleSheets.withTitle(
				org.mokuhyo.SampleSheets.full(municipality, null, department, 2024), 0, "市民協働と市民活動の推進");
		sheet2024 = Publish.publish(workflows, store.save(later, List.of(), "2024.txt").id());
		SheetData saved = store.find(sheet2024).orElseThrow();
		Action withTargets = saved.annualGoals().get(0).items().get(0).actions().get(1);
		Action first = saved.annualGoals().get(0).items().get(0).actions().get(0);
		progresses.save(sheet2024, 1, List.of(
				new ProgressInput(first.id(), ProgressStatus.ON_TRACK.name(), "", Map.of(), null),
				new ProgressInput(withTargets.id(), ProgressStatus.DELAYED.name(), "",
						Map.of(new TargetKey(-1, 0), "2000"), null)), admin());
		index.awaitReady();
		web = new WebTestSupport(port);
		assertThat(web.get("/?lang=en").status()).isEqualTo(200);
	}

	private CurrentUser admin() {
		// an administrator of the sheets' municipality: rights hold within one's own municipality only
		TestUsers.TestUser user = new TestUsers(accounts, organizations)
			.create(Set.of(Role.ADMIN), municipality, java.util.List.of());
		long id = organizations.findMunicipality(municipality).orElseThrow().id();
		return new CurrentUser(user.id(), user.username(), "試験 管理者", id, Set.of(Role.ADMIN), Set.of());
	}

	private String m() {
		return "municipality=" + WebTestSupport.encode(municipality);
	}

	private String d() {
		return "department=" + WebTestSupport.encode(department);
	}

	/** @param sheetWords the sheets' words the page's title names (a title cannot mark them as Japanese) */
	private Document english(String path, String... sheetWords) throws Exception {
		WebTestSupport.Response response = web.get(path);
		assertThat(response.status()).as(path).isEqualTo(200);
		Document doc = response.document();
		assertThat(doc.selectFirst("html").attr("lang")).as(path).isEqualTo("en");
		assertThat(doc.selectFirst(".language-switch a").text()).as(path).isEqualTo("日本語");
		assertNoJapaneseChrome(path, doc, sheetWords);
		return doc;
	}

	/** Every element of the page's own words, less the parts marked lang="ja", holds no Japanese. */
	static void assertNoJapaneseChrome(String path, Document doc, String... sheetWords) {
		List<String> leftovers = new ArrayList<>();
		for (Element element : doc.select(CHROME)) {
			if (element.closest("[lang=ja]") != null || element.closest(".language-switch") != null) {
				continue;
			}
			Element copy = element.clone();
			copy.select("[lang=ja]").remove();
			String text = copy.text();
			if (element.tagName().equals("title")) {
				for (String word : sheetWords) {
					text = text.replace(word, "");
				}
			}
			if (JAPANESE.matcher(text).find()) {
				leftovers.add(element.tagName() + "." + element.className() + ": " + text);
			}
		}
		for (Element labelled : doc.select("[aria-label]")) {
			if (JAPANESE.matcher(labelled.attr("aria-label")).find()
					&& labelled.closest("[lang=ja]") == null) {
				leftovers.add("aria-label of " + labelled.tagName() + ": " + labelled.attr("aria-label"));
			}
		}
		assertThat(leftovers).as(path).isEmpty();
	}

	@Test
	void theBrowsePagesInEnglish() throws Exception {
		Document index = english("/browse?" + m());
		assertThat(index.selectFirst("h1").text()).isEqualTo("Browse by field (" + municipality + ")");
		assertThat(index.select("h1 [lang=ja]").text()).isEqualTo(municipality);
		assertThat(index.select(".browse-ways a").eachText()).containsExactly("By year and department",
				"By comprehensive plan", "By basic policy", "Priority goals", "New actions", "Expanded actions");
		assertThat(index.select("table.browse-years tbody th").eachText()).contains("FY2024 (Reiwa 6)",
				"FY2023 (Reiwa 5)");
		assertThat(index.select("table.browse-sheets tbody th a[lang=ja]").eachText()).contains(department);
		assertThat(index.select("table.browse-sheets tbody td span").eachText()).contains("Published (version 1)");

		english("/browse?" + m() + "&year=2024");
		Document plan = english("/browse/plan?" + m());
		assertThat(plan.select("nav.breadcrumbs li").eachText()).containsExactly("Sheets", "Browse by field",
				"Browse by comprehensive plan");
		Document node = english("/browse/plan/5-1-(3)?" + m() + "&" + d() + "&year=2024");
		assertThat(node.selectFirst("h1 .plan-code").text()).isEqualTo("Comprehensive plan 5-1-(3)");
		assertThat(node.selectFirst("table.browse-list caption").text())
			.isEqualTo("Goals linked to comprehensive plan 5-1-(3) (" + department + ")");
		assertThat(node.select("table.browse-list thead th").eachText()).containsExactly(
				"Fiscal year (Sort ascending) ▼", "Department (Sort by this column)", "Kind",
				"No. (Sort by this column)", "Goal", "Plan and policies", "Publication");
		assertThat(node.select("tr.browse-goal td").eachText()).contains("FY2024 (Reiwa 6)", "Goal of the year",
				"Mid-term goal");
		assertThat(node.select(".pager-status").text()).matches("1–\\d+ of \\d+ \\(page 1 of 1\\)");
		english("/browse/plan/5-1?" + m());
		english("/browse/policies?" + m());
		Document policy = english("/browse/policies/45?" + m());
		assertThat(policy.title()).isEqualTo("Basic policy 45 | mokuhyo Department Management");
		Document priority = english("/browse/priority?" + m());
		assertThat(priority.select("tr.browse-goal .badge-priority").eachText()).containsOnly("Priority");
		Document tag = english("/browse/tags/" + WebTestSupport.encode("新規") + "?" + m());
		assertThat(tag.selectFirst("h1").text()).isEqualTo("New actions (All years)");
		assertThat(tag.select("tr.browse-action .tag").eachText()).as("the sheet's own tags stay").contains("[新規]");
	}

	@Test
	void theDashboardsInEnglishWithTheChartsReadingEnglishTables() throws Exception {
		Document city = english("/dashboard?" + m() + "&year=2024");
		assertThat(city.selectFirst("h1").text()).isEqualTo("Dashboards (FY2024 (Reiwa 6))");
		assertThat(city.select("#counts-table thead th[data-series]").eachAttr("data-series"))
			.containsExactly("Goals of the year", "Of which priority", "New actions", "Expanded actions");
		assertThat(city.select("#coverage-table thead th.coverage-department span[lang=ja]").eachText())
			.containsExactly(department);
		assertThat(city.selectFirst(".chart-heatmap").attr("data-count-unit")).isEqualTo(" goals");
		english("/dashboard?" + m() + "&year=2024&by=policy");
		english("/dashboard/trends?" + m());
		Document trends = english("/dashboard/trends?" + m() + "&" + d(), department);
		assertThat(trends.select("nav.breadcrumbs li").eachText()).containsExactly("Sheets", "Dashboards",
				"Trends by year (" + department + ")");
		assertThat(trends.select("#trends-table tbody th").eachAttr("data-label")).containsExactly("FY2023", "FY2024");

		Document sheet = english("/sheets/" + sheet2024 + "/dashboard", department);
		assertThat(sheet.select("#timeline-table thead th.month").eachText()).startsWith("Apr", "May").endsWith("Mar");
		assertThat(sheet.select("#timeline-table tbody th").eachText()).contains("Goal 1 (1)①", "Goal 1 (1)②・");
		assertThat(sheet.select("#timeline-table tbody td").eachText()).contains("Apr–Mar", "Nov", "Jul–Feb",
				"No schedule written");
		assertThat(sheet.select("#targets-table thead th[data-series]").eachText()).startsWith("Q1 (Apr–Jun)");
		assertThat(sheet.select("#targets-table tbody td.num").eachText()).contains("2,000人 (50%)", "No report");
		assertThat(sheet.select("#status-table thead th[data-series]").eachAttr("data-series")).containsExactly("Done",
				"On track", "Not started", "At risk", "Delayed", "Stopped", "Not reported");
		assertThat(sheet.select("#status-table tbody td").eachText()).contains("Delayed");
	}

	@Test
	void theSearchPageInEnglishKeepsTheSheetsWordsMarked() throws Exception {
		Document form = english("/search");
		assertThat(form.select("label[for=search-q]").text()).isEqualTo("Words to search for");
		Document page = english("/search?q=" + WebTestSupport.encode("助成金") + "&" + d(), "助成金");
		assertThat(page.selectFirst("h2#search-results-heading").text()).isEqualTo("Search results for “助成金” (2)");
		assertThat(page.select(".search-hit-kind").eachText()).containsOnly("Goal of the year 1");
		assertThat(page.select(".search-hit-field").eachText()).containsOnly("Action:");
		assertThat(page.select(".search-hit-snippet mark").eachText()).contains("助成金");
		assertThat(page.select(".search-hit-meta").eachText()).anySatisfy(t -> assertThat(t).contains("FY2024 (Reiwa 6)"));
		assertThat(page.select("section.search-facet h3").eachText()).contains("Fiscal year", "Department",
				"Comprehensive plan", "Basic policy", "Progress");
		assertThat(page.select("section.search-facet:has(h3:containsOwn(Fiscal year)) a").eachText())
			.containsExactly("FY2024 (Reiwa 6) (1)", "FY2023 (Reiwa 5) (1)");
		// a value of the sheets' own (the department) is marked as Japanese
		Element departments = page.selectFirst("section.search-facet:has(h3:containsOwn(Department))");
		assertThat(departments.select("li.selected a span[lang=ja]").text()).isEqualTo(department);
		assertThat(departments.select("a > span:first-child")).allSatisfy(
				span -> assertThat(span.attr("lang")).isEqualTo("ja"));
		Document bad = refused(web.get("/search?q=" + "x".repeat(201)));
		assertThat(bad.select("[role=alert]").text()).isEqualTo("Please enter at most 200 characters.");
	}

	private static Document refused(WebTestSupport.Response response) {
		assertThat(response.status()).isEqualTo(400);
		return response.document();
	}

	@Test
	void theYearOverYearComparisonInEnglish() throws Exception {
		english("/compare-years");
		Document doc = english("/compare-years?" + m() + "&" + d(), department);
		assertThat(doc.selectFirst("#summary-heading").text()).isEqualTo("FY2023 (Reiwa 5) → FY2024 (Reiwa 6)");
		assertThat(doc.select("table.year-compare-summary tbody td").first().text())
			.isEqualTo("Kept 3 (content changed 1, renumbered 0), new 0, ended 0");
		assertThat(doc.select("#annual-kept-heading").text()).isEqualTo("Kept goals (3)");
		assertThat(doc.select(".year-goal h4 span").eachText()).contains("Goal 1", "Changed", "Unchanged");
		assertThat(doc.select("table.year-compare-table tbody th .compare-label").eachText()).contains("Title");
		assertThat(doc.select("nav.breadcrumbs li").eachText()).containsExactly("Sheets",
				"Year-over-year comparison (" + department + ")");
		assertThat(doc.select("td.compare-after .year-text[lang=ja] ins").text()).contains("と市民活動");
	}
}
