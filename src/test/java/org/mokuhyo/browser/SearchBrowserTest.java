package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.importer.ImportAuthor;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.ImportPermission;
import org.mokuhyo.importer.ImportService;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.search.SearchIndex;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person of the public searches the published sheets in a real browser: as they type (htmx, no page load), with
 * the examples of the issue (詐欺 → 特殊詐欺被害防止, 助成金 → 市民公益活動推進助成金, サギ → ｻｷﾞ), narrowing by the
 * facets' links, never meeting a draft; and the same search without JavaScript through the form's button.
 */
@IntegrationTest
class SearchBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	ImportService imports;

	@Autowired
	SearchIndex index;

	private final String suffix = UUID.randomUUID().toString().substring(0, 6);

	private final String citizens = "検索市民部" + suffix;

	private final String lifeSupport = "検索くらし部" + suffix;

	private void importSeed(String department, int year, boolean published, String... replacements) {
		String text = SeedFixture.text()
			.replace("部局\t市民協働部\t補職\t部長\t氏名\t宮城 節子", "部局\t" + department + "\t補職\t部長\t氏名\t山田 太郎");
		for (int i = 0; i < replacements.length; i += 2) {
			text = text.replace(replacements[i], replacements[i + 1]);
		}
		imports.importSheet(text.getBytes(StandardCharsets.UTF_8), "seed.txt", new ImportOptions(year, null, null),
				ImportPermission.ANYONE, published ? ImportAuthor.COMMAND_LINE.asPublished() : ImportAuthor.COMMAND_LINE);
	}

	@Test
	void searchAsOneTypesNarrowByFacetsAndNeverMeetADraft() {
		importSeed(citizens, 2024, true);
		importSeed(citizens, 2023, true);
		importSeed(lifeSupport, 2024, true, "特殊詐欺", "ｻｷﾞ");
		importSeed("検索下書き部" + suffix, 2024, false, "市民協働の推進", "市民協働の推進と未公表検索語");
		index.awaitReady();

		try (BrowserContext context = chromium.browser().newContext(); Page page = context.newPage()) {
			CspViolations csp = CspViolations.watch(context);
			page.navigate("http://localhost:" + port + "/");
			page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("サイト内"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("検索").setExact(true))
				.click();
			assertThat(page).hasURL(Pattern.compile(".*/search$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).hasText("目標の検索");

			// typing searches, without loading another page (a mark set on this one survives)
			page.evaluate("window.searchPageMark = 'same page'");
			page.getByLabel("検索する語句").fill("詐欺");
			Locator results = page.locator("#search-results");
			assertThat(results.locator("h2").first()).containsText("「詐欺」の検索結果");
			assertThat(page).hasURL(Pattern.compile(".*/search\\?q=%E8%A9%90%E6%AC%BA.*"));
			assertThat(page.evaluate("window.searchPageMark")).isEqualTo("same page");
			// htmx added no <style> of its own (the Content-Security-Policy would refuse it; mokuhyo.css has its rules)
			assertThat(page.locator("style")).hasCount(0);

			// narrowed to one department by its facet link: 詐欺 is found inside 特殊詐欺被害防止, and marked
			results.locator("section.search-facet", new Locator.LocatorOptions().setHasText("部局"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(citizens))
				.click();
			assertThat(page).hasURL(Pattern.compile(".*department=.*"));
			Locator hits = page.locator(".search-hit");
			assertThat(hits.first()).isVisible();
			assertThat(hits.filter(new Locator.FilterOptions().setHasText("特殊詐欺被害防止")).first().locator("mark").first())
				.hasText("詐欺");
			assertThat(hits.locator(".search-hit-meta")).not().containsText(new String[] { lifeSupport });

			// and by year: the other year stays offered
			Locator years = page.locator("section.search-facet", new Page.LocatorOptions().setHasText("年度"));
			assertThat(years.getByRole(AriaRole.LINK)).hasCount(2);
			years.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("2023年度"))).click();
			assertThat(page).hasURL(Pattern.compile(".*year=2023.*"));
			assertThat(page.locator(".search-hit-meta").first()).containsText("令和5年度");
			assertThat(page.locator(".search-hit-meta")).not().containsText(new String[] { "2024年度" });

			// typing new words keeps the filters: 助成金 inside 市民公益活動推進助成金
			page.getByLabel("検索する語句").fill("助成金");
			assertThat(results.locator("h2").first()).containsText("「助成金」の検索結果");
			Locator grant = page.locator(".search-hit", new Page.LocatorOptions().setHasText("市民公益活動推進助成金")).first();
			assertThat(grant.locator("mark").first()).hasText("助成金");
			assertThat(page.locator(".search-hit-meta").first()).containsText("令和5年度");

			// サギ finds the department that wrote it in half-width ｻｷﾞ
			page.navigate("http://localhost:" + port + "/search");
			page.getByLabel("検索する語句").fill("サギ");
			assertThat(page.locator(".search-hit", new Page.LocatorOptions().setHasText(lifeSupport)).first()
				.locator("mark").first()).hasText("ｻｷﾞ");

			// the draft's words are nowhere
			page.getByLabel("検索する語句").fill("未公表検索語");
			assertThat(results.locator(".empty-state")).containsText("条件に合う目標は見つかりませんでした");
			assertThat(page.locator(".search-hit")).hasCount(0);

			// a hit leads to its goal on the sheet
			page.getByLabel("検索する語句").fill("特殊詐欺被害防止");
			Locator first = page.locator(".search-hit", new Page.LocatorOptions().setHasText(citizens)).first();
			first.getByRole(AriaRole.LINK).first().click();
			assertThat(page).hasURL(Pattern.compile(".*/sheets/[0-9a-f-]{36}#goal-\\d+$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(citizens);
			assertThat(csp.seen(page)).isEmpty();
		}
	}

	@Test
	void withoutJavaScriptTheButtonSearches() {
		importSeed(citizens, 2022, true);
		index.awaitReady();
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
				Page page = context.newPage()) {
			page.navigate("http://localhost:" + port + "/search");
			page.getByLabel("検索する語句").fill("助成金");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("検索").setExact(true)).click();
			assertThat(page).hasURL(Pattern.compile(".*/search\\?q=.*"));
			assertThat(page.locator("#search-results h2").first()).containsText("「助成金」の検索結果");
			page.locator("section.search-facet", new Page.LocatorOptions().setHasText("部局"))
				.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(citizens))
				.click();
			assertThat(page.locator(".search-hit mark").first()).hasText("助成金");
			assertThat(page.locator(".search-hit-meta").first()).containsText(citizens);
		}
	}
}
