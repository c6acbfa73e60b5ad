package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workbook.EditableWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An editor, in real headless Chromium, downloads the year's workbook from 進捗報告の状況, fills in a quarter (with
 * POI, as Excel would), uploads it on the import page and reads the report; the page passes axe-core.
 */
@IntegrationTest
class ProgressWorkbookBrowserTest {

	private static final int YEAR = 2099;

	@RegisterExtension
	static final ChromiumExtension chromium = new ChromiumExtension();

	@TempDir
	Path dir;

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	Progresses progresses;

	@Test
	void downloadFillInAndUploadAQuarter() throws Exception {
		String department = "ブラウザ一覧部" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = store.save(SampleSheets.full(department, YEAR), List.of(), "seed.txt", Change.importBy(null, "取込")).id();
		SheetData sheet = store.find(id).orElseThrow();
		Action first = sheet.annualGoals().get(0).items().get(0).actions().get(0);
		TestUsers.TestUser editor = new TestUsers(accounts, organizations).editor(department);
		try (Page page = chromium.browser().newPage(new Browser.NewPageOptions().setAcceptDownloads(true))) {
			page.navigate("http://localhost:" + port + "/login");
			org.mokuhyo.browser.Browser.signInOnForm(page, editor);
			page.navigate("http://localhost:" + port + "/progress/due");
			page.getByLabel("年度の一覧表（Excel、すべての部局の取組みと進捗）").fill(Integer.toString(YEAR));
			Download download = page.waitForDownload(
					() -> page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("ダウンロード")).click());
			assertThat(download.suggestedFilename()).isEqualTo("進行管理_" + YEAR + "年度.xlsx");
			Path file = dir.resolve("一覧表.xlsx");
			Files.write(file, new EditableWorkbook(Files.readAllBytes(download.path()))
				.set(first.id(), "Q2 進捗状況", "順調").set(first.id(), "Q2 コメント", "予定どおり").bytes());

			page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("一覧表から進捗を取り込む")).click();
			page.getByLabel("一覧表（.xlsx）").setInputFiles(file);
			page.getByLabel("取り込む四半期").selectOption("2");
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("取り込む")).click();

			assertThat(page.getByRole(AriaRole.STATUS)).containsText("1行の進捗を保存しました。");
			assertThat(Axe.seriousViolations(page)).isEmpty();
		}
		assertThat(progresses.of(id, 2).get(first.id()).comment()).isEqualTo("予定どおり");
	}
}
