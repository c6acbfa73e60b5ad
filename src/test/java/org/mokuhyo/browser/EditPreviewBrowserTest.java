package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Request;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The preview of the edit pages in real headless Chromium: as the editor types in the notation (or inserts a word
 * from the list), the preview below follows without a page load; with JavaScript switched off, and over plain HTTP,
 * the 「プレビュー」 button shows the same and saves nothing.
 */
@IntegrationTest
class EditPreviewBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private TestUsers.TestUser editor;

	private UUID id;

	@BeforeEach
	void setUp() {
		String department = WebTestSupport.unique("市民協働部");
		editor = new TestUsers(accounts, organizations).editor(department);
		id = store.save(SampleSheets.full(department, 2024), List.of(), "seed.txt", Change.importBy(null, "取込 一郎")).id();
	}

	private Page signedIn(BrowserContext context) {
		Page page = context.newPage();
		page.navigate(url("/login"));
		org.mokuhyo.browser.Browser.signInOnForm(page, editor);
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private int version() {
		return store.currentVersion(id).orElseThrow();
	}

	@Test
	void typingInTheGoalNotationUpdatesThePreviewWithoutAPageLoad() {
		try (BrowserContext context = chromium.browser().newContext()) {
			CspViolations csp = CspViolations.watch(context);
			Page page = signedIn(context);
			page.navigate(url("/sheets/" + id + "/edit/goals/1"));
			Locator preview = page.locator("#notation-preview");
			assertThat(preview).containsText("スケジュール: 通年 → 通年（4月〜翌年3月）");
			// a mark on this document: a page load would lose it
			page.evaluate("() => { window.samePage = true; }");

			Locator items = page.getByLabel("取組み事項・取組み内容");
			items.focus();
			page.keyboard().press("Control+End");
			Request request = page.waitForRequest(Pattern.compile(".*/edit/goals/1/preview$"),
					() -> items.pressSequentially("\n(3) 新しい事項\n① 新しい取組み (7~2月) [新規] 参加者数120人"));
			assertThat(request.method()).isEqualTo("POST");
			assertThat(request.headers()).containsKey("x-csrf-token").containsEntry("hx-request", "true");
			Locator added = preview.locator(".preview-actions > li", new Locator.LocatorOptions().setHasText("新しい取組み"));
			assertThat(added).containsText("スケジュール: 7~2月 → 期間（7月〜翌年2月）");
			assertThat(added).containsText("新規");
			assertThat(added).containsText("目標: 参加者数 120人");

			// a schedule picked from the list goes in at the cursor, and the preview reads it
			items.pressSequentially("\n② 挿入の確認");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("(上半期) を挿入")).click();
			assertThat(items).hasValue(Pattern.compile(".*② 挿入の確認 \\(上半期\\)$", Pattern.DOTALL));
			assertThat(preview.locator(".preview-actions > li", new Locator.LocatorOptions().setHasText("挿入の確認")))
				.containsText("スケジュール: 上半期 → 上半期（4月〜9月）");

			// a line the notation cannot place is a warning naming it
			items.pressSequentially("\n記号のない行");
			assertThat(preview.locator(".preview-warnings")).containsText("記号のない行");
			assertThat(preview.locator(".preview-warnings")).containsText("行の始めに (1)、①、・ のいずれかを付けてください");

			assertThat(page.evaluate("() => window.samePage === true")).isEqualTo(true);
			assertThat(version()).as("typing saves nothing").isEqualTo(1);
			assertThat(csp.seen(page)).isEmpty();
		}
	}

	@Test
	void typingAMidTermStepShowsItsYearsOrAWarning() {
		try (BrowserContext context = chromium.browser().newContext()) {
			CspViolations csp = CspViolations.watch(context);
			Page page = signedIn(context);
			page.navigate(url("/sheets/" + id + "/edit/mid-term/1"));
			page.evaluate("() => { window.samePage = true; }");
			Locator steps = page.getByLabel("スケジュール(工程)");
			steps.focus();
			page.keyboard().press("Control+End");
			steps.pressSequentially("(2) 担い手の育成\n① 講座の開催");
			page.getByRole(AriaRole.BUTTON,
					new Page.GetByRoleOptions().setName("令和7年度(2025年度) を挿入").setExact(true)).click();
			Locator preview = page.locator("#notation-preview");
			assertThat(preview.locator(".preview-step-group", new Locator.LocatorOptions().setHasText("担い手の育成")))
				.containsText("年度: 令和7年度（2025年度）");
			steps.pressSequentially("\n② 年度のない工程");
			assertThat(preview.locator(".preview-warnings")).containsText("② 年度のない工程");
			assertThat(preview.locator(".preview-warnings")).containsText("年度が読み取れません");
			// text put in without a key (pasted, filled in) is followed too
			page.getByLabel("取組みにあたっての課題・めざす成果").fill("(1) 貼り付けた課題\n・その箇条書き");
			assertThat(preview.locator(".preview-item", new Locator.LocatorOptions().setHasText("貼り付けた課題")))
				.containsText("その箇条書き");
			assertThat(page.evaluate("() => window.samePage === true")).isEqualTo(true);
			assertThat(version()).isEqualTo(1);
			assertThat(csp.seen(page)).isEmpty();
		}
	}

	@Test
	void withoutJavaScriptThePreviewButtonShowsTheSameAndSavesNothing() throws Exception {
		try (BrowserContext context = chromium.browser().newContext(new Browser.NewContextOptions().setJavaScriptEnabled(false))) {
			Page page = signedIn(context);
			page.navigate(url("/sheets/" + id + "/edit/goals/1"));
			assertThat(page.locator(".word-button")).hasCount(0); // the words are a list to copy from
			assertThat(page.locator(".notation-words code", new Page.LocatorOptions().setHasText("(上半期)"))).isVisible();
			page.getByLabel("取組み事項・取組み内容").fill("(1) 事項\n① 取組み (4月以降) [拡充]\n記号のない行");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("プレビュー（保存しません）")).click();
			Locator preview = page.locator("#notation-preview");
			assertThat(preview).containsText("スケジュール: 4月以降 → 以降（4月以降）");
			assertThat(preview).containsText("拡充");
			assertThat(preview.locator(".preview-warnings")).containsText("3行目");
			assertThat(page.getByLabel("取組み事項・取組み内容")).hasValue("(1) 事項\n① 取組み (4月以降) [拡充]\n記号のない行");
			assertThat(version()).isEqualTo(1);
		}

		// the same over plain HTTP, as any client without JavaScript sends the form
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(editor);
		WebTestSupport.Response answer = web.postUrlEncoded("/sheets/" + id + "/edit/mid-term/1", "title="
				+ WebTestSupport.encode("地域自治の推進") + "&steps=" + WebTestSupport.encode("① 設立支援 令和8年度(2026年度)～")
				+ "&baseVersion=1&preview=1");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.document().select("#notation-preview .reading-span").text()).isEqualTo("年度: 令和8年度（2026年度）〜");
		assertThat(version()).isEqualTo(1);
	}
}
