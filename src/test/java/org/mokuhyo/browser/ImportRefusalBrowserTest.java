package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A person imports a file with less than the sheet holds: the form says what would be lost and offers the
 * confirmation; chosen (with the file chosen again), the import goes through as a new version. The refused page has
 * no serious accessibility problem.
 */
@IntegrationTest
class ImportRefusalBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Test
	void lessContentIsRefusedUntilThePersonConfirms() throws Exception {
		String department = WebTestSupport.unique("確認画面部");
		String seed = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);
		Path whole = Files.writeString(Files.createTempFile("whole-", ".txt"), seed, StandardCharsets.UTF_8);
		// the mid-term goals from the fourth on cut off, as a file copied in part
		Path cut = Files.writeString(Files.createTempFile("cut-", ".txt"), seed.substring(0, seed.indexOf("4\t就労支援")),
				StandardCharsets.UTF_8);
		try (Page page = chromium.browser().newPage()) {
			page.navigate("http://localhost:" + port + "/login");
			Browser.signInOnForm(page, new TestUsers(accounts, organizations).admin());
			page.navigate("http://localhost:" + port + "/");
			page.getByLabel("ファイル").setInputFiles(whole);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();
			assertThat(page).hasURL(Pattern.compile(".*/sheets/[0-9a-f-]{36}$"));

			page.navigate("http://localhost:" + port + "/");
			assertThat(page.getByLabel("内容が減っても置き換える")).hasCount(0); // offered only after a refusal
			page.getByLabel("ファイル").setInputFiles(cut);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("中期目標4「就労支援・生活困窮者支援・若者支援事業の拡充」");
			assertThat(page.getByRole(AriaRole.ALERT)).containsText("中期目標7");
			assertThat(page.getByLabel("ファイル")).hasAttribute("aria-invalid", "true");
			assertThat(Axe.seriousViolations(page)).isEmpty();
			Files.createDirectories(Path.of("target", "screenshots"));
			page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target", "screenshots", "import-would-remove.png"))
				.setFullPage(true));
			assertThat(store.find("豊中市", department, 2024).orElseThrow().version()).isEqualTo(1);

			page.getByLabel("ファイル").setInputFiles(cut);
			page.getByLabel("内容が減っても置き換える").check();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();
			assertThat(page).hasURL(Pattern.compile(".*/sheets/[0-9a-f-]{36}$"));
			assertThat(page.locator("body")).containsText("第2版として更新しました");
		}
		assertThat(store.find("豊中市", department, 2024).orElseThrow().midTermGoals()).hasSize(3);
	}
}
