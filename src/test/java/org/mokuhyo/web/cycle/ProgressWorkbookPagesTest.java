package org.mokuhyo.web.cycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.progress.Progresses;
import org.mokuhyo.sheet.Action;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workbook.EditableWorkbook;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * 年度の一覧表 through the pages with real sessions: staff download the year's workbook; an editor uploads it edited
 * (with the form's CSRF token) and the progress page shows what it saved; a wrong row keeps everything out and the
 * page lists the row and column; another department's editor gets row errors; the public gets nothing.
 */
@IntegrationTest
class ProgressWorkbookPagesTest {

	private static int nextYear = 2090;

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	Progresses progresses;

	private TestUsers users;

	private String department;

	private int year;

	private SheetData sheet;

	private Action first;

	private Action withTargets;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
		department = WebTestSupport.unique("一覧表部");
		year = nextYear++;
		UUID id = store.save(SampleSheets.full(department, year), List.of(), "seed.txt", Change.importBy(null, "取込")).id();
		sheet = store.find(id).orElseThrow();
		first = sheet.annualGoals().get(0).items().get(0).actions().get(0);
		withTargets = sheet.annualGoals().get(0).items().get(0).actions().get(1);
	}

	private WebTestSupport as(TestUsers.TestUser user) throws Exception {
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(user);
		return web;
	}

	private HttpResponse<byte[]> download(WebTestSupport web) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/progress/workbook?year=" + year)).GET();
		String cookie = web.session().cookie();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static Multipart upload(byte[] xlsx, int quarter, boolean validRowsOnly) {
		Multipart form = new Multipart().file("file", "一覧表.xlsx",
				"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx)
			.field("quarter", Integer.toString(quarter));
		return validRowsOnly ? form.field("validRowsOnly", "true") : form;
	}

	@Test
	void anEditorDownloadsEditsAndUploadsTheWorkbookAndTheProgressPageShowsIt() throws Exception {
		WebTestSupport editor = as(users.editor(department));
		HttpResponse<byte[]> file = download(editor);
		assertThat(file.statusCode()).isEqualTo(200);
		assertThat(file.headers().firstValue("Content-Type").orElseThrow())
			.startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		assertThat(file.headers().firstValue("Content-Disposition").orElseThrow())
			.contains("filename*=UTF-8''%E9%80%B2%E8%A1%8C%E7%AE%A1%E7%90%86_" + year);
		byte[] edited = new EditableWorkbook(file.body())
			.set(first.id(), "Q2 進捗状況", "完了")
			.set(withTargets.id(), "Q2 進捗状況", "遅延")
			.set(withTargets.id(), "Q2 実績1", "1,500")
			.set(withTargets.id(), "Q2 コメント", "会場の確保が遅れています")
			.bytes();

		Document form = editor.get("/progress/workbook/import").document();
		assertThat(form.select("form[enctype=multipart/form-data] input[name=_csrf]")).hasSize(1);
		WebTestSupport.Response done = editor.post("/progress/workbook/import", upload(edited, 2, false));

		assertThat(done.status()).isEqualTo(200);
		assertThat(done.document().select("[role=status]").text()).contains("2行の進捗を保存しました。")
			.contains("変更なし 2行");
		Document page = editor.get("/sheets/" + sheet.id() + "/progress?quarter=2").document();
		assertThat(page.select("#status-" + withTargets.id() + " option[selected]").val()).isEqualTo("DELAYED");
		assertThat(page.select("#status-" + first.id() + " option[selected]").val()).isEqualTo("DONE");
		assertThat(page.select("#actual-" + withTargets.id() + "--1-0").val()).isEqualTo("1500");
		assertThat(page.select("#comment-" + withTargets.id()).text()).isEqualTo("会場の確保が遅れています");

		// a forged post (no token) is refused before the file is read
		editor.dropCsrfToken();
		assertThat(editor.post("/progress/workbook/import", upload(edited, 3, false)).status()).isEqualTo(403);
		assertThat(progresses.of(sheet.id(), 3)).isEmpty();
	}

	@Test
	void aWrongRowKeepsEverythingOutAndThePageNamesRowAndColumn() throws Exception {
		WebTestSupport editor = as(users.editor(department));
		EditableWorkbook book = new EditableWorkbook(download(editor).body());
		book.set(first.id(), "Q1 進捗状況", "完了").set(withTargets.id(), "Q1 実績2", "たくさん")
			.set(withTargets.id(), "Q1 進捗状況", "順調");
		int row = book.row(withTargets.id()).getRowNum() + 1;
		String column = org.apache.poi.ss.util.CellReference.convertNumToColString(book.column("Q1 実績2"));

		WebTestSupport.Response refused = editor.post("/progress/workbook/import", upload(book.bytes(), 1, false));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.document().select("[role=status]").text()).contains("何も保存していません");
		assertThat(refused.document().select("table.workbook-errors tbody tr").eachText())
			.containsExactly(row + "行目 " + column + "列（Q1 実績2） 実績値「たくさん」は0以上の数値で入力してください（例: 1,200）。");
		assertThat(progresses.of(sheet.id(), 1)).isEmpty();

		WebTestSupport.Response partly = editor.post("/progress/workbook/import", upload(book.bytes(), 1, true));
		assertThat(partly.status()).isEqualTo(200);
		assertThat(partly.document().select(".rejected-rows").text()).isEqualTo("保存しなかった行（誤り）: " + row);
		assertThat(progresses.of(sheet.id(), 1)).containsOnlyKeys(first.id());

		WebTestSupport.Response notExcel = editor.post("/progress/workbook/import",
				new Multipart().file("file", "x.xlsx", "text/plain".getBytes()).field("quarter", "1"));
		assertThat(notExcel.status()).isEqualTo(400);
		assertThat(notExcel.document().select("[role=alert]").text()).isEqualTo("Excel ファイル（.xlsx）として読めません。");
	}

	@Test
	void anotherDepartmentsEditorGetsRowErrorsAndThePublicNothing() throws Exception {
		WebTestSupport editor = as(users.editor(department));
		byte[] edited = new EditableWorkbook(download(editor).body()).set(first.id(), "Q1 進捗状況", "完了").bytes();
		WebTestSupport other = as(users.editor(WebTestSupport.unique("別部")));

		WebTestSupport.Response refused = other.post("/progress/workbook/import", upload(edited, 1, false));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.document().select("table.workbook-errors tbody tr").eachText())
			.singleElement().asString().contains("「" + department + "」の進行管理を報告する権限がありません。");
		assertThat(progresses.of(sheet.id(), 1)).isEmpty();

		WebTestSupport viewer = as(users.viewer());
		assertThat(download(viewer).statusCode()).isEqualTo(200);
		assertThat(viewer.get("/progress/workbook/import").status()).isEqualTo(403);
		assertThat(viewer.post("/progress/workbook/import", upload(edited, 1, false)).status()).isEqualTo(403);

		WebTestSupport anonymous = new WebTestSupport(port);
		assertThat(download(anonymous).statusCode()).isEqualTo(302);
		assertThat(anonymous.post("/progress/workbook/import", upload(edited, 1, false)).status()).isEqualTo(403);
		assertThat(progresses.of(sheet.id(), 1)).isEmpty();
	}
}
