package org.mokuhyo.web.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.history.SheetComparison;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetVersion;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Step;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The history pages over HTTP with real sessions: a sheet imported, then edited (its first goal's title 市民協働の推進
 * becomes 市民協働の強化), each test under its own department (the tests share one database).
 */
@IntegrationTest
class SheetHistoryPagesTest {

	private static final String OLD_TITLE = "市民協働の推進";

	private static final String NEW_TITLE = "市民協働の強化";

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	Workflows workflows;

	private TestUsers users;

	private WebTestSupport web;

	private String department;

	private UUID id;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
		web = new WebTestSupport(port);
		department = WebTestSupport.unique("市民協働部");
		SheetData imported = SampleSheets.full(department, 2024);
		id = store.save(imported, List.of(), "seed.txt", Change.importBy(null, "取込 一郎")).id();
		SheetData first = store.find(id).orElseThrow();
		store.save(SampleSheets.withTitle(first, 0, NEW_TITLE), List.of(), null, Change.edit(7L, "編集 花子", 1));
	}

	private String base() {
		return "/sheets/" + id;
	}

	private Document page(String path, int status) throws Exception {
		WebTestSupport.Response response = web.get(path);
		assertThat(response.status()).as(path).isEqualTo(status);
		assertThat(response.contentType()).as(path).startsWith("text/html");
		return response.document();
	}

	@Test
	void aLongHistoryIsListedPageByPageAndEveryVersionCanStillBeCompared() throws Exception {
		int versions = SheetHistoryController.VERSIONS_PER_PAGE + 12;
		for (int v = 3; v <= versions; v++) {
			SheetData current = store.find(id).orElseThrow();
			store.save(SampleSheets.withTitle(current, 0, NEW_TITLE + v), List.of(), null,
					Change.edit(7L, "編集 花子", v - 1));
		}
		web.signIn(users.viewer());
		Document first = page(base() + "/versions", 200);
		assertThat(first.select("table.versions-table tbody th[scope=row] > span:first-child").eachText())
			.hasSize(SheetHistoryController.VERSIONS_PER_PAGE)
			.startsWith("第" + versions + "版");
		assertThat(first.select(".pager-status").text()).isEqualTo("全" + versions + "版（1 / 2ページ）");
		assertThat(first.select("select[name=from] option")).as("the compare form offers every version").hasSize(versions);
		Document second = page(first.select("a[rel=next]").attr("href"), 200);
		assertThat(second.select("table.versions-table tbody th[scope=row] > span:first-child").eachText())
			.hasSize(12)
			.endsWith("第1版");
		assertThat(second.select("a[rel=next]")).isEmpty();
		assertThat(page(base() + "/versions?page=99", 200).select(".pager-status").text()).contains("2 / 2");
		assertThat(web.get(base() + "/versions?page=0").status()).isEqualTo(400);
		assertThat(web.get(base() + "/versions?page=x").status()).isEqualTo(400);
	}

	@Test
	void theListShowsEveryVersionNewestFirstWithWhoWhenAndWhy() throws Exception {
		web.signIn(users.viewer());
		Document doc = page(base() + "/versions", 200);
		WebTestSupport.writePreview("versions.html", doc);

		List<Element> rows = doc.select("table.versions-table tbody tr");
		assertThat(rows).hasSize(2);
		Element newest = rows.get(0);
		assertThat(newest.selectFirst("th[scope=row]").text()).contains("第2版").contains("現在の版");
		assertThat(newest.select("td").get(0).text()).matches("令和\\d+年\\d+月\\d+日（20\\d\\d年\\d+月\\d+日） \\d{1,2}:\\d\\d");
		assertThat(newest.select("td").get(1).text()).isEqualTo("編集");
		assertThat(newest.select("td").get(2).text()).isEqualTo("編集 花子");
		assertThat(newest.select("td").get(3).text()).isEqualTo("—");
		Element oldest = rows.get(1);
		assertThat(oldest.selectFirst("th[scope=row]").text()).startsWith("第1版");
		assertThat(oldest.select("td").get(1).text()).isEqualTo("取込み");
		assertThat(oldest.select("td").get(2).text()).isEqualTo("取込 一郎");
		assertThat(oldest.select("td").get(3).text()).isEqualTo("seed.txt");

		assertThat(oldest.select("a").eachAttr("href")).contains(base() + "/versions/1");
		assertThat(newest.select("a").eachAttr("href")).contains(base() + "/versions/2", base() + "/compare?from=1&to=2");
		assertThat(doc.select("table.versions-table thead th[scope=col]")).hasSize(6);
		// the compare form is a GET with labelled fields; a viewer is offered no restore
		assertThat(doc.select("form.compare-form[method=get] select")).hasSize(2);
		assertThat(doc.select("label[for=compare-from]")).hasSize(1);
		assertThat(doc.select("form.restore-form")).isEmpty();
	}

	@Test
	void aVersionIsShownReadOnlyWithWhichVersionItIs() throws Exception {
		web.signIn(users.viewer());
		Document doc = page(base() + "/versions/1", 200);
		WebTestSupport.writePreview("version.html", doc);

		assertThat(doc.select("h1")).hasSize(1);
		assertThat(doc.selectFirst(".notice-version").text())
			.matches("第1版（令和\\d+年\\d+月\\d+日（20\\d\\d年\\d+月\\d+日） \\d{1,2}:\\d\\d・取込 一郎）を表示しています。現在の版は第2版です。");
		assertThat(doc.select(".goal-title").first().text()).startsWith(OLD_TITLE);
		assertThat(doc.select("#mid-term-goals .goal-title").text()).contains("地域自治の推進");
		assertThat(doc.select("a").eachAttr("href")).contains(base() + "/versions", base());
		assertThat(doc.select("form[method=post]")).as("only the header's sign-out").hasSize(1);

		assertThat(page(base() + "/versions/2", 200).select(".goal-title").first().text()).startsWith(NEW_TITLE);
		page(base() + "/versions/3", 404);
		page(base() + "/versions/abc", 404);
	}

	@Test
	void theComparisonMarksTheChangedCharacters() throws Exception {
		web.signIn(users.viewer());
		Document doc = page(base() + "/compare?from=1&to=2", 200);
		WebTestSupport.writePreview("compare.html", doc);

		assertThat(doc.selectFirst(".compare-summary").text()).isEqualTo("変更 1件・追加 0件・削除 0件");
		List<Element> rows = doc.select("table.compare-table tbody tr");
		assertThat(rows).as("only the changed row by default").hasSize(1);
		Element row = rows.get(0);
		assertThat(row.selectFirst("th[scope=row]").text()).contains("3 当年度目標1").contains("変更");
		assertThat(row.select("td.compare-before del").text()).isEqualTo("［削除: 推進］");
		assertThat(row.select("td.compare-before del span:not(.visually-hidden)").text()).isEqualTo("推進");
		assertThat(row.select("td.compare-after ins span:not(.visually-hidden)").text()).isEqualTo("強化");
		assertThat(row.select("td.compare-before").text()).startsWith("市民協働の");
		assertThat(row.select("td.compare-after del, td.compare-before ins")).isEmpty();
		assertThat(doc.select("table.compare-table thead th[scope=col]").eachText()).containsExactly("項目", "第1版",
				"第2版");

		Document all = page(base() + "/compare?from=1&to=2&all=1", 200);
		assertThat(all.select("table.compare-table tbody tr").size()).isGreaterThan(10);
		assertThat(all.select("tr.compare-same")).isNotEmpty();
		assertThat(all.select(".compare-toggle a").attr("href")).isEqualTo(base() + "/compare?from=1&to=2");
		assertThat(doc.select(".compare-toggle a").attr("href")).isEqualTo(base() + "/compare?from=1&to=2&all=1");

		Document same = page(base() + "/compare?from=2&to=2", 200);
		assertThat(same.selectFirst(".compare-summary").text()).isEqualTo("2つの版の内容に違いはありません。");
		assertThat(same.select("table.compare-table")).isEmpty();

		// newest first the other way round: the new title's characters are the removed ones
		Document back = page(base() + "/compare?from=2&to=1", 200);
		assertThat(back.select("td.compare-before del span:not(.visually-hidden)").text()).isEqualTo("強化");

		page(base() + "/compare?from=1&to=9", 404);
		page(base() + "/compare?from=x&to=2", 404);
	}

	@Test
	void anEditorRestoresAnEarlierVersionAsANewOne() throws Exception {
		TestUsers.TestUser editor = users.editor(department);
		web.signIn(editor);
		Document list = page(base() + "/versions", 200);
		Element form = list.selectFirst("#version-1 form.restore-form");
		assertThat(form).isNotNull();
		assertThat(form.attr("action")).isEqualTo(base() + "/versions/1/restore");
		assertThat(form.select("input[name=_csrf]")).hasSize(1);
		assertThat(list.select("#version-2 form.restore-form")).as("not the current version").isEmpty();

		WebTestSupport.Response restored = web.postUrlEncoded(base() + "/versions/1/restore",
				"baseVersion=" + form.selectFirst("input[name=baseVersion]").val());
		assertThat(restored.status()).isEqualTo(302);
		assertThat(restored.location()).endsWith(base());
		Document sheet = web.follow(restored).document();
		assertThat(sheet.select("[role=status]").text()).contains("第1版の内容を第3版として復元しました。");

		List<SheetVersion> versions = store.versions(id);
		assertThat(versions).hasSize(3);
		assertThat(versions.get(2).reason()).isEqualTo(Change.RESTORE);
		assertThat(versions.get(2).authorName()).isEqualTo("試験 " + editor.username());
		assertThat(versions.get(2).sourceName()).isEqualTo("seed.txt");
		SheetComparison sameAsFirst = SheetComparison.of(store.snapshot(id, 1).orElseThrow(),
				store.find(id).orElseThrow());
		assertThat(sameAsFirst.changed()).as("the content of version 1 again").isFalse();
		assertThat(store.find(id).orElseThrow().annualGoals().get(0).title()).isEqualTo(OLD_TITLE);

		Document after = page(base() + "/versions", 200);
		assertThat(after.select("table.versions-table tbody tr").first().select("td").get(1).text()).isEqualTo("復元");
	}

	@Test
	void aRestoreStartedFromAnOlderPageIsRefusedAsAConflict() throws Exception {
		web.signIn(users.admin());
		WebTestSupport.Response refused = web.postUrlEncoded(base() + "/versions/1/restore", "baseVersion=1");
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.document().selectFirst("[role=alert]").text()).contains("第2版の内容を確かめてから");
		assertThat(store.versions(id)).hasSize(2);
	}

	@Test
	void aViewerMayNotRestore() throws Exception {
		web.signIn(users.viewer());
		assertThat(web.postUrlEncoded(base() + "/versions/1/restore", "baseVersion=2").status()).isEqualTo(403);
		// nor an editor of another department
		WebTestSupport other = new WebTestSupport(port);
		other.signIn(users.editor(WebTestSupport.unique("都市計画推進部")));
		assertThat(other.postUrlEncoded(base() + "/versions/1/restore", "baseVersion=2").status()).isEqualTo(403);
		assertThat(store.versions(id)).hasSize(2);
	}

	@Test
	void aSheetUnderReviewIsNotRestored() throws Exception {
		workflows.take(id, Step.SUBMIT, Actor.commandLine(), null, null);
		web.signIn(users.editor(department));
		Document list = page(base() + "/versions", 200);
		assertThat(list.select("form.restore-form")).isEmpty();
		assertThat(list.text()).contains("「提出済み」のため、差戻しを受けるまで以前の版を復元できません。");

		WebTestSupport.Response refused = web.postUrlEncoded(base() + "/versions/1/restore", "baseVersion=2");
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.document().selectFirst("[role=alert]").text()).contains("第1版を復元できませんでした。")
			.contains("提出済み");
		assertThat(store.versions(id)).hasSize(2);
		assertThat(store.find(id).orElseThrow().annualGoals().get(0).title()).isEqualTo(NEW_TITLE);
	}

	@Test
	void thePublicFindsNothing() throws Exception {
		for (String path : List.of(base() + "/versions", base() + "/versions/1", base() + "/compare?from=1&to=2",
				base() + "/compare", "/sheets/" + UUID.randomUUID() + "/versions")) {
			WebTestSupport.Response response = web.get(path);
			assertThat(response.status()).as(path).isEqualTo(404);
			assertThat(response.body()).as(path).doesNotContain(OLD_TITLE).doesNotContain("版の履歴");
		}
		// a post without a session has no CSRF token: refused before anything is looked at
		assertThat(web.postUrlEncoded(base() + "/versions/1/restore", "baseVersion=2").status()).isEqualTo(403);
		assertThat(store.versions(id)).hasSize(2);
	}

	@Test
	void aRestoreWithoutTheFormsTokenIsRefused() throws Exception {
		web.signIn(users.admin());
		web.dropCsrfToken();
		assertThat(web.postUrlEncoded(base() + "/versions/1/restore", "baseVersion=2").status()).isEqualTo(403);
		assertThat(store.versions(id)).hasSize(2);
	}
}
