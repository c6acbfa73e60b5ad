package org.mokuhyo.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.importer.NothingLostTest;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.SampleSheets;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The sheet page as a person sees it, over HTTP from the running application: sheets built by hand and stored in
 * the real PostgreSQL store, each under its own department (the tests share one database).
 */
@IntegrationTest
class SheetPageTest {

	@LocalServerPort
	int port;

	@Autowired
	org.mokuhyo.workflow.Workflows workflows;

	@Autowired
	SheetStore store;

	@Autowired
	ImportService importService;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private WebTestSupport web;

	/** A member of staff's browser (who sees the import warnings); the public's page is {@link AccessTest}'s. */
	@BeforeEach
	void setUp() throws Exception {
		web = new WebTestSupport(port);
		web.signIn(new TestUsers(accounts, organizations).viewer());
	}

	private Document page(String path, int status) throws Exception {
		WebTestSupport.Response response = web.get(path);
		assertThat(response.status()).as(path).isEqualTo(status);
		assertThat(response.contentType()).as(path).startsWith("text/html");
		return response.document();
	}

	@Test
	void showsTheSheetLikeTheOfficialOne() throws Exception {
		String department = WebTestSupport.unique("市民協働部");
		SavedSheet saved = store.save(SampleSheets.shimin(department), SampleSheets.warnings(), "seed.txt");
		org.mokuhyo.Publish.publish(workflows, saved.id()); // the JSON link is to the published data

		Document doc = page("/sheets/" + saved.id(), 200);
		WebTestSupport.writePreview("sheet.html", doc);

		assertThat(doc.select("html").attr("lang")).isEqualTo("ja");
		assertThat(doc.select("h1")).hasSize(1);
		assertThat(doc.selectFirst("h1").text()).contains("令和6年度（2024年度）").contains(department).contains("部局長の目標");
		assertThat(doc.title()).contains("令和6年度（2024年度）").contains(department);

		// landmarks and the skip link
		assertThat(doc.select("header")).hasSize(1);
		assertThat(doc.select("main#main")).hasSize(1);
		assertThat(doc.select("footer")).hasSize(1);
		assertThat(doc.selectFirst("a.skip-link").attr("href")).isEqualTo("#main");
		assertThat(doc.selectFirst("header").text()).contains("mokuhyo 部局マネジメント");

		// header table
		Element header = doc.selectFirst("table.sheet-header");
		assertThat(cellAfter(header, "部局")).isEqualTo(department);
		assertThat(cellAfter(header, "補職")).isEqualTo("部長");
		assertThat(cellAfter(header, "氏名")).isEqualTo("宮城 節子");
		assertThat(cellAfter(header, "年度")).isEqualTo("令和6年度（2024年度）");
		assertThat(cellAfter(header, "自治体")).isEqualTo("豊中市");
		assertThat(cellAfter(header, "版")).isEqualTo("第1版");

		// sections in order, headings not skipping a level
		assertThat(doc.select("main h2").eachText()).containsSubsequence("1. 部局の使命",
				"2. 使命を遂行するための取り組み方針と、それに基づく取り組みの総括", "3. 当年度目標と目標設定に対する振り返り等",
				"4. 中期目標（概ね今後4年間）", "取込み時の注意");
		assertHeadingsInOrder(doc);

		// 1. missions numbered (1)…
		assertThat(doc.select("#missions li").eachText()).hasSize(3).first().asString().startsWith("(1)");

		// 2. policy with ○ items and the pending summary
		Element policy = doc.selectFirst("#policy table");
		assertThat(policy.select("thead th").eachText()).containsExactly("方針", "取り組みの総括");
		assertThat(policy.select(".policy-items li").first().text()).startsWith("○市民公益活動推進条例");
		assertThat(policy.select("tbody td").get(1).text()).isEqualTo("未記載（年度末に記載）");

		// 3. goal tables
		assertThat(doc.select("#annual-goals table.goal-table")).hasSize(2);
		Element goal1 = doc.selectFirst("#goal-1");
		Element goal2 = doc.selectFirst("#goal-2");
		assertThat(goal1.selectFirst("h3").text()).isEqualTo("市民協働の推進");
		assertThat(goal1.select(".badge-priority")).isEmpty();
		assertThat(goal2.selectFirst("h3").text()).isEqualTo("人権尊重・平和啓発 【重点】");
		assertThat(goal2.select(".badge-priority").text()).isEqualTo("【重点】");
		assertThat(goal1.select("thead th").eachText()).containsExactly("No", "当年度目標(当初設定)", "実績",
				"取組み事項及びその内容・スケジュール", "取組みを行った内容・成果", "課題・今後の方向性");
		assertThat(goal1.selectFirst("tbody th[scope=row]").text()).isEqualTo("1");
		assertThat(goal1.select(".item-text").first().text())
			.isEqualTo("(1)市民公益活動推進条例に基づく制度を運用し市民公益活動団体を支援します。");

		// schedule badges: source text visible, kind explained in title and for screen readers
		Element range = goal2.select(".badge-schedule").stream()
			.filter(b -> b.text().endsWith("7~2月"))
			.findFirst()
			.orElseThrow();
		assertThat(range.attr("title")).isEqualTo("スケジュール: 期間（7月〜翌年2月）");
		assertThat(range.selectFirst(".visually-hidden").text()).isEqualTo("スケジュール（期間）:");
		assertThat(goal1.select(".badge-schedule").first().attr("title")).startsWith("スケジュール: 通年");
		assertThat(goal2.select(".badge-schedule").eachAttr("title")).anyMatch(t -> t.startsWith("スケジュール: 下半期"))
			.anyMatch(t -> t.startsWith("スケジュール: 以降")).anyMatch(t -> t.startsWith("スケジュール: 単月"));

		// tags as text badges
		assertThat(goal1.select(".tag-new").eachText()).containsExactly("新規");
		assertThat(goal2.select(".tag-expanded").eachText()).contains("拡充");

		// targets with thousands separators, per year
		assertThat(goal1.select(".targets li").eachText()).containsExactly("目標: 参加者数 4,000人");
		assertThat(goal2.select(".targets li").eachText()).contains("目標: 平和展示室来館者数 10,000人/年",
				"目標: 認証事業者 10社", "目標: 参加者 150人");

		// sub-items nested under their action, with their own tags, targets and schedule
		Element subItems = goal2.selectFirst(".action .sub-items");
		assertThat(subItems.select("> li")).hasSize(2);
		assertThat(subItems.select("> li").get(1).select(".tag-new").text()).isEqualTo("新規");
		Element withSchedule = goal2.select(".sub-items > li").stream()
			.filter(li -> li.text().contains("人権問題事業者学習会"))
			.findFirst()
			.orElseThrow();
		assertThat(withSchedule.select(".badge-schedule").text()).endsWith("7月");
		assertThat(withSchedule.select(".targets li").text()).isEqualTo("目標: 参加者 150人");

		// reviews: written text, or the pending mark
		assertThat(goal1.select("td.review").eachText()).containsExactly("助成金を12団体に交付し、協働事業提案を3件採択した。",
				"提案の裾野を広げるため、庁内周知を強化する。");
		assertThat(goal2.select("td.review").eachText()).containsExactly("未記載（年度末に記載）", "未記載（年度末に記載）");

		// plan and policy links under each goal
		assertThat(goal1.select(".links dt").eachText()).containsExactly("総合計画", "基本政策");
		assertThat(goal1.select(".links .link-code").eachText()).containsExactly("5-1-(3)", "45");
		assertThat(goal1.select(".links li").first().text())
			.isEqualTo("5-1-(3) 地域課題の共有を図り、多様な主体による協働のまちづくりを推進します");
		assertThat(goal2.select(".links .link-code").eachText()).containsExactly("4-1-(1)", "4-1-(3)", "49");

		// 4. mid-term goal with grouped steps and fiscal-year spans
		Element mid = doc.selectFirst("#mid-term-1");
		assertThat(mid.select("thead th").eachText()).containsExactly("No",
				"取組み事項及び取組みにあたっての課題・めざす成果など", "スケジュール(工程)");
		assertThat(mid.selectFirst("h3").text()).isEqualTo("地域コミュニティの活性化及び地域連携の推進");
		assertThat(mid.select(".description .bullets li").eachText()).containsExactly("高校・大学と地域団体の連携",
				"両コラボセンターでの事業実施");
		assertThat(mid.select(".step-group-title").eachText()).containsExactly("(1)地域自治の推進", "(2)地域連携事業の実施");
		assertThat(mid.select(".step-group").get(0).select(".step-list > li")).hasSize(2);
		assertThat(mid.select(".span-badge").eachText()).containsExactly("実施時期: 令和6年度（2024年度）〜",
				"実施時期: 令和6年度（2024年度）〜令和9年度（2027年度）", "実施時期: 令和6年度（2024年度）");
		assertThat(mid.select(".links .link-code").eachText()).containsExactly("5-1-(3)", "32", "45");

		// warnings for staff
		Element warnings = doc.selectFirst("#warnings");
		assertThat(warnings.text()).contains("職員向け");
		assertThat(warnings.select("tbody tr")).hasSize(2);
		assertThat(warnings.select("tbody tr").first().select("td").eachText()).containsExactly("42（3列目）",
				"UNPLACED_TEXT", "どの欄にも当てはまらない文があります。", "※詳細は別紙");
		assertThat(doc.select("nav.page-tools a").eachText()).contains("取込み時の注意（2件）");

		// link to the JSON, which the API serves
		assertThat(doc.select("a[href=/api/v1/sheets/" + saved.id() + "]")).hasSize(1);
		assertThat(web.get("/api/v1/sheets/" + saved.id(), "application/json").status()).isEqualTo(200);

		// every header cell of every table says what it heads
		assertThat(doc.select("th")).isNotEmpty().allSatisfy(th -> assertThat(th.attr("scope")).as(th.outerHtml())
			.isIn("col", "row", "colgroup", "rowgroup"));
		// no script, no request to anywhere else
		assertThat(doc.select("script")).isEmpty();
		assertThat(doc.select("[src]")).isEmpty();
		assertThat(doc.select("[href]").eachAttr("href")).noneMatch(h -> h.matches("(?i)^(https?:)?//.*"));
		assertThat(doc.select("link[href]").eachAttr("href")).containsExactly("/css/mokuhyo.css");
		assertThat(web.get("/css/mokuhyo.css", "text/css,*/*;q=0.1").status()).isEqualTo(200);
	}

	@Test
	void everyPhraseOfTheImportedSeedIsOnItsPage() throws Exception {
		String department = "全文表示テスト部" + UUID.randomUUID().toString().substring(0, 8);
		String source = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);
		UUID id = importService.importSheet(source.getBytes(StandardCharsets.UTF_8), "seed.txt", ImportOptions.none())
			.sheetId();
		String text = page("/sheets/" + id, 200).body().text();
		List<String> missing = NothingLostTest.phrases(source).stream().filter(p -> !text.contains(p)).toList();
		assertThat(missing).as("source phrases the page does not show").isEmpty();
		assertThat(text).doesNotContain("【今年度末に記載】");
	}

	@Test
	void escapesHtmlFromTheData() throws Exception {
		SheetData sheet = SampleSheets.shimin(WebTestSupport.unique("市民協働部"), "<script>alert(1)</script>");
		SavedSheet saved = store.save(sheet, List.of(), "evil.txt");

		WebTestSupport.Response response = web.get("/sheets/" + saved.id());
		Document doc = response.document();

		assertThat(response.status()).isEqualTo(200);
		assertThat(doc.selectFirst("#goal-1 h3").text()).isEqualTo("<script>alert(1)</script>");
		assertThat(doc.select("script")).isEmpty();
		assertThat(response.body()).doesNotContain("<script>").contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void unknownOrMalformedIdIsAJapaneseNotFoundPage() throws Exception {
		for (String path : List.of("/sheets/" + UUID.randomUUID(), "/sheets/not-a-uuid", "/sheets/1-1-1-1-1",
				"/sheets/" + UUID.randomUUID().toString().toUpperCase().replace("-", ""))) {
			Document doc = page(path, 404);
			assertThat(doc.select("html").attr("lang")).isEqualTo("ja");
			assertThat(doc.select("h1")).hasSize(1);
			assertThat(doc.selectFirst("h1").text()).isEqualTo("シートが見つかりません");
			assertThat(doc.select("main a[href=/]")).isNotEmpty();
		}
	}

	@Test
	void fiscalYearLabelIsComputedWhenTheSheetHasNone() throws Exception {
		SheetData sheet = SampleSheets.shimin(WebTestSupport.unique("市民協働部"));
		SavedSheet saved = store.save(new SheetData(null, null, sheet.municipality(), sheet.municipalityCode(), 2019,
				null, sheet.department(), sheet.missions(), sheet.policy(), sheet.annualGoals(), sheet.midTermGoals()),
				List.of(), "x.txt");

		Document doc = page("/sheets/" + saved.id(), 200);

		assertThat(doc.selectFirst("h1").text()).startsWith("令和元年度（2019年度）");
		assertThat(doc.select("#warnings").text()).contains("取込み時の注意はありません。");
	}

	private static String cellAfter(Element table, String header) {
		return table.select("th").stream()
			.filter(th -> th.text().equals(header))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no header " + header))
			.nextElementSibling()
			.text();
	}

	private static void assertHeadingsInOrder(Document doc) {
		int previous = 0;
		for (Element heading : doc.select("h1, h2, h3, h4, h5, h6")) {
			int level = Integer.parseInt(heading.tagName().substring(1));
			assertThat(level).as("heading %s after h%d", heading.text(), previous).isLessThanOrEqualTo(previous + 1);
			previous = level;
		}
	}
}
