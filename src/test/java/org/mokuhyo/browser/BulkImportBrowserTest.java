package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.bulk.Archives;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An administrator uploads a zip of sheets in Chromium; the page's progress bar and counts move by themselves (htmx,
 * no reload) to the per-file report; the page has no serious accessibility problem.
 */
@IntegrationTest
class BulkImportBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Test
	void theProgressFollowsTheImportWithoutAReload() throws Exception {
		String prefix = WebTestSupport.unique("ブラウザ一括");
		Map<String, byte[]> entries = Archives.entries();
		for (int i = 1; i <= 29; i++) {
			entries.put("令和6年度/部" + i + ".txt", Archives.sheet(prefix + i + "部"));
		}
		entries.put("令和6年度/メモ.txt", "買い物メモ: 牛乳".getBytes(StandardCharsets.UTF_8));
		Path zip = Files.createTempFile("archive-", ".zip");
		Files.write(zip, Archives.zip(entries, StandardCharsets.UTF_8));
		try (Page page = chromium.browser().newPage()) {
			CspViolations csp = CspViolations.watch(page.context());
			page.navigate("http://localhost:" + port + "/login");
			org.mokuhyo.browser.Browser.signInOnForm(page, new TestUsers(accounts, organizations).admin());
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("一括取込み").setExact(true)).click();
			page.locator("#bulk-file").setInputFiles(zip);
			// no municipality given: the administrator's own (staff import only for their municipality)
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込みを始める")).click();

			assertThat(page).hasURL(Pattern.compile(".*/imports/archive/[0-9a-f-]{36}$"));
			page.evaluate("() => { window.notReloaded = true; }");
			// thirty files take seconds: the page opens while they are read
			assertThat(page.locator(".bulk-state strong")).hasText("取込み中");
			assertThat(page.getByRole(AriaRole.PROGRESSBAR)).hasCount(1);
			assertThat(page.locator(".bulk-state strong")).hasText("完了",
					new LocatorAssertions.HasTextOptions().setTimeout(120_000));
			assertThat((Boolean) page.evaluate("() => window.notReloaded === true"))
				.as("the status part was swapped in, not the page reloaded").isTrue();
			assertThat(page.locator("#bulk-progress")).hasAttribute("value", "30");
			assertThat(page.locator("#bulk-progress-text")).hasText("30 / 30件（100%）");
			assertThat(page.locator(".bulk-counts")).containsText("取込み不可 1件");
			assertThat(page.locator(".bulk-report tbody tr")).hasCount(30);
			assertThat(page.locator(".bulk-refused")).containsText("メモ.txt");
			assertThat(Axe.seriousViolations(page)).isEmpty();
			assertThat(csp.seen(page)).as("the polling page keeps to the Content-Security-Policy").isEmpty();

			page.locator(".bulk-report a").first().click();
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText(prefix + "1部");
		}
		finally {
			Files.deleteIfExists(zip);
		}
	}
}
