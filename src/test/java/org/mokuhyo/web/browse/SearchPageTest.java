package org.mokuhyo.web.browse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.search.SearchIndex;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.SampleSheets;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The search page as a browser without JavaScript uses it: the form, the hits with the words marked, facets and
 * pages as plain links, the messages for what cannot be searched, and nothing unpublished for anyone.
 */
@IntegrationTest
class SearchPageTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	SearchIndex index;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private UUID publish(SheetData sheet) {
		return Publish.publish(workflows, store.save(sheet, List.of(), "search.txt").id());
	}

	@Test
	void thePublicFindsPublishedGoalsWithTheWordsMarked() throws Exception {
		String department = WebTestSupport.unique("検索画面部");
		UUID published = publish(SampleSheets.shimin(department));
		UUID draft = store.save(SampleSheets.shimin(WebTestSupport.unique("検索下書き部")), List.of(), "d.txt").id();
		index.awaitReady();
		WebTestSupport web = new WebTestSupport(port);

		Document form = web.get("/search").document();
		assertThat(form.select("form[action=/search][method=get] input[name=q]")).hasSize(1);
		assertThat(form.select("form[action=/search] button[type=submit]").text()).isEqualTo("検索");
		assertThat(form.select(".search-hit")).isEmpty();
		assertThat(form.select("header a[href=/search]").text()).isEqualTo("検索");

		WebTestSupport.Response response = web.get("/search?q=" + WebTestSupport.encode("詐欺") + "&department="
				+ WebTestSupport.encode(department));
		assertThat(response.status()).isEqualTo(200);
		Document page = response.document();
		assertThat(page.select("h2#search-results-heading").text()).contains("「詐欺」の検索結果").contains("（1件）");
		Element hit = page.selectFirst(".search-hit");
		assertThat(hit.select("a").attr("href")).isEqualTo("/sheets/" + published + "#goal-1");
		assertThat(hit.select(".search-hit-title").text()).contains("当年度目標 1").contains("市民協働の推進");
		assertThat(hit.select(".search-hit-meta").text()).contains("令和6年度（2024年度）").contains(department);
		assertThat(hit.select(".search-hit-field").text()).isEqualTo("取組み事項：");
		assertThat(hit.select(".search-hit-snippet mark").eachText()).containsExactly("詐欺");
		assertThat(hit.select(".search-hit-snippet").text()).contains("特殊詐欺被害防止啓発");
		assertThat(page.select("input[type=hidden][name=department]").val()).isEqualTo(department);

		// the draft's department is searched in vain
		Document none = web.get("/search?q=" + WebTestSupport.encode("詐欺") + "&department="
				+ WebTestSupport.encode(draftDepartment(draft))).document();
		assertThat(none.select(".search-hit")).isEmpty();
		assertThat(none.select(".empty-state").text()).contains("条件に合う目標は見つかりませんでした");
	}

	private String draftDepartment(UUID draft) {
		return store.find(draft).orElseThrow().department().name();
	}

	@Test
	void facetsArePlainLinksThatFilterAndUnfilter() throws Exception {
		String department = WebTestSupport.unique("検索絞込部");
		publish(SampleSheets.shimin(department));
		SheetData lastYear = SampleSheets.shimin(department);
		publish(new SheetData(null, null, lastYear.municipality(), lastYear.municipalityCode(), 2023, "令和5年度",
				lastYear.department(), lastYear.missions(), lastYear.policy(), lastYear.annualGoals(),
				lastYear.midTermGoals()));
		index.awaitReady();
		WebTestSupport web = new WebTestSupport(port);

		String search = "/search?q=" + WebTestSupport.encode("助成金") + "&department=" + WebTestSupport.encode(department);
		Document page = web.get(search).document();
		assertThat(page.select(".search-hit")).hasSize(2);
		Element years = page.selectFirst("section.search-facet:has(h3:containsOwn(年度))");
		assertThat(years.select("a").eachText()).containsExactly("令和6年度（2024年度）（1）", "令和5年度（2023年度）（1）");
		Element departments = page.selectFirst("section.search-facet:has(h3:containsOwn(部局))");
		assertThat(departments.select("li.selected a").text()).contains(department).contains("（2）");

		String year2024 = years.select("a").first().attr("href");
		assertThat(year2024).isEqualTo("/search?q=" + WebTestSupport.encode("助成金") + "&year=2024&department="
				+ WebTestSupport.encode(department));
		Document filtered = web.get(year2024).document();
		assertThat(filtered.select(".search-hit")).hasSize(1);
		assertThat(filtered.select(".search-hit-meta").text()).contains("2024年度");
		Element chosen = filtered.selectFirst("section.search-facet:has(h3:containsOwn(年度)) li.selected a");
		assertThat(chosen.attr("aria-current")).isEqualTo("true");
		// the other year stays offered with its count (counted without the year's own filter)
		assertThat(filtered.select("section.search-facet:has(h3:containsOwn(年度)) a").eachText())
			.contains("令和5年度（2023年度）（1）");
		// choosing the chosen value again takes it off
		assertThat(web.get(chosen.attr("href")).document().select(".search-hit")).hasSize(2);

		Element plan = filtered.selectFirst("section.search-facet:has(h3:containsOwn(総合計画))");
		assertThat(plan.select("a").eachText()).anyMatch(t -> t.startsWith("5-1-(3) 地域課題の共有を図り"));
		assertThat(plan.select("a").eachText()).anyMatch(t -> t.startsWith("5-1"));
		Element policy = filtered.selectFirst("section.search-facet:has(h3:containsOwn(基本政策))");
		assertThat(policy.select("a").eachText()).anyMatch(t -> t.startsWith("45 新たなコミュニティとつながりの創出"));
		Element progress = filtered.selectFirst("section.search-facet:has(h3:containsOwn(進捗状況))");
		assertThat(progress.select("a").eachText()).containsExactly("未報告（1）");
	}

	@Test
	void everythingShownIsEscaped() throws Exception {
		String department = WebTestSupport.unique("検索エスケープ部");
		publish(SampleSheets.shimin(department, "<script>alert('x')</script>詐欺<b>対策</b>"));
		index.awaitReady();
		WebTestSupport.Response response = new WebTestSupport(port).get("/search?q=" + WebTestSupport.encode("詐欺 対策")
				+ "&department=" + WebTestSupport.encode(department));
		assertThat(response.body()).doesNotContain("<script>alert").doesNotContain("<b>対策");
		Element hit = response.document().selectFirst(".search-hit");
		assertThat(hit.select("script, b")).isEmpty();
		assertThat(hit.select(".search-hit-snippet").text()).contains("<script>alert('x')</script>");
		assertThat(hit.select(".search-hit-snippet mark").eachText()).containsExactly("詐欺", "対策");
	}

	@Test
	void twentyHitsAPageWithLinksToTheOthers() throws Exception {
		String department = WebTestSupport.unique("検索頁部");
		for (int year = 2010; year < 2021; year++) {
			SheetData sheet = SampleSheets.other(department, year, null);
			publish(new SheetData(null, null, sheet.municipality(), sheet.municipalityCode(), year, null,
					sheet.department(), List.of("頁送り確認の使命"), sheet.policy(), List.of(), List.of()));
		}
		SheetData more = SampleSheets.shimin(department);
		List<SheetData> twelve = new ArrayList<>();
		for (int year = 2030; year < 2032; year++) {
			twelve.add(new SheetData(null, null, more.municipality(), more.municipalityCode(), year, null,
					more.department(), List.of("頁送り確認の使命"), more.policy(), List.of(), List.of()));
		}
		twelve.forEach(this::publish);
		index.awaitReady();
		WebTestSupport web = new WebTestSupport(port);
		String search = "/search?q=" + WebTestSupport.encode("頁送り確認") + "&department=" + WebTestSupport.encode(department);
		Document first = web.get(search).document();
		assertThat(first.select("h2#search-results-heading").text()).contains("（13件）");
		assertThat(first.select(".search-hit")).hasSize(13);

		for (int year = 2040; year < 2050; year++) {
			publish(new SheetData(null, null, more.municipality(), more.municipalityCode(), year, null,
					more.department(), List.of("頁送り確認の使命"), more.policy(), List.of(), List.of()));
		}
		index.awaitReady();
		first = web.get(search).document();
		assertThat(first.select(".search-hit")).hasSize(20);
		assertThat(first.select(".search-range").text()).isEqualTo("1〜20件目を表示");
		assertThat(first.select("nav.pagination a").eachText()).containsExactly("1", "2");
		assertThat(first.select("nav.pagination a[aria-current=page]").text()).isEqualTo("1");
		Document second = web.get(first.select("nav.pagination a").get(1).attr("href")).document();
		assertThat(second.select(".search-hit")).hasSize(3);
		assertThat(second.select(".search-range").text()).isEqualTo("21〜23件目を表示");
	}

	@Test
	void whatCannotBeSearchedIsSaidWithA400() throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		WebTestSupport.Response tooLong = web.get("/search?q=" + "語".repeat(201));
		assertThat(tooLong.status()).isEqualTo(400);
		assertThat(tooLong.document().select("[role=alert]").text()).isEqualTo("検索する語は200文字以内で入力してください。");
		WebTestSupport.Response badPage = web.get("/search?q=" + WebTestSupport.encode("詐欺") + "&page=abc");
		assertThat(badPage.status()).isEqualTo(400);
		assertThat(badPage.document().select("[role=alert]").text()).isEqualTo("ページは数字で指定してください。");
		WebTestSupport.Response badYear = web.get("/search?q=" + WebTestSupport.encode("詐欺") + "&year=R6");
		assertThat(badYear.status()).isEqualTo(400);
		assertThat(badYear.document().select("[role=alert]").text()).contains("年度は西暦の4桁");
		// the form is still there, with what was typed
		assertThat(badYear.document().select("input[name=q]").val()).isEqualTo("詐欺");
		// full-width digits are a year too
		assertThat(web.get("/search?q=" + WebTestSupport.encode("詐欺") + "&year=" + WebTestSupport.encode("２０２４"))
			.status()).isEqualTo(200);
	}

	@Test
	void staffFindTheSamePublishedGoalsOnly() throws Exception {
		String department = WebTestSupport.unique("検索職員部");
		UUID draft = store.save(SampleSheets.shimin(department), List.of(), "d.txt").id();
		index.awaitReady();
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(new TestUsers(accounts, organizations).admin());
		String search = "/search?q=" + WebTestSupport.encode("詐欺") + "&department=" + WebTestSupport.encode(department);
		assertThat(web.get(search).document().select(".search-hit")).isEmpty();
		Publish.publish(workflows, draft);
		index.awaitReady();
		assertThat(web.get(search).document().select(".search-hit a").eachAttr("href"))
			.containsExactly("/sheets/" + draft + "#goal-1");
	}
}
