package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.FreeCodes;
import org.mokuhyo.organization.MunicipalityCodes;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The planning division's pages in Chromium, signed in as an administrator of a municipality an import created
 * without a code: every administration page has no serious accessibility problem, and the code is completed on
 * 「自治体の情報」 as a person does it (a wrong check digit first).
 */
@IntegrationTest
class AdminPagesBrowserTest {

	private static final List<String> PAGES = List.of("/admin/municipality", "/admin/users", "/admin/users/new",
			"/admin/departments", "/admin/plan", "/admin/policies", "/admin/years", "/admin/tokens", "/admin/audit",
			"/progress/due", "/progress/workbook/import", "/imports/archive");

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Test
	void theAdministrationPagesPassAxeAndTheCodeIsCompletedInTheBrowser() {
		new TestUsers(accounts, organizations).admin(); // 豊中市 holds 272035
		String name = WebTestSupport.unique("試験村");
		TestUsers.TestUser admin = new TestUsers(accounts, organizations).create(EnumSet.of(Role.ADMIN), name,
				List.of("企画部"));
		try (var context = chromium.browser().newContext()) {
			Page page = context.newPage();
			page.navigate("http://localhost:" + port + "/login");
			org.mokuhyo.browser.Browser.signInOnForm(page, admin);

			List<String> found = new ArrayList<>();
			for (String path : PAGES) {
				page.navigate("http://localhost:" + port + path);
				assertThat(page.locator("h1")).isVisible();
				Axe.seriousViolations(page).forEach(v -> found.add(path + ": " + v));
			}
			assertThat(found).isEmpty();

			page.navigate("http://localhost:" + port + "/");
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("自治体の情報")).click();
			assertThat(page.locator("dl.municipality-facts")).containsText("未登録");

			String code = FreeCodes.code(organizations);
			String five = code.substring(0, 5);
			int digit = MunicipalityCodes.checkDigit(five);
			codeBox(page).fill(five + (digit + 1) % 10);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("検査数字が合いません");
			assertThat(codeBox(page)).hasAttribute("aria-invalid", "true");
			assertThat(Axe.seriousViolations(page)).isEmpty();

			codeBox(page).fill(five + digit);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("登録する")).click();
			assertThat(page.getByRole(AriaRole.STATUS)).containsText("を登録しました");
			assertThat(page.locator("dl.municipality-facts")).containsText(five + digit);
			page.screenshot(new Page.ScreenshotOptions().setFullPage(true)
				.setPath(Path.of("target", "screenshots", "admin-municipality.png")));

			// its short address opens the list with the municipality chosen
			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("/m/" + five + digit).setExact(true))
				.click();
			assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/\\?municipality=" + five + digit + "$"));
		}
	}

	private static com.microsoft.playwright.Locator codeBox(Page page) {
		return page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("全国地方公共団体コード"));
	}
}
