package org.mokuhyo.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.mokuhyo.account.TestUsers;

/**
 * Real headless Chromium (the Debian package) for browser tests. Playwright's own browser download is switched off
 * (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD in the surefire configuration); the machine must have {@code chromium}.
 */
final class Browser {

	private static final List<String> CANDIDATES = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser",
			"/usr/lib/chromium/chromium");

	private Browser() {
	}

	/** Signs in on the open login page as a person does, and waits until the page shows the user signed in. */
	static void signInOnForm(Page page, TestUsers.TestUser user) {
		page.getByLabel("ユーザー名").fill(user.username());
		page.getByLabel("パスワード").fill(user.password());
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログイン")).click();
		PlaywrightAssertions.assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ログアウト")))
			.isVisible();
	}

	static com.microsoft.playwright.Browser launch(Playwright playwright) {
		Path executable = CANDIDATES.stream()
			.map(Path::of)
			.filter(Files::isExecutable)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException(
					"Chromium が見つかりません。Debian では: sudo apt-get install -y chromium"));
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(executable)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
						"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
	}
}
