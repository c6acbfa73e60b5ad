package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.search.SearchQuery;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The refusals of the public pages (browse, dashboards, year-over-year comparison, search, open data) asked in English
 * give their reason in English, with the status of the Japanese page; what the reader asked for (a name, a code) is
 * marked {@code lang="ja"}. The same address in Japanese still gives the Japanese reason. One department of a
 * municipality of its own, published for 2023 and 2024.
 */
@IntegrationTest
class EnglishRefusalsTest {

	private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}「」（）【】、。]");

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	private String municipality;

	private String department;

	private WebTestSupport web;

	@BeforeEach
	void publish() {
		municipality = WebTestSupport.unique("断り市");
		department = WebTestSupport.unique("断り部");
		for (int year : new int[] { 2023, 2024 }) {
			Publish.publish(workflows, store.save(SampleSheets.full(municipality, null, department, year), List.of(),
					year + ".txt").id());
		}
		web = new WebTestSupport(port);
	}

	private String m() {
		return "municipality=" + WebTestSupport.encode(municipality);
	}

	/** A refusal in both languages: the English page in English, the Japanese one with the Japanese reason. */
	private void refused(String path, int status, String englishHeading, String englishReason, String japaneseHeading,
			String japaneseReason) throws Exception {
		Document english = page(path, "en", status);
		assertThat(english.selectFirst("h1").text()).as(path).isEqualTo(englishHeading);
		assertThat(english.title()).as(path).isEqualTo(englishHeading + " | mokuhyo Department Management");
		assertThat(reason(english).text()).as(path).matches(englishReason);
		assertThat(english.select(".status-code").text()).as(path).isEqualTo("Error code: " + status);
		assertEnglish(path, english, reason(english));

		Document japanese = page(path, "ja", status);
		assertThat(japanese.selectFirst("h1").text()).as(path).isEqualTo(japaneseHeading);
		assertThat(reason(japanese).text()).as(path).isEqualTo(japaneseReason);
		assertThat(reason(japanese).select("[lang]")).as("a Japanese page marks nothing").isEmpty();
	}

	private Document page(String path, String language, int status) throws Exception {
		String address = path + (path.contains("?") ? "&" : "?") + "lang=" + language;
		WebTestSupport.Response response = web.get(address);
		assertThat(response.status()).as(address).isEqualTo(status);
		Document doc = response.document();
		assertThat(doc.selectFirst("html").attr("lang")).as(address).isEqualTo(language);
		return doc;
	}

	/** The error page's reason: the paragraph under its heading. */
	private static Element reason(Document doc) {
		return doc.selectFirst("main h1 + p");
	}

	/** The page's own words hold no Japanese, nor does the reason once what the reader asked for is taken out. */
	private static void assertEnglish(String path, Document doc, Element reason) {
		EnglishPagesTest.assertNoJapaneseChrome(path, doc);
		Element copy = reason.clone();
		copy.select("[lang=ja]").remove();
		assertThat(copy.text()).as(path).isNotBlank();
		assertThat(JAPANESE.matcher(copy.text()).find()).as(path + ": " + reason.text()).isFalse();
	}

	@Test
	void wrongBrowseParametersAreRefusedInTheReadersLanguage() throws Exception {
		String bad = "The request is not valid";
		String ja = "指定の内容が正しくありません";
		String priority = "/browse/priority?" + m();
		refused(priority + "&year=abc", 400, bad, Pattern.quote("Please give the fiscal year (year) as 4 digits (e.g. 2024)."),
				ja, "年度は西暦の4桁の数字で入力してください（例: 2024）。");
		refused(priority + "&year=1800", 400, bad,
				Pattern.quote("Please give a fiscal year (year) from 1989 to 2100 (e.g. 2024)."), ja,
				"年度は1989から2100までの西暦で入力してください（例: 2024）。");
		refused(priority + "&page=x", 400, bad, ".*page number \\(page\\) as a whole number from 1.*", ja,
				"ページ番号（page）は1以上の整数で指定してください（例: page=2）。");
		Document last = page(priority + "&page=999", "ja", 400);
		String total = last.selectFirst("main h1 + p").text().replaceAll(".*全(\\d+)件.*", "$1");
		refused(priority + "&page=999", 400, bad,
				Pattern.quote("Please give a page number (page) from 1 to 1 (" + total + " in all)."), ja,
				"ページ番号（page）は1から1までで指定してください（全" + total + "件）。");
		refused(priority + "&sort=title", 400, bad, ".*order \\(sort\\) as year.*", ja,
				"並び順（sort）は year（年度）、department（部局）、number（番号）のいずれかで指定してください。");
		refused(priority + "&dir=up", 400, bad, ".*direction \\(dir\\) as asc.*", ja,
				"並べる向き（dir）は asc（昇順）か desc（降順）で指定してください。");
		refused("/browse/policies/45?" + m() + "&department=" + WebTestSupport.encode("部".repeat(201)), 400, bad,
				".*department \\(department\\) in at most 200 characters\\.", ja,
				"部局名（department）は200文字以内で指定してください。");
	}

	@Test
	void browseAddressesNamingNothingAreRefusedInTheReadersLanguage() throws Exception {
		refused("/browse/plan/77-7-(7)?" + m(), 404, "Item of the comprehensive plan not found",
				".*no item “77-7-\\(7\\)”.*", "総合計画の項目が見つかりません",
				"「77-7-(7)」という総合計画の項目はありません。総合計画の一覧からお探しください。");
		refused("/browse/policies/4242?" + m(), 404, "Basic policy not found", ".*numbered “4242”.*",
				"基本政策が見つかりません", "「4242」という番号の基本政策はありません。基本政策の一覧からお探しください。");
		refused("/browse/tags/" + WebTestSupport.encode("廃止") + "?" + m(), 404, "List not found",
				Pattern.quote("There is no list of “廃止”. The lists of actions are 新規 (new) and 拡充 (expanded)."),
				"一覧が見つかりません", "「廃止」の一覧はありません。取組みの一覧は「新規」と「拡充」です。");
		refused("/browse?municipality=" + WebTestSupport.encode("存在しない市"), 404, "Municipality not found",
				Pattern.quote("There are no published sheets of “存在しない市”. Please check the name of the municipality."),
				"自治体が見つかりません", "「存在しない市」の公表されたシートはありません。自治体名をご確認ください。");
		// what the reader asked for is marked as Japanese on the English page, the sentence around it is not
		Document english = page("/browse?municipality=" + WebTestSupport.encode("存在しない市"), "en", 404);
		assertThat(reason(english).select("[lang=ja]").eachText()).containsExactly("存在しない市");
		// and shown as text, never as markup
		Document hostile = page("/browse?municipality=" + WebTestSupport.encode("<b>x</b>"), "en", 404);
		assertThat(reason(hostile).select("b")).isEmpty();
		assertThat(reason(hostile).text()).contains("“<b>x</b>”");
	}

	@Test
	void theDashboardsRefuseInTheReadersLanguage() throws Exception {
		String bad = "The request is not valid";
		String ja = "指定の内容が正しくありません";
		refused("/dashboard?" + m() + "&year=1800", 400, bad, ".*from 1989 to 2100.*", ja,
				"年度は1989から2100までの西暦で入力してください（例: 2024）。");
		refused("/dashboard?" + m() + "&year=20x4", 400, bad, ".*as 4 digits.*", ja,
				"年度は西暦の4桁の数字で入力してください（例: 2024）。");
		refused("/dashboard?" + m() + "&by=department", 400, bad,
				Pattern.quote("Please give the axis (by) as plan (comprehensive plan) or policy (basic policy)."), ja,
				"集計の軸（by）は plan（総合計画）か policy（基本政策）で指定してください。");
		refused("/dashboard/trends?" + m() + "&department=" + WebTestSupport.encode("無い部"), 404,
				"Department not found", ".*published sheets of “無い部”.*", "部局が見つかりません",
				"「無い部」の公表されたシートはありません。部局名をご確認ください。");
		refused("/dashboard?municipality=" + WebTestSupport.encode("存在しない市"), 404, "Municipality not found",
				".*“存在しない市”.*", "自治体が見つかりません", "「存在しない市」の公表されたシートはありません。自治体名をご確認ください。");
	}

	@Test
	void theOpenDataFilesRefuseInTheReadersLanguage() throws Exception {
		refused("/open-data/2024/secret.csv?" + m(), 404, "File not found", ".*no file “secret.csv”.*",
				"ファイルが見つかりません", "「secret.csv」というファイルはありません。オープンデータのページ（/open-data）から選んでください。");
		refused("/open-data/2024/goals.csv?" + m() + "&header=fr", 400, "The request is not valid",
				".*headers \\(header\\) as ja.*", "指定の内容が正しくありません",
				"見出しの言語（header）は ja（日本語、既定）か en（英語）で指定してください。");
	}

	/** The comparison refuses on its own page, the form kept, the reason in its alert. */
	@Test
	void theYearComparisonRefusesInTheReadersLanguage() throws Exception {
		String compare = "/compare-years?" + m() + "&department=" + WebTestSupport.encode(department);
		alert(compare + "&from=abc&to=2024", 400, "The request is not valid",
				Pattern.quote("The earlier year (from): please give a fiscal year as 4 digits (e.g. 2024)."),
				"指定の内容が正しくありません", "比較元の年度（from）: 年度は西暦の4桁の数字で入力してください（例: 2024）。");
		alert(compare + "&from=2024&to=2100x", 400, "The request is not valid", ".*later year \\(to\\).*4 digits.*",
				"指定の内容が正しくありません", "比較先の年度（to）: 年度は西暦の4桁の数字で入力してください（例: 2024）。");
		alert(compare + "&from=1800&to=2024", 400, "The request is not valid",
				Pattern.quote("The earlier year (from): please give a fiscal year from 1989 to 2100 (e.g. 2024)."),
				"指定の内容が正しくありません", "比較元の年度（from）: 年度は1989から2100までの西暦で入力してください（例: 2024）。");
		alert(compare + "&from=2024&to=2023", 400, "The request is not valid", ".*must come before.*",
				"指定の内容が正しくありません", "比較元の年度（from）には、比較先の年度（to）より前の年度を指定してください。");
		alert(compare + "&current=maybe", 400, "The request is not valid", ".*true or false.*",
				"指定の内容が正しくありません", "current は true か false で指定してください。");
		alert(compare + "&from=2020&to=2024", 404, "No sheet for the year to compare",
				Pattern.quote("There is no published sheet of " + department + " for FY2020 (Reiwa 2). Please choose other years."),
				"比べる年度のシートがありません",
				"令和2年度（2020年度）の" + department + "の公表されたシートはありません。ほかの年度を選んでください。");
		alert("/compare-years?" + m() + "&department=" + WebTestSupport.encode("無い部"), 404, "Department not found",
				".*published sheet of “無い部”.*", "部局が見つかりません", "「無い部」の公表されたシートはありません。部局名をご確認ください。");
		alert("/compare-years?municipality=" + WebTestSupport.encode("存在しない市") + "&department=x", 404,
				"Municipality not found", ".*“存在しない市”.*", "自治体が見つかりません",
				"「存在しない市」の公表されたシートはありません。自治体名をご確認ください。");
	}

	private void alert(String path, int status, String englishHeading, String englishReason, String japaneseHeading,
			String japaneseReason) throws Exception {
		Document english = page(path, "en", status);
		Element alert = english.selectFirst("[role=alert]");
		assertThat(alert.selectFirst(".alert-title").text()).as(path).isEqualTo(englishHeading);
		Element reason = alert.selectFirst(".alert-title + p");
		assertThat(reason.text()).as(path).matches(englishReason);
		assertEnglish(path, english, reason);

		Element japanese = page(path, "ja", status).selectFirst("[role=alert]");
		assertThat(japanese.selectFirst(".alert-title").text()).as(path).isEqualTo(japaneseHeading);
		assertThat(japanese.selectFirst(".alert-title + p").text()).as(path).isEqualTo(japaneseReason);
	}

	/** The list of sheets filters by year and says what was wrong above its list. */
	@Test
	void theSheetListRefusesAYearInTheReadersLanguage() throws Exception {
		Document english = page("/?fiscalYear=abc", "en", 400);
		assertThat(english.select("#filter-error").text()).isEqualTo("Please give the fiscal year (year) as 4 digits (e.g. 2024).");
		EnglishPagesTest.assertNoJapaneseChrome("/?fiscalYear=abc", english);
		assertThat(page("/?fiscalYear=1800", "ja", 400).select("#filter-error").text())
			.isEqualTo("年度は1989から2100までの西暦で入力してください（例: 2024）。");
		assertThat(page("/?fiscalYear=abc", "ja", 400).select("#filter-error").text())
			.isEqualTo("年度は西暦の4桁の数字で入力してください（例: 2024）。");
	}

	/** The search page keeps its form and says what was wrong in its alert. */
	@Test
	void theSearchPageRefusesInTheReadersLanguage() throws Exception {
		Document english = page("/search?q=x&page=abc", "en", 400);
		assertThat(english.select("[role=alert]").text()).isEqualTo("Please give a page number from 1 to " + SearchQuery.MAX_PAGE + ".");
		EnglishPagesTest.assertNoJapaneseChrome("/search?q=x&page=abc", english);
		assertThat(page("/search?q=x&page=abc", "ja", 400).select("[role=alert]").text())
			.isEqualTo("ページは数字で指定してください。");
		Document tooLong = page("/search?q=" + "x".repeat(201), "en", 400);
		assertThat(tooLong.select("[role=alert]").text()).isEqualTo("Please enter at most 200 characters.");
		EnglishPagesTest.assertNoJapaneseChrome("/search?q=…", tooLong);
	}
}
