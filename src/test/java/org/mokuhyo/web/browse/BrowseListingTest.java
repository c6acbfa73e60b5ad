package org.mokuhyo.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.portal.BrowseFixture.GoalKey;
import org.mokuhyo.portal.BrowseFixture;
import org.mokuhyo.portal.PortalQueries;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport.Response;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The browse lists' addresses: 50 rows a page with 「前へ」「次へ」 and the total, sorting by year, department or number
 * either way (stable across pages), one canonical address per plan node, and refusals in Japanese: 400 for a wrong
 * year, page, sort or direction, 404 for a node, policy, tag or municipality that is not there.
 */
@IntegrationTest
class BrowseListingTest {

	private static BrowseFixture fixture;

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	private WebTestSupport web;

	private String m;

	@BeforeEach
	void setUp() {
		synchronized (BrowseListingTest.class) {
			if (fixture == null) {
				fixture = BrowseFixture.create(store, workflows);
			}
		}
		web = new WebTestSupport(port);
		m = WebTestSupport.encode(fixture.municipality());
	}

	@Test
	void aLongListComesInPagesOfFiftyWithPreviousAndNext() throws Exception {
		Map<UUID, SheetData> published = fixture.published();
		Set<GoalKey> expected = BrowseFixture.planGoals(published, "5");
		assertThat(expected.size()).as("the set is made to need two pages").isGreaterThan(PortalQueries.PAGE_SIZE);

		Document first = web.get("/browse/plan/5?municipality=" + m).document();
		assertThat(first.select("tr.browse-goal")).hasSize(PortalQueries.PAGE_SIZE);
		assertThat(first.selectFirst(".pager-status").text())
			.isEqualTo("全" + expected.size() + "件中 1〜50件目（1 / 2ページ）");
		assertThat(first.select("nav.pager a[rel=prev]")).isEmpty();
		Element next = first.selectFirst("nav.pager a[rel=next]");
		assertThat(next.text()).isEqualTo("次へ");
		assertThat(next.attr("href")).isEqualTo("/browse/plan/5?municipality=" + m + "&page=2");

		Document second = web.get(next.attr("href")).document();
		assertThat(second.select("tr.browse-goal")).hasSize(expected.size() - PortalQueries.PAGE_SIZE);
		assertThat(second.select("nav.pager a[rel=next]")).isEmpty();
		assertThat(second.selectFirst("nav.pager a[rel=prev]").attr("href")).isEqualTo("/browse/plan/5?municipality=" + m);
		Set<GoalKey> both = first.select("tr.browse-goal").stream().map(BrowsePagesTest::key).collect(Collectors.toSet());
		Set<GoalKey> later = second.select("tr.browse-goal").stream().map(BrowsePagesTest::key).collect(Collectors.toSet());
		assertThat(both).doesNotContainAnyElementsOf(later);
		both.addAll(later);
		assertThat(both).isEqualTo(expected);
	}

	@Test
	void listsSortByYearDepartmentOrNumberEitherWayAcrossPages() throws Exception {
		String base = "/browse/plan/5?municipality=" + m;
		// by default newest year first
		List<Element> byYear = BrowsePagesTest.allRows(web, base, "tr.browse-goal");
		assertThat(byYear.stream().map(r -> r.select("td").get(0).text()).map(BrowseListingTest::western).toList())
			.isSortedAccordingTo(Comparator.reverseOrder());
		List<Element> oldest = BrowsePagesTest.allRows(web, base + "&sort=year&dir=asc", "tr.browse-goal");
		assertThat(oldest.stream().map(r -> western(r.select("td").get(0).text())).toList()).isSorted();
		assertThat(oldest).hasSize(byYear.size());

		List<String> departments = BrowsePagesTest.allRows(web, base + "&sort=department", "tr.browse-goal")
			.stream()
			.map(r -> r.select("td").get(1).text())
			.toList();
		assertThat(departments).isSorted().hasSize(byYear.size());
		List<String> reversed = BrowsePagesTest.allRows(web, base + "&sort=department&dir=desc", "tr.browse-goal")
			.stream()
			.map(r -> r.select("td").get(1).text())
			.toList();
		assertThat(reversed).isSortedAccordingTo(Comparator.reverseOrder());

		List<Integer> numbers = BrowsePagesTest.allRows(web, base + "&sort=number", "tr.browse-goal")
			.stream()
			.map(r -> Integer.parseInt(r.select("td").get(3).text()))
			.toList();
		assertThat(numbers).isSorted().hasSize(byYear.size());

		// the column sorted by says so; its link turns the order round; paging keeps the order
		Document page = web.get(base + "&sort=department").document();
		Element header = page.selectFirst("th[aria-sort]");
		assertThat(header.attr("aria-sort")).isEqualTo("ascending");
		assertThat(header.text()).startsWith("部局");
		assertThat(header.selectFirst("a").attr("href")).isEqualTo(base + "&sort=department&dir=desc");
		assertThat(page.selectFirst("nav.pager a[rel=next]").attr("href")).isEqualTo(base + "&sort=department&page=2");
		// the year form keeps the sort and the municipality
		assertThat(page.select("form.browse-year-form input[type=hidden]").eachAttr("name"))
			.containsExactly("municipality", "sort");

		// actions sort the same way
		List<String> actionDepartments = BrowsePagesTest
			.allRows(web, "/browse/tags/" + WebTestSupport.encode("拡充") + "?sort=department&dir=desc&municipality=" + m,
					"tr.browse-action")
			.stream()
			.map(r -> r.select("td").get(1).text())
			.toList();
		assertThat(actionDepartments).isSortedAccordingTo(Comparator.reverseOrder()).isNotEmpty();
	}

	@Test
	void wrongParametersAreRefusedWithAMessage() throws Exception {
		for (String query : List.of("year=abc", "year=1800", "year=20245", "page=0", "page=-1", "page=x", "page=999",
				"sort=title", "dir=up", "sort=year&dir=sideways")) {
			Response page = web.get("/browse/priority?municipality=" + m + "&" + query);
			assertThat(page.status()).as(query).isEqualTo(400);
			Document doc = page.document();
			assertThat(doc.select("h1").text()).as(query).isEqualTo("指定の内容が正しくありません");
			assertThat(doc.select("main p").first().text()).as(query).containsPattern("年度|ページ|並び順|向き");
		}
		assertThat(web.get("/browse/plan/5?page=3&municipality=" + m).document().text())
			.contains("ページ番号（page）は1から2までで指定してください");
		assertThat(web.get("/browse?year=abc").status()).isEqualTo(400);
		assertThat(web.get("/browse/plan?year=１８００").status()).isEqualTo(400);
		// full-width digits are read as a person types them
		assertThat(web.get("/browse/priority?year=２０２４&municipality=" + m).status()).isEqualTo(200);
	}

	@Test
	void addressesThatNameNothingAreNotFound() throws Exception {
		for (String path : List.of("/browse/plan/abc", "/browse/plan/77-7-(7)", "/browse/policies/x",
				"/browse/policies/4242", "/browse/tags/" + WebTestSupport.encode("廃止"))) {
			Response page = web.get(path + "?municipality=" + m);
			assertThat(page.status()).as(path).isEqualTo(404);
			assertThat(page.document().select("h1").text()).as(path).endsWith("見つかりません");
		}
		Response unknown = web.get("/browse?municipality=" + WebTestSupport.encode("存在しない市"));
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(unknown.document().text()).contains("「存在しない市」の公表されたシートはありません");
	}

	@Test
	void aPlanCodeWrittenAnotherWayIsSentToItsOneAddress() throws Exception {
		for (String written : List.of("5-1-3", WebTestSupport.encode("５－１－（３）"))) {
			Response moved = web.get("/browse/plan/" + written + "?municipality=" + m + "&sort=number&page=1");
			assertThat(moved.status()).as(written).isEqualTo(301);
			assertThat(moved.location()).endsWith("/browse/plan/5-1-(3)?municipality=" + m + "&sort=number");
		}
		assertThat(web.get("/browse/plan/5-1-(3)?municipality=" + m).status()).isEqualTo(200);
	}

	@Test
	void theLinksOfAPageKeepItsMunicipalityAndYear() throws Exception {
		Document page = web.get("/browse/plan?year=2024&municipality=" + m).document();
		Element node = page.selectFirst("tr[id=node-5-1-(3)] a");
		assertThat(node.attr("href")).isEqualTo("/browse/plan/5-1-(3)?municipality=" + m + "&year=2024");
		assertThat(page.select("nav.browse-ways a").eachAttr("href")).allSatisfy(
				href -> assertThat(href).endsWith("municipality=" + m + "&year=2024"));
		assertThat(page.select("nav.breadcrumbs li").eachText()).containsExactly("シート一覧", "分野から探す",
				"総合計画から探す（令和6年度（2024年度））");
		// the municipality this installation serves needs no parameter
		Document plain = web.get("/browse/plan").document();
		assertThat(plain.select("nav.browse-ways a").eachAttr("href")).contains("/browse/priority");
	}

	private static int western(String label) {
		return Integer.parseInt(label.replaceAll(".*（(\\d{4})年度）", "$1"));
	}
}
