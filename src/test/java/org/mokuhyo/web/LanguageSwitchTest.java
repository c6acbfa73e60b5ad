package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public pages in Japanese (always first, whatever the browser prefers) and in English after 「English」: the
 * site's own words change, the sheet's content stays as the city wrote it. A browser that prefers English, with its
 * own cookie jar, over HTTP.
 */
@IntegrationTest
class LanguageSwitchTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	private final CookieManager cookies = new CookieManager();

	private final HttpClient http = HttpClient.newBuilder()
		.followRedirects(HttpClient.Redirect.NEVER)
		.cookieHandler(cookies)
		.build();

	private String department;

	private String sheetPath;

	/**
	 * A small sheet of its own (published sheets are searched by every test sharing the database: this one adds
	 * no words that others look for).
	 */
	private void publishASheet() {
		department = WebTestSupport.unique("言語切替部");
		UUID id = store.save(SampleSheets.other(department, 2024, "令和6年度"), List.of(), "seed.txt").id();
		Publish.publish(workflows, id);
		sheetPath = "/sheets/" + id;
	}

	private HttpResponse<String> get(String path) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Accept", WebTestSupport.BROWSER_ACCEPT)
			.header("Accept-Language", "en-US,en;q=0.9")
			.GET()
			.build();
		return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private Document page(String path, int status) throws Exception {
		HttpResponse<String> response = get(path);
		assertThat(response.statusCode()).as(path).isEqualTo(status);
		return Jsoup.parse(response.body());
	}

	private String languageCookie() {
		return cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals(WebLocaleConfiguration.COOKIE))
			.map(HttpCookie::getValue)
			.findFirst()
			.orElse(null);
	}

	@Test
	void japaneseByDefaultEnglishAfterTheSwitchAndBack() throws Exception {
		publishASheet();
		Document japanese = page(sheetPath, 200);
		assertThat(japanese.selectFirst("html").attr("lang")).as("Accept-Language: en does not change it").isEqualTo("ja");
		assertThat(japanese.selectFirst("#missions-heading").text()).isEqualTo("1. 部局の使命");
		assertThat(japanese.selectFirst("h1").text()).contains("令和6年度（2024年度）").contains("部局長の目標");
		assertThat(japanese.selectFirst(".skip-link").text()).isEqualTo("本文へ移動");
		Element toEnglish = japanese.selectFirst(".language-switch a");
		assertThat(toEnglish.text()).isEqualTo("English");
		assertThat(toEnglish.attr("href")).isEqualTo(sheetPath + "?lang=en");
		assertThat(toEnglish.attr("lang")).isEqualTo("en");
		assertThat(toEnglish.attr("hreflang")).isEqualTo("en");
		assertThat(languageCookie()).as("no choice made yet").isNull();

		Document english = page(sheetPath + "?lang=en", 200);
		assertThat(languageCookie()).isEqualTo("en");
		assertEnglishSheet(english);
		assertThat(english.select(".missions .text").eachText()).as("the sheet's own content is not translated")
			.isEqualTo(japanese.select(".missions .text").eachText())
			.containsExactly("使命");
		assertThat(english.select(".goal-title").eachText()).isEqualTo(japanese.select(".goal-title").eachText());
		assertThat(english.select("#policy .text").eachText()).containsExactly("方針");
		assertThat(english.select("#mid-term-goals .empty").eachText()).containsExactly("No mid-term goals are written.");

		// the same address without lang=: the cookie keeps English (also from the shared page cache, twice)
		HttpResponse<String> again = get(sheetPath);
		assertThat(again.statusCode()).isEqualTo(200);
		assertEnglishSheet(Jsoup.parse(again.body()));
		assertThat(again.headers().firstValue("ETag")).as("a cached variant of its own").hasValueSatisfying(etag -> assertThat(etag).contains("-page-en"));
		assertThat(again.headers().allValues("Vary")).as("a shared cache keeps one copy per language cookie")
			.anySatisfy(vary -> assertThat(vary).containsIgnoringCase("Cookie"));
		assertEnglishSheet(page(sheetPath, 200));
		Document list = page("/", 200);
		assertThat(list.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(list.selectFirst("h1").text()).isEqualTo("Goals of the department heads: all sheets");
		assertThat(list.select(".year-group h3").eachText()).contains("FY2024 (Reiwa 6)");

		Document back = page("/?lang=ja", 200);
		assertThat(languageCookie()).isEqualTo("ja");
		assertThat(back.selectFirst("html").attr("lang")).isEqualTo("ja");
		assertThat(back.selectFirst("h1").text()).isEqualTo("部局長の目標 シート一覧");
		Element toJapaneseGone = back.selectFirst(".language-switch a");
		assertThat(toJapaneseGone.text()).isEqualTo("English");
		Document sheetAgain = page(sheetPath, 200);
		assertThat(sheetAgain.selectFirst("html").attr("lang")).isEqualTo("ja");
		assertThat(sheetAgain.selectFirst("#missions-heading").text()).isEqualTo("1. 部局の使命");
		assertThat(sheetAgain.select(".pending").eachText()).contains("未記載（年度末に記載）");
	}

	private void assertEnglishSheet(Document english) {
		assertThat(english.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(english.selectFirst("#missions-heading").text()).isEqualTo("1 Mission of the department");
		assertThat(english.selectFirst("#midterm-heading").text()).isEqualTo("4 Mid-term goals (about the next four years)");
		assertThat(english.selectFirst("h1").text()).contains("FY2024 (Reiwa 6)").contains(department)
			.doesNotContain("部局長の目標");
		assertThat(english.title()).contains("FY2024 (Reiwa 6)").contains(department).doesNotContain("部局マネジメント");
		assertThat(english.select(".sheet-header th").eachText()).contains("Department", "Fiscal year", "As of");
		assertThat(english.select(".pending").eachText()).contains("Not yet written (at year end)")
			.doesNotContain("未記載（年度末に記載）");
		assertThat(english.selectFirst(".skip-link").text()).isEqualTo("Skip to main content");
		assertThat(english.select(".site-nav a").eachText()).contains("Sheets", "Browse by field", "Search", "Sign in");
		Element toJapanese = english.selectFirst(".language-switch a");
		assertThat(toJapanese.text()).isEqualTo("日本語");
		assertThat(toJapanese.attr("href")).isEqualTo(sheetPath + "?lang=ja");
		assertThat(toJapanese.attr("lang")).isEqualTo("ja");
		assertThat(toJapanese.attr("hreflang")).isEqualTo("ja");
	}

	@Test
	void theSwitchKeepsTheOtherParameters() throws Exception {
		Document doc = page("/browse/priority?year=2024&sort=department", 200);
		assertThat(doc.selectFirst(".language-switch a").attr("href"))
			.isEqualTo("/browse/priority?year=2024&sort=department&lang=en");
		Document english = page("/browse/priority?lang=en&year=2024", 200);
		assertThat(english.selectFirst(".language-switch a").attr("href")).isEqualTo("/browse/priority?year=2024&lang=ja");
		assertThat(english.selectFirst("h1").text()).startsWith("Priority goals");
		assertThat(english.title()).isEqualTo("Priority goals | mokuhyo Department Management");
		assertThat(page("/browse/priority?year=2024&lang=ja", 200).selectFirst("h1").text()).startsWith("重点目標");
	}

	@Test
	void errorAndSignInPagesInEnglish() throws Exception {
		Document missing = page("/sheets/" + UUID.randomUUID() + "?lang=en", 404);
		assertThat(missing.selectFirst("html").attr("lang")).isEqualTo("en");
		assertThat(missing.selectFirst("h1").text()).isEqualTo("Sheet not found");
		assertThat(missing.select(".status-code").text()).isEqualTo("Error code: 404");

		Document login = page("/login", 200);
		assertThat(login.selectFirst("h1").text()).isEqualTo("Sign in");
		assertThat(login.select("label").eachText()).containsExactly("User name", "Password");
		assertThat(login.select("form.login-form input[name=_csrf]")).as("the form still carries its token").hasSize(1);
		assertThat(page("/login?error", 200).select("[role=alert]").text())
			.isEqualTo("The user name or the password is not correct.");

		String other = "/sheets/" + UUID.randomUUID();
		Document remembered = page(other, 404);
		assertThat(remembered.selectFirst("h1").text()).as("the cookie set on the error page").isEqualTo("Sheet not found");
		assertThat(remembered.selectFirst(".language-switch a").attr("href")).isEqualTo(other + "?lang=ja");
	}

	@Test
	void onlyJapaneseAndEnglish() throws Exception {
		Document doc = page("/login?lang=fr", 200);
		assertThat(doc.selectFirst("html").attr("lang")).isEqualTo("ja");
		assertThat(doc.selectFirst("h1").text()).isEqualTo("ログイン");
	}
}
