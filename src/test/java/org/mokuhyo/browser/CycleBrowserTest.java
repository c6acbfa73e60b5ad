package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The cycle in real headless Chromium, each person in a browser of their own: an editor imports the seed as a draft
 * and submits it; the mayor's office records the hearing; the editor resubmits; head and mayor's office approve; the
 * planning division publishes; the public reads it; the editor reports the first quarter's progress, writes the
 * year-end review, which head and mayor's office approve and the planning division publishes; the next year is
 * started and shows last year's 課題 beside its goals.
 */
@IntegrationTest
class CycleBrowserTest {

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	private Page signedIn(TestUsers.TestUser user) {
		BrowserContext context = chromium.browser().newContext();
		Page page = context.newPage();
		page.navigate(url("/login"));
		org.mokuhyo.browser.Browser.signInOnForm(page, user);
		return page;
	}

	private String url(String path) {
		return "http://localhost:" + port + path;
	}

	private static void press(Page page, String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}

	@Test
	void fromDraftToPublicationProgressAndTheNextYear() throws Exception {
		String department = "巡回試験部" + UUID.randomUUID().toString().substring(0, 6);
		TestUsers users = new TestUsers(accounts, organizations);
		TestUsers.TestUser editorUser = users.editor(department);
		TestUsers.TestUser headUser = users.create(EnumSet.of(Role.HEAD), TestUsers.MUNICIPALITY, List.of(department));
		TestUsers.TestUser mayorUser = users.create(EnumSet.of(Role.EXECUTIVE), TestUsers.MUNICIPALITY, List.of());
		TestUsers.TestUser adminUser = users.admin();
		Path seed = Files.createTempFile("seed-", ".txt");
		Files.writeString(seed, new String(SeedFixture.bytes(), StandardCharsets.UTF_8)
			.replace("部局\t市民協働部", "部局\t" + department));

		// the editor imports the department's sheet: a draft, not public
		Page editor = signedIn(editorUser);
		editor.getByLabel("ファイル").setInputFiles(seed);
		press(editor, "取り込む");
		assertThat(editor).hasURL(Pattern.compile(".*/sheets/[0-9a-f-]{36}$"));
		String sheetUrl = editor.url();
		String workflowUrl = sheetUrl + "/workflow";
		assertThat(editor.locator(".sheet-state")).containsText("下書き");
		Page outsider = chromium.browser().newContext().newPage();
		outsider.navigate(sheetUrl);
		assertThat(outsider.locator("h1")).containsText("見つかりません");

		editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(Pattern.compile("^手続きと記録"))).click();
		editor.getByLabel("コメント（任意）").fill("ご確認をお願いします");
		press(editor, "提出を行う");
		assertThat(editor.locator("[role=status]")).containsText("提出を行いました");

		// the mayor's office records the hearing, with a comment on goal 1
		Page mayor = signedIn(mayorUser);
		mayor.navigate(workflowUrl);
		mayor.getByLabel("出席者").fill("市長、副市長、" + department + "長");
		mayor.getByLabel("全体へのコメント").fill("方向性は了承");
		mayor.getByLabel(Pattern.compile("^目標1 ")).fill("成果指標を具体的に");
		press(mayor, "ヒアリングを記録する");
		assertThat(mayor.locator("[role=status]")).containsText("ヒアリングを記録しました");
		assertThat(mayor.locator("article.hearing")).containsText("成果指標を具体的に");

		editor.navigate(workflowUrl);
		press(editor, "再提出を行う");
		Page head = signedIn(headUser);
		head.navigate(workflowUrl);
		press(head, "部局長の承認を行う");
		mayor.navigate(workflowUrl);
		press(mayor, "市長等の承認を行う");
		assertThat(mayor.locator(".state-list")).containsText("承認済み");

		// the planning division publishes as of April 1; the public reads it from then on
		Page admin = signedIn(adminUser);
		admin.navigate(workflowUrl);
		assertThat(admin.getByLabel("作成基準日")).hasValue("2024-04-01");
		press(admin, "公表を行う");
		assertThat(admin.locator(".state-list")).containsText("公表済み");
		outsider.navigate(sheetUrl);
		assertThat(outsider.locator("h1")).containsText(department);
		assertThat(outsider.locator("table.sheet-header")).containsText("令和6年4月1日（2024年4月1日）");

		// the editor reports the first quarter and starts the next year
		editor.navigate(sheetUrl + "/progress?quarter=1");
		editor.locator("select").first().selectOption("ON_TRACK");
		press(editor, "第1四半期（4月〜6月）の進捗を保存する");
		assertThat(editor.locator("[role=status]").first()).containsText("進捗を保存しました");
		assertThat(editor.locator("select").first()).hasValue("ON_TRACK");

		// the year-end review (its fourth quarter has passed): written, submitted, approved and published
		editor.navigate(workflowUrl);
		press(editor, "振り返りの開始を行う");
		assertThat(editor.locator(".state-list")).containsText("振り返り：下書き");
		editor.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("振り返り（実績・課題・総括）を記入する")).click();
		editor.getByLabel("実績（取組みを行った内容・成果）").first().fill("地域自治組織の設立を3地区で支援した。");
		editor.getByLabel("課題・今後の方向性").first().fill("未設立の地区への働きかけを強める。");
		editor.getByLabel("取り組みの総括（方針について）").fill("協働の基盤づくりはおおむね計画どおり進んだ。");
		press(editor, "振り返りを保存する");
		assertThat(editor.locator("[role=status]").first()).containsText("振り返りを保存しました");
		editor.navigate(workflowUrl);
		press(editor, "振り返りの提出を行う");
		head.navigate(workflowUrl);
		press(head, "振り返りの部局長の承認を行う");
		mayor.navigate(workflowUrl);
		press(mayor, "振り返りの市長等の承認を行う");
		outsider.navigate(sheetUrl);
		assertThat(outsider.locator("body")).not().containsText("地域自治組織の設立を3地区で支援した。");
		admin.navigate(workflowUrl);
		press(admin, "振り返りの公表を行う");
		assertThat(admin.locator(".state-list")).containsText("振り返り：公表済み");
		outsider.navigate(sheetUrl);
		assertThat(outsider.locator("body")).containsText("地域自治組織の設立を3地区で支援した。");
		assertThat(outsider.locator("body")).containsText("協働の基盤づくりはおおむね計画どおり進んだ。");

		// the next year starts from this one and shows last year's 課題 beside goal 1
		editor.navigate(workflowUrl);
		press(editor, "令和7年度（2025年度）のシートを作成する");
		assertThat(editor.locator("body")).containsText("次年度のシートを下書きとして作成しました");
		assertThat(editor.locator("h1")).containsText("令和7年度");
		assertThat(editor.locator(".sheet-state")).containsText("下書き");
		assertThat(editor.locator(".previous-issues").first()).containsText("未設立の地区への働きかけを強める。");
	}
}
