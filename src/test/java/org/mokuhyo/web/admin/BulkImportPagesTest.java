package org.mokuhyo.web.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.bulk.Archives;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport.Response;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 一括取込み pages over HTTP: an editor uploads a zip, its files import in the background, the page and its
 * htmx part follow the progress to the per-file report (another department's sheet refused, a broken file refused,
 * the rest imported), the report as CSV; others do not see it; a file that is no zip is refused with the form.
 */
@IntegrationTest
class BulkImportPagesTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Test
	void anEditorsArchiveImportsInTheBackgroundWithAReportPerFile() throws Exception {
		String mine = WebTestSupport.unique("一括自部");
		String others = WebTestSupport.unique("一括他部");
		TestUsers users = new TestUsers(accounts, organizations);
		users.editor(others); // the department exists, with someone else answering for it
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(users.editor(mine));

		Map<String, byte[]> entries = Archives.entries();
		entries.put("a-自部.txt", Archives.sheet(mine));
		entries.put("b-他部.txt", Archives.sheet(others));
		entries.put("c-壊れた.txt", new byte[] { 0, 1, 2, (byte) 0xfe, 0 });
		byte[] big = new byte[10 * 1024 * 1024 + 1]; // over the importer's limit, a few KB once zipped
		java.util.Arrays.fill(big, (byte) 'a');
		entries.put("d-大きすぎ.txt", big);
		Response started = web.post("/imports/archive", new Multipart()
			.file("file", "令和6年度.zip", "application/zip", Archives.zip(entries, StandardCharsets.UTF_8))
			.field("fiscalYear", "2024"));
		assertThat(started.status()).isEqualTo(302);
		String page = started.location().replaceFirst("^https?://[^/]+", "");
		assertThat(page).matches("/imports/archive/[0-9a-f-]{36}");

		Document done = BulkImportPages.awaitDone(web, page, Duration.ofMinutes(2));
		assertThat(done.selectFirst("h1").text()).isEqualTo("一括取込み: 令和6年度.zip");
		Element progress = done.selectFirst("progress#bulk-progress");
		assertThat(progress.attr("max")).isEqualTo("4");
		assertThat(progress.attr("value")).isEqualTo("4");
		assertThat(done.selectFirst(".bulk-state strong").text()).isEqualTo("完了");
		assertThat(rowOf(done, "a-自部.txt").text()).contains("取込み済み").contains(mine + " 2024年度 第1版");
		assertThat(rowOf(done, "b-他部.txt").text()).contains("取込み不可").contains("FORBIDDEN").contains(others);
		assertThat(rowOf(done, "c-壊れた.txt").text()).contains("取込み不可").contains("BINARY");
		assertThat(rowOf(done, "d-大きすぎ.txt").text()).contains("取込み不可").contains("TOO_LARGE");
		assertThat(done.select("#bulk-status[hx-trigger]")).as("no more polling once done").isEmpty();
		assertThat(store.find(TestUsers.MUNICIPALITY, mine, 2024)).isPresent();
		assertThat(store.find(TestUsers.MUNICIPALITY, others, 2024)).as("not this editor's department").isEmpty();

		// the htmx part alone
		Response part = web.get(page, "HX-Request", "true");
		assertThat(part.status()).isEqualTo(200);
		assertThat(part.body()).doesNotContain("<html").contains("id=\"bulk-status\"");

		// the report as CSV, for Excel: a BOM, one line per file
		Response csv = web.get(page + "/report.csv");
		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.contentType()).startsWith("text/csv");
		assertThat(csv.body()).startsWith("\uFEFFファイル,結果");
		assertThat(csv.body().split("\r\n")).hasSize(5);
		assertThat(csv.body()).contains("\"b-他部.txt\",\"取込み不可\",\"FORBIDDEN\"");

		// listed for its creator; another editor neither lists nor opens it; an administrator does both
		assertThat(web.get("/imports/archive").document().select(".bulk-list a").eachText()).contains("令和6年度.zip");
		WebTestSupport other = new WebTestSupport(port);
		other.signIn(users.editor(others));
		assertThat(other.get(page).status()).isEqualTo(404);
		assertThat(other.get("/imports/archive").document().select(".bulk-list a").eachAttr("href"))
			.doesNotContain(page);
		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		assertThat(admin.get(page).status()).isEqualTo(200);
	}

	@Test
	void whatIsNoArchiveShowsTheFormWithTheReason() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(users.editor(WebTestSupport.unique("一括誤部")));

		Response notZip = web.post("/imports/archive", new Multipart().file("file", "sheet.zip", "application/zip",
				"ZIP ではない".getBytes(StandardCharsets.UTF_8)));
		assertThat(notZip.status()).isEqualTo(422);
		assertThat(notZip.document().selectFirst("#bulk-error[role=alert]").text()).contains("ZIP ファイルではありません")
			.contains("NOT_A_ZIP");
		assertThat(notZip.document().selectFirst("#bulk-file").attr("aria-invalid")).isEqualTo("true");

		Response none = web.post("/imports/archive", new Multipart().field("fiscalYear", "2024"));
		assertThat(none.status()).isEqualTo(400);
		assertThat(none.document().selectFirst("#bulk-error").text()).contains("ZIP ファイルを選択してください");

		Response badYear = web.post("/imports/archive", new Multipart()
			.file("file", "a.zip", "application/zip", Archives.zip(Map.of("a.txt", Archives.sheet("x")),
					StandardCharsets.UTF_8))
			.field("fiscalYear", "R6"));
		assertThat(badYear.status()).isEqualTo(400);
		assertThat(badYear.document().selectFirst("#bulk-error").text()).contains("年度は西暦の4桁");
		assertThat(badYear.document().selectFirst("#bulk-fiscalYear").val()).isEqualTo("R6");

		Response published = web.post("/imports/archive", new Multipart()
			.file("file", "a.zip", "application/zip", Archives.zip(Map.of("a.txt", Archives.sheet("x")),
					StandardCharsets.UTF_8))
			.field("published", "true"));
		assertThat(published.status()).as("only administrators load the published archive").isEqualTo(403);
	}

	private static Element rowOf(Document page, String file) {
		return page.select(".bulk-report tbody tr").stream()
			.filter(row -> row.selectFirst("th").text().equals(file))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no row for " + file));
	}
}
