package org.mokuhyo.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every public page, as the public sees it in real headless Chromium, checked by axe-core against WCAG 2.1 A and AA
 * (JIS X 8341-3): no serious or critical violation. Also at a phone's width, where the layout changes.
 */
@IntegrationTest
class AccessibilityBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	/** The public pages, with a published sheet of the seed to show. */
	private Map<String, String> publicPages() {
		String department = WebTestSupport.unique("アクセシビリティ部");
		UUID id = Publish.publish(workflows, store.save(SampleSheets.full(department, 2024), List.of(), "a.txt").id());
		SheetData earlier = SampleSheets.withTitle(SampleSheets.full(department, 2023), 0, "前年度の目標1");
		Publish.publish(workflows, store.save(earlier, List.of(), "b.txt").id());
		SheetData sheet = store.find(id).orElseThrow();
		String plan = sheet.annualGoals().stream().flatMap(g -> g.planLinks().stream()).findFirst().orElseThrow().code();
		int policy = sheet.annualGoals().stream().flatMap(g -> g.policyLinks().stream()).findFirst().orElseThrow().number();
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("シート一覧", "/");
		pages.put("シート", "/sheets/" + id);
		pages.put("サインイン", "/login");
		pages.put("分野から探す", "/browse");
		pages.put("総合計画", "/browse/plan");
		pages.put("総合計画の施策", "/browse/plan/" + plan);
		pages.put("基本政策", "/browse/policies");
		pages.put("基本政策の項目", "/browse/policies/" + policy);
		pages.put("重点目標", "/browse/priority?year=2024");
		pages.put("新規の取組み", "/browse/tags/新規?year=2024");
		pages.put("検索", "/search");
		pages.put("検索結果", "/search?q=" + java.net.URLEncoder.encode("協働", java.nio.charset.StandardCharsets.UTF_8));
		pages.put("ダッシュボード", "/dashboard?year=2024");
		pages.put("ダッシュボード（基本政策）", "/dashboard?year=2024&by=policy");
		pages.put("経年の推移", "/dashboard/trends");
		pages.put("シートのダッシュボード", "/sheets/" + id + "/dashboard");
		pages.put("オープンデータ", "/open-data");
		pages.put("経年比較", "/compare-years");
		pages.put("経年比較（前年度と）", "/compare-years?department="
				+ java.net.URLEncoder.encode(department, java.nio.charset.StandardCharsets.UTF_8) + "&from=2023&to=2024");
		pages.put("見つからないページ", "/sheets/" + UUID.randomUUID());
		// last: the switch's cookie keeps the pages after it in English
		pages.put("シート一覧（英語）", "/?lang=en");
		pages.put("シート（英語）", "/sheets/" + id + "?lang=en");
		return pages;
	}

	@Test
	void everyPublicPageHasNoSeriousOrCriticalViolation() {
		Map<String, String> pages = publicPages();
		List<String> found = new ArrayList<>();
		for (int width : new int[] { 1280, 390 }) {
			try (var context = chromium.browser().newContext(new Browser.NewContextOptions().setViewportSize(width, 900))) {
				Page page = context.newPage();
				for (Map.Entry<String, String> p : pages.entrySet()) {
					page.navigate("http://localhost:" + port + p.getValue());
					assertThat(page.locator("html").getAttribute("lang")).as(p.getValue())
						.isEqualTo(p.getValue().contains("lang=en") ? "en" : "ja");
					Axe.seriousViolations(page).forEach(v -> found.add(p.getKey() + " " + p.getValue() + " @" + width + "px: " + v));
				}
			}
		}
		assertThat(found).isEmpty();
	}

	@Test
	void theCheckFindsWhatItLooksFor() {
		try (var context = chromium.browser().newContext()) {
			Page page = context.newPage();
			page.setContent("<!DOCTYPE html><html lang=\"ja\"><head><title>t</title></head><body><main>"
					+ "<img src=\"a.png\"><p style=\"color:#bbb;background:#fff\">薄い文字</p></main></body></html>");
			assertThat(Axe.seriousViolations(page)).anyMatch(v -> v.startsWith("image-alt"))
				.anyMatch(v -> v.startsWith("color-contrast"));
		}
	}
}
