package org.mokuhyo.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Saving in place (htmx) in real headless Chromium: the review form and the goal list of the basics page save
 * without a page load — a marker set on the page survives the save — and a refusal or a conflict with another
 * person's save (in a second browser) is shown in place too, with what was typed kept.
 */
@IntegrationTest
class InPlaceSaveBrowserTest {

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

	private Page signedIn(TestUsers.TestUser user) {
		BrowserContext context = chromium.browser().newContext();
		Page page = context.newPage();
		watched.put(page, CspViolations.watch(context));
		page.navigate("http://localhost:" + port + "/login");
		org.mokuhyo.browser.Browser.signInOnForm(page, user);
		return page;
	}

	/** Every page of a test, checked after it: nothing the in-place saves did broke the Content-Security-Policy. */
	private final java.util.Map<Page, CspViolations> watched = new java.util.LinkedHashMap<>();

	@org.junit.jupiter.api.AfterEach
	void noContentSecurityPolicyViolations() {
		watched.forEach((page, csp) -> assertThat(csp.seen(page)).as(page.url()).isEmpty());
	}

	private static void press(Page page, String button) {
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
	}

	/** Marks the loaded document: the mark is gone after a page load, kept after an in-place swap. */
	private static void mark(Page page) {
		page.waitForLoadState();
		page.waitForFunction("() => window.htmx !== undefined");
		page.evaluate("() => window.__notReloaded = true");
	}

	private static boolean stillMarked(Page page) {
		return Boolean.TRUE.equals(page.evaluate("() => window.__notReloaded === true"));
	}

	@Test
	void theReviewSavesInPlaceAndAConflictWithAnotherBrowserIsShownInPlace() {
		String department = WebTestSupport.unique("その場保存部");
		TestUsers users = new TestUsers(accounts, organizations);
		TestUsers.TestUser first = users.editor(department);
		TestUsers.TestUser second = users.editor(department);
		UUID id = Publish.publish(workflows, store.save(SampleSheets.full(department, 2023), List.of(), "s.txt").id());
		String review = "http://localhost:" + port + "/sheets/" + id + "/review";

		Page one = signedIn(first);
		one.navigate(review);
		press(one, "振り返りを始める");
		assertThat(one.getByLabel("取り組みの総括（方針について）")).isVisible();
		Page two = signedIn(second);
		two.navigate(review);

		mark(one);
		one.getByLabel("実績（取組みを行った内容・成果）").first().fill("一人目が書いた実績");
		press(one, "振り返りを保存する");
		assertThat(one.locator("[role=status]")).containsText("振り返りを保存しました");
		assertThat(stillMarked(one)).as("saved without a page load").isTrue();
		assertThat(one.getByLabel("実績（取組みを行った内容・成果）").first()).hasValue("一人目が書いた実績");

		// the second browser opened the form before that save: its save is a conflict, shown in place
		mark(two);
		two.getByLabel("取り組みの総括（方針について）").fill("二人目が書いた総括");
		press(two, "振り返りを保存する");
		assertThat(two.locator("#conflict-heading")).containsText("ほかの人が先に保存しました");
		assertThat(two.locator(".compare-table")).containsText("一人目が書いた実績");
		assertThat(stillMarked(two)).isTrue();
		assertThat(two.getByLabel("取り組みの総括（方針について）")).hasValue("二人目が書いた総括");
		SheetData now = store.find(id).orElseThrow();
		assertThat(now.policy().summary()).as("nothing overwritten").isNull();
		assertThat(now.annualGoals().get(0).review().results()).isEqualTo("一人目が書いた実績");

		// saving again from the conflict page merges: the form now names the current version
		press(two, "振り返りを保存する");
		assertThat(two.locator("[role=status]")).containsText("振り返りを保存しました");
		SheetData merged = store.find(id).orElseThrow();
		assertThat(merged.policy().summary()).isEqualTo("二人目が書いた総括");
		assertThat(merged.annualGoals().get(0).review().results()).as("the second form kept the first's text")
			.isEqualTo("一人目が書いた実績");
	}

	@Test
	void theGoalListIsReorderedInPlace() {
		String department = WebTestSupport.unique("並替部");
		TestUsers.TestUser editor = new TestUsers(accounts, organizations).editor(department);
		UUID id = store.save(SampleSheets.full(department, 2024), List.of(), "s.txt").id();
		List<String> titles = store.find(id).orElseThrow().annualGoals().stream().map(g -> g.title()).toList();

		Page page = signedIn(editor);
		page.navigate("http://localhost:" + port + "/sheets/" + id + "/edit/basics");
		mark(page);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("目標1を下へ移動")).click();
		assertThat(page.locator("[role=status]")).containsText("目標1を目標2に移動しました");
		assertThat(stillMarked(page)).isTrue();
		List<String> after = store.find(id).orElseThrow().annualGoals().stream().map(g -> g.title()).toList();
		assertThat(after.subList(0, 2)).containsExactly(titles.get(1), titles.get(0));
	}
}
