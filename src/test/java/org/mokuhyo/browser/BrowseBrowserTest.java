package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.portal.BrowseFixture;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The public browses in real headless Chromium, without signing in: from 分野から探す to the 総合計画 tree, to a node,
 * to one of its goals on the sheet page (at the goal's own table); the year chooser is a plain form.
 */
@IntegrationTest
class BrowseBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Test
	void fromThePlanTreeToANodeToTheGoalOnItsSheet() {
		BrowseFixture fixture = BrowseFixture.create(store, workflows);
		String municipality = URLEncoder.encode(fixture.municipality(), StandardCharsets.UTF_8);
		try (Page page = chromium.browser().newPage()) {
			page.navigate("http://localhost:" + port + "/browse?municipality=" + municipality);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("分野から探す");
			// the year chooser is a form: choosing a year gives that year's address
			page.getByLabel("年度", new Page.GetByLabelOptions().setExact(true)).selectOption("2024");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("表示する")).click();
			assertThat(page).hasURL(Pattern.compile(".*/browse\\?municipality=[^&]+&year=2024$"));
			assertThat(page.locator("#browse-year-2023")).hasCount(0);

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("総合計画から").setExact(true)).click();
			assertThat(page).hasURL(Pattern.compile(".*/browse/plan\\?municipality=[^&]+&year=2024$"));
			Locator node = page.locator("tr[id='node-5-1-(3)']");
			assertThat(node.locator("td").first()).hasText(Pattern.compile("\\d+件"));
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser/browse-plan.png")).setFullPage(true));

			node.getByRole(AriaRole.LINK).click();
			assertThat(page).hasURL(Pattern.compile(".*/browse/plan/5-1-\\(3\\)\\?municipality=[^&]+&year=2024$"));
			assertThat(page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("現在位置")))
				.containsText("総合計画から探す");
			Locator firstGoal = page.locator("tr.browse-goal").first();
			String title = firstGoal.locator("th a").textContent();
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/browser/browse-node.png")).setFullPage(true));

			firstGoal.locator("th a").click();
			assertThat(page).hasURL(Pattern.compile(".*/sheets/[0-9a-f-]{36}#(goal|mid-term)-\\d+$"));
			String anchor = page.url().substring(page.url().indexOf('#') + 1);
			Locator goal = page.locator("[id='" + anchor + "']");
			assertThat(goal).containsText(title);
			assertThat(goal).isInViewport();
		}
	}
}
