package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.portal.BrowseFixture;
import org.mokuhyo.progress.ProgressInput;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.progress.TargetKey;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The dashboards in real headless Chromium, as the public reads them: every chart is drawn by ECharts inside its
 * container (an SVG) from the site's own files only, with its table beside it; the year form is a plain GET; and with
 * JavaScript switched off the charts stay hidden while the tables hold everything.
 */
@IntegrationTest
class DashboardBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	private static BrowseFixture fixture;

	private static UUID reported;

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

	@BeforeEach
	void data() {
		synchronized (DashboardBrowserTest.class) {
			if (fixture == null) {
				fixture = BrowseFixture.create(store, workflows);
				reported = fixture.published().keySet().iterator().next();
				report(reported);
			}
		}
	}

	private String base() {
		return "http://localhost:" + port;
	}

	private String municipality() {
		return URLEncoder.encode(fixture.municipality(), StandardCharsets.UTF_8);
	}

	@Test
	void theCityDashboardDrawsTheMatrixAndTheCountsAndChangesYearAndAxisByItsForm() {
		try (Page page = chromium.browser().newPage()) {
			CspViolations csp = CspViolations.watch(page.context());
			List<String> outside = watch(page);
			List<String> errors = errors(page);
			page.navigate(base() + "/dashboard?municipality=" + municipality());
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("2024年度");
			assertDrawn(page, "coverage-table");
			assertDrawn(page, "counts-table");
			assertThat(page.locator("#coverage-table tbody tr").first()).isVisible();
			assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(Pattern.compile("組み合わせごとに"))))
				.isVisible();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser/dashboard-city.png")).setFullPage(true));

			page.getByLabel("年度", new Page.GetByLabelOptions().setExact(true)).selectOption("2023");
			page.getByLabel("集計の軸", new Page.GetByLabelOptions().setExact(true)).selectOption("policy");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示する")).click();
			assertThat(page).hasURL(Pattern.compile(".*/dashboard\\?municipality=[^&]+&year=2023&by=policy$"));
			assertThat(page.locator("#coverage-table caption")).containsText("基本政策");
			assertDrawn(page, "coverage-table");

			// a cell is the way to its goals
			Locator cell = page.locator("#coverage-table td.coverage-cell a").first();
			String count = cell.textContent().strip();
			cell.click();
			assertThat(page).hasURL(Pattern.compile(".*/browse/policies/\\d+\\?.*department=.*"));
			assertThat(page.locator("tr.browse-goal")).hasCount(Integer.parseInt(count));
			assertThat(outside).isEmpty();
			assertThat(errors).isEmpty();
			assertThat(csp.seen(page)).isEmpty();
		}
	}

	@Test
	void theTrendsDrawTheCountsOfEveryYearAsLines() {
		try (Page page = chromium.browser().newPage()) {
			CspViolations csp = CspViolations.watch(page.context());
			List<String> outside = watch(page);
			List<String> errors = errors(page);
			page.navigate(base() + "/dashboard/trends?municipality=" + municipality());
			assertDrawn(page, "trends-table");
			assertThat(page.locator("#trends-table tbody tr")).hasCount(BrowseFixture.YEARS.size());
			page.getByLabel("部局", new Page.GetByLabelOptions().setExact(true)).selectOption(BrowseFixture.DEPARTMENTS.get(0));
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示する")).click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText(BrowseFixture.DEPARTMENTS.get(0));
			assertDrawn(page, "trends-table");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser/dashboard-trends.png")).setFullPage(true));
			assertThat(outside).isEmpty();
			assertThat(errors).isEmpty();
			assertThat(csp.seen(page)).isEmpty();
		}
	}

	@Test
	void aSheetsDashboardDrawsItsTimelineTargetsAndStatusesFromTheSheetPage() {
		try (Page page = chromium.browser().newPage()) {
			CspViolations csp = CspViolations.watch(page.context());
			List<String> outside = watch(page);
			List<String> errors = errors(page);
			page.navigate(base() + "/sheets/" + reported);
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^ダッシュボード（"))).click();
			assertThat(page).hasURL(Pattern.compile(".*/sheets/" + reported + "/dashboard$"));
			assertDrawn(page, "timeline-table");
			assertDrawn(page, "targets-table");
			assertDrawn(page, "status-table");
			assertThat(page.locator("#status-table caption")).containsText("第2四半期");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser/dashboard-sheet.png")).setFullPage(true));
			assertThat(outside).isEmpty();
			assertThat(errors).isEmpty();
			assertThat(csp.seen(page)).isEmpty();
		}
	}

	@Test
	void withoutJavaScriptTheChartsStayHiddenAndTheTablesHoldEverything() {
		List<String> pages = List.of("/dashboard?municipality=" + municipality(),
				"/dashboard?by=policy&year=2023&municipality=" + municipality(),
				"/dashboard/trends?municipality=" + municipality(), "/sheets/" + reported + "/dashboard");
		List<String> withScript = new ArrayList<>();
		try (Page page = chromium.browser().newPage()) {
			for (String path : pages) {
				page.navigate(base() + path);
				page.locator(".chart svg").first().waitFor();
				withScript.add(tables(page));
			}
		}
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false));
				Page page = context.newPage()) {
			for (int i = 0; i < pages.size(); i++) {
				page.navigate(base() + pages.get(i));
				Locator charts = page.locator(".chart");
				assertThat(charts.count()).isPositive();
				for (int c = 0; c < charts.count(); c++) {
					assertThat(charts.nth(c)).isHidden();
					String table = charts.nth(c).getAttribute("data-table");
					assertThat(page.locator("[id='" + table + "']")).isVisible();
					assertThat(page.locator("[id='" + table + "'] tbody tr").first()).isVisible();
				}
				assertThat(page.locator("svg")).hasCount(0);
				// the same tables, cell for cell, as the page with its charts
				assertThat(tables(page)).as(pages.get(i)).isEqualTo(withScript.get(i));
			}
			page.navigate(base() + "/sheets/" + reported + "/dashboard");
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser/dashboard-sheet-nojs.png")).setFullPage(true));
		}
	}

	@Test
	void namesFromTheSheetsReachTheChartsTooltipsAsTextNeverAsMarkup() {
		String hostile = "<img src=x onerror=\"window.__injected=1\">部";
		String city = "試験市-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = store.save(org.mokuhyo.SampleSheets.full(city, null, hostile, 2024), List.of(), "x.txt").id();
		org.mokuhyo.Publish.publish(workflows, id);
		try (Page page = chromium.browser().newPage()) {
			CspViolations csp = CspViolations.watch(page.context());
			page.navigate(base() + "/dashboard?year=2024&municipality=" + URLEncoder.encode(city, StandardCharsets.UTF_8));
			assertDrawn(page, "coverage-table");
			Locator chart = page.locator(".chart[data-table='coverage-table']");
			// the tooltip of the first cell, as a pointer over it would show it
			chart.evaluate("el => echarts.getInstanceByDom(el).dispatchAction({ type: 'showTip', seriesIndex: 0, dataIndex: 0 })");
			assertThat(chart).containsText(hostile);
			assertThat(chart.locator("img")).hasCount(0);
			assertThat(page.evaluate("() => window.__injected === undefined")).isEqualTo(true);
			// the tooltip is drawn within the pages' policy (its styles set through the DOM, none inline)
			assertThat(csp.seen(page)).isEmpty();
		}
	}

	/** The chart before the table is drawn by ECharts (an SVG with shapes in it) and shown, with its table. */
	private static void assertDrawn(Page page, String table) {
		Locator chart = page.locator(".chart[data-table='" + table + "']");
		assertThat(chart).isVisible();
		assertThat(chart).hasAttribute("role", "img");
		assertThat(chart).hasAttribute("aria-label", Pattern.compile(".+"));
		Locator svg = chart.locator("svg");
		assertThat(svg).hasCount(1);
		assertThat(svg.locator("path").first()).isAttached();
		assertThat(svg.locator("path").count()).isGreaterThan(3);
		assertThat(page.locator("[id='" + table + "']")).isVisible();
	}

	/** Every table's text, cell by cell. */
	private static String tables(Page page) {
		return String.join("\n", page.locator("table").allInnerTexts());
	}

	/** The addresses of requests that leave the site. */
	private List<String> watch(Page page) {
		List<String> outside = new ArrayList<>();
		page.onRequest(request -> {
			URI uri = URI.create(request.url());
			if (!"localhost".equals(uri.getHost()) && !request.url().startsWith("data:")) {
				outside.add(request.url());
			}
		});
		return outside;
	}

	/** Script errors, and answers of 400 or more (the browser's own try for a favicon aside: the site has none). */
	private static List<String> errors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onResponse(response -> {
			if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
				errors.add(response.status() + " " + response.url());
			}
		});
		page.onPageError(errors::add);
		return errors;
	}

	/** Progress in the first two quarters for the sheet's first actions, as its editors would report it. */
	private void report(UUID sheetId) {
		SheetData sheet = store.find(sheetId).orElseThrow();
		List<Action> actions = sheet.annualGoals()
			.stream()
			.flatMap(g -> g.items().stream())
			.flatMap(i -> i.actions().stream())
			.toList();
		// an administrator of the sheet's own municipality: staff act within theirs only
		TestUsers.TestUser user = new TestUsers(accounts, organizations).create(Set.of(Role.ADMIN), sheet.municipality(),
				List.of());
		long municipality = organizations.findMunicipality(sheet.municipality()).orElseThrow().id();
		CurrentUser admin = new CurrentUser(user.id(), user.username(), "試験 管理者", municipality, Set.of(Role.ADMIN),
				Set.of());
		Action withTargets = actions.get(1);
		progresses.save(sheetId, 1, List.of(new ProgressInput(actions.get(0).id(), "ON_TRACK", null, Map.of(), null),
				new ProgressInput(withTargets.id(), "AT_RISK", null,
						Map.of(new TargetKey(-1, 0), new BigDecimal("1500").toPlainString()), null)),
				admin);
		progresses.save(sheetId, 2, List.of(new ProgressInput(actions.get(0).id(), "DONE", null, Map.of(), null),
				new ProgressInput(withTargets.id(), "DELAYED", null,
						Map.of(new TargetKey(-1, 0), "2,600", new TargetKey(0, 0), "4,000"), null),
				new ProgressInput(actions.get(actions.size() - 1).id(), "ON_TRACK", null, Map.of(), null)), admin);
	}
}
