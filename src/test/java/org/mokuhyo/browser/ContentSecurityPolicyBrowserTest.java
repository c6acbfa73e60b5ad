package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.LoadState;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The Content-Security-Policy in real headless Chromium: the pages, public and staff, Swagger UI too, load and run
 * their scripts with no violation reported, and htmx injects no style of its own; and the watch does see one when
 * a page is made to break the policy (an inline script or style attribute is refused, not run). The pages whose
 * scripts do more (search as one types, the dashboards' charts and tooltips, the edit preview, the in-place saves,
 * the bulk import's progress) are watched the same way in their own browser tests.
 */
@IntegrationTest
class ContentSecurityPolicyBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	@Test
	void thePagesAndSwaggerUiRunWithinTheirPolicies() {
		String department = WebTestSupport.unique("方針部");
		TestUsers.TestUser editor = new TestUsers(accounts, organizations).editor(department);
		UUID id = Publish.publish(workflows, store.save(SampleSheets.full(department, 2024), List.of(), "s.txt").id());
		List<String> pages = List.of("/", "/browse", "/search", "/search?q=%E5%B8%82%E6%B0%91", "/compare-years",
				"/open-data", "/dashboard", "/dashboard/trends", "/sheets/" + id, "/sheets/" + id + "/dashboard", "/login");
		List<String> refused = new ArrayList<>();
		try (BrowserContext context = chromium.browser().newContext(); Page page = context.newPage()) {
			CspViolations csp = CspViolations.watch(context);
			page.onResponse(response -> check(response, refused));
			for (String path : pages) {
				page.navigate(url(path));
				page.waitForLoadState(LoadState.NETWORKIDLE);
				assertThat(page.locator("style")).hasCount(0);
			}
			page.navigate(url("/swagger-ui/index.html"));
			// Swagger UI draws after fetching the document: as long as a loaded machine takes
			assertThat(page.locator(".swagger-ui .info .title")).containsText("mokuhyo API",
					new LocatorAssertions.ContainsTextOptions().setTimeout(30_000));

			page.navigate(url("/login"));
			Browser.signInOnForm(page, editor);
			for (String path : List.of("/", "/sheets/" + id, "/sheets/" + id + "/workflow", "/sheets/" + id + "/versions",
					"/sheets/" + id + "/progress", "/imports/archive", "/progress/due", "/account/password")) {
				page.navigate(url(path));
				page.waitForLoadState(LoadState.NETWORKIDLE);
				assertThat(page.locator("style")).hasCount(0);
			}
			assertThat(csp.seen(page)).isEmpty();
		}
		assertThat(refused).isEmpty();
	}

	@Test
	void aBreachOfThePolicyIsRefusedAndSeen() {
		try (BrowserContext context = chromium.browser().newContext(); Page page = context.newPage()) {
			CspViolations csp = CspViolations.watch(context);
			page.navigate(url("/"));
			assertThat(csp.seen(page)).isEmpty();
			// what an injection would try: an inline script, a style attribute written by a script
			page.evaluate("""
					() => {
					  const s = document.createElement('script');
					  s.textContent = 'window.injected = true';
					  document.body.appendChild(s);
					  document.querySelector('main').setAttribute('style', 'display: none');
					}""");
			List<String> seen = csp.seen(page);
			assertThat(seen).anyMatch(v -> v.startsWith("script-src-elem refused inline"));
			assertThat(seen).anyMatch(v -> v.startsWith("style-src-attr refused inline"));
			assertThat(page.evaluate("() => window.injected === undefined")).isEqualTo(true);
			assertThat(page.locator("main")).isVisible();
		}
	}

	/** Every page answers with its policy (the pages' own, or Swagger UI's), and none fails. */
	private static void check(Response response, List<String> refused) {
		if (response.status() >= 400 && !response.url().endsWith("/favicon.ico")) {
			refused.add(response.status() + " " + response.url());
		}
		if (response.request().isNavigationRequest() && response.headerValue("content-security-policy") == null) {
			refused.add("no policy: " + response.url());
		}
	}
}
