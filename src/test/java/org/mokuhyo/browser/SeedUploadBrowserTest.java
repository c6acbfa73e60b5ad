package org.mokuhyo.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person signs in, imports the published sheet through the upload form, reads it, signs out, and prints it.
 */
@IntegrationTest
class SeedUploadBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	/** Signs in through the form, as a person does; the upload form is only for those who may import. */
	private void signIn(Page page, TestUsers.TestUser user) {
		page.navigate("http://localhost:" + port + "/");
		page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ログイン")).click();
		org.mokuhyo.browser.Browser.signInOnForm(page, user);
		assertThat(page.locator("header")).containsText("試験 " + user.username());
	}

	@Test
	void importTheSeedReadItAndPrintIt() throws Exception {
		Path seed = Files.createTempFile("toyonaka-", ".txt");
		Files.write(seed, org.mokuhyo.importer.SeedFixture.bytes());
		try (Page page = chromium.browser().newPage()) {
			page.navigate("http://localhost:" + port + "/");
			assertThat(page.getByLabel("ファイル")).hasCount(0); // the public has no upload form
			signIn(page, new TestUsers(accounts, organizations).admin());
			page.getByLabel("ファイル").setInputFiles(seed);
			page.getByLabel("公表済みのシートとして取り込む（管理者）").check(); // the city's archive: public at once
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();

			assertThat(page).hasURL(Pattern.compile(".*/sheets/[0-9a-f-]{36}$"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("市民協働部");
			assertThat(page.locator("body")).containsText("取り込みました");
			assertThat(page.locator("body")).containsText("令和6年度");

			Locator goal2 = page.locator("h3.goal-title") // annual goals come before mid-term goals of the same title
				.filter(new Locator.FilterOptions().setHasText("地域コミュニティの活性化及び地域連携の推進"))
				.first();
			assertThat(goal2).isVisible();
			assertThat(goal2.locator(".badge-priority")).hasText("【重点】");
			assertThat(page.locator("h3.goal-title", new Page.LocatorOptions().setHasText("市民協働の推進")).first().locator(".badge-priority"))
				.hasCount(0);

			Locator opening = page.locator(".action-text", new Page.LocatorOptions().setHasText("塾の開講"));
			assertThat(opening.locator(".badge-schedule")).containsText("7~2月");
			assertThat(page.locator(".action-text", new Page.LocatorOptions().setHasText("定額減税に伴い"))).containsText("新規");

			assertThat(page.locator(".links").first()).containsText("5-1-(3)");
			assertThat(page.locator(".links").first()).containsText("地域課題の共有を図り");
			assertThat(page.locator("body")).containsText("新たなコミュニティとつながりの創出");
			assertThat(page.locator("body")).containsText("男女共同参画及び多文化共生社会の実現");
			assertThat(page.locator("body")).not().containsText("【今年度末に記載】");

			// signing out: back to the public's view of the same sheet, without the warnings
			String sheetUrl = page.url();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")).click();
			assertThat(page.locator("body")).containsText("ログアウトしました");
			page.navigate(sheetUrl);
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("市民協働部");
			assertThat(page.locator("#warnings")).hasCount(0);
			assertThat(page.locator("table.sheet-header")).containsText("作成基準日");
			assertThat(page.locator("table.sheet-header")).containsText("令和6年4月1日（2024年4月1日）");

			byte[] pdf = page.pdf(new Page.PdfOptions().setFormat("A4").setLandscape(true).setPrintBackground(true));
			assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
			assertThat(pdf.length).isGreaterThan(20_000);
		}
		finally {
			Files.deleteIfExists(seed);
		}
	}

	@Test
	void aBadFileIsRefusedOnThePage() throws Exception {
		Path bad = Files.createTempFile("not-a-sheet-", ".txt");
		Files.writeString(bad, "これは目標シートではありません。\n");
		try (Page page = chromium.browser().newPage()) {
			signIn(page, new TestUsers(accounts, organizations).admin());
			page.getByLabel("ファイル").setInputFiles(bad);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("読み取れませんでした");
			assertThat(page).hasURL(Pattern.compile(".*/import$"));
		}
		finally {
			Files.deleteIfExists(bad);
		}
	}
}
