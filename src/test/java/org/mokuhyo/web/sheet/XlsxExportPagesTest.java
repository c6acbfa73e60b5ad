package org.mokuhyo.web.sheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.Publish;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.exchange.XlsxSheetWriter;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.DownloadNames;
import org.mokuhyo.web.SampleSheets;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The sheet as Excel over HTTP: the public downloads the published version (never a draft), staff the current one
 * (audited), under a Japanese file name; the downloaded workbook uploaded again through the import page and the API
 * is the same sheet (no new version), and a workbook that is no sheet is refused with nothing stored.
 */
@IntegrationTest
class XlsxExportPagesTest {

	private static final ImportOptions TOYONAKA = new ImportOptions(null, "豊中市", "272035");

	private final HttpClient http = HttpClient.newHttpClient();

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

	@Autowired
	JdbcClient jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	private static SheetData seedAs(String department) {
		return SheetImporter.standard()
			.parse(SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department).getBytes(StandardCharsets.UTF_8),
					"seed.txt", TOYONAKA)
			.sheet();
	}

	private HttpResponse<byte[]> download(String path, String cookie) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	@Test
	void thePublicDownloadsThePublishedSheetAndStaffTheDraftUnderAJapaneseName() throws Exception {
		String department = WebTestSupport.unique("Excel出力部");
		SheetData seed = seedAs(department);
		UUID published = Publish.publish(workflows, store.save(seed, List.of(), "seed.txt").id());
		UUID draft = store.save(SampleSheets.shimin(department + "2"), List.of(), "draft.txt").id();

		HttpResponse<byte[]> response = download("/sheets/" + published + "/export.xlsx", null);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith(XlsxSheetWriter.CONTENT_TYPE);
		String expectedName = "豊中市_" + department + "_2024.xlsx";
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment; filename=\"sheet-2024.xlsx\"; filename*=UTF-8''")
			.endsWith(DownloadNames.encode(expectedName));
		assertThat(URI.create("x:" + DownloadNames.encode(expectedName)).getSchemeSpecificPart()).isEqualTo(expectedName);
		SheetData back = SheetImporter.standard().parse(response.body(), "download.xlsx", TOYONAKA).sheet();
		assertThat(json.writeValueAsString(back)).isEqualTo(json.writeValueAsString(seed));

		// the public never gets a draft, nor an unknown sheet; the sheet page links to the file
		assertThat(download("/sheets/" + draft + "/export.xlsx", null).statusCode()).isEqualTo(404);
		assertThat(download("/sheets/" + UUID.randomUUID() + "/export.xlsx", null).statusCode()).isEqualTo(404);
		assertThat(download("/sheets/nonsense/export.xlsx", null).statusCode()).isEqualTo(404);
		WebTestSupport web = new WebTestSupport(port);
		assertThat(web.get("/sheets/" + published).document().select("a[href=/sheets/" + published + "/export.xlsx]"))
			.hasSize(1);

		// staff read the draft; their download is in the audit log
		WebTestSupport viewer = new WebTestSupport(port);
		viewer.signIn(new TestUsers(accounts, organizations).viewer());
		HttpResponse<byte[]> staff = download("/sheets/" + draft + "/export.xlsx", viewer.session().cookie());
		assertThat(staff.statusCode()).isEqualTo(200);
		assertThat(SheetImporter.standard().parse(staff.body(), "draft.xlsx", TOYONAKA).sheet().department().name())
			.isEqualTo(department + "2");
		assertThat(jdbc.sql("select summary from audit_event where sheet_id = ? and kind = 'EXPORT'")
			.param(draft)
			.query(String.class)
			.list()).singleElement().asString().contains("Excel").contains(department + "2");
	}

	@Test
	void theDownloadedWorkbookUploadedAgainIsTheSameSheet() throws Exception {
		String department = WebTestSupport.unique("Excel取込部");
		TestUsers users = new TestUsers(accounts, organizations);
		UUID id = store.save(seedAs(department), List.of(), "seed.txt").id();
		WebTestSupport editor = new WebTestSupport(port);
		editor.signIn(users.editor(department));
		byte[] xlsx = download("/sheets/" + id + "/export.xlsx", editor.session().cookie()).body();

		// through the import page (the file name says nothing: the content is what counts)
		WebTestSupport.Response page = editor.post("/import",
				new Multipart().file("file", "download.bin", "application/octet-stream", xlsx));
		assertThat(page.status()).as(page.body()).isEqualTo(302);
		assertThat(page.location()).endsWith("/sheets/" + id);
		assertThat(editor.follow(page).document().selectFirst("[role=status]").text())
			.contains("前の版と内容が同じため、新しい版は作りませんでした（第1版）");

		// and through the API, by an administrator
		HttpResponse<String> api = http.send(HttpRequest.newBuilder(new Multipart().file("file", "sheet.xlsx",
				XlsxSheetWriter.CONTENT_TYPE, xlsx).post(URI.create("http://localhost:" + port + "/api/v1/sheets/import")),
				(n, v) -> true).header("Authorization", users.admin().basic()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).as(api.body()).isEqualTo(201);
		assertThat(json.readTree(api.body()).get("id").asString()).isEqualTo(id.toString());
		assertThat(json.readTree(api.body()).get("changed").asBoolean()).isFalse();
		assertThat(json.readTree(api.body()).get("report").get("fiscalYearSource").asString()).isEqualTo("DOCUMENT_HEADER");
		assertThat(store.versions(id)).hasSize(1);
	}

	@Test
	void aWorkbookThatIsNoSheetIsRefusedAndNothingIsStored() throws Exception {
		Map<String, Integer> before = counts();
		TestUsers users = new TestUsers(accounts, organizations);
		byte[] word = zip("[Content_Types].xml", "word/document.xml");
		byte[] whole = new XlsxSheetWriter().write(seedAs(WebTestSupport.unique("壊れ部")));
		byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);

		// a Word zip named .xlsx goes to the Word reader, which cannot read this broken one
		for (var file : Map.of(word, "TRUNCATED", cut, "TRUNCATED").entrySet()) {
			HttpResponse<String> api = http.send(HttpRequest.newBuilder(new Multipart().file("file", "x.xlsx",
					XlsxSheetWriter.CONTENT_TYPE, file.getKey()).post(URI.create("http://localhost:" + port + "/api/v1/sheets/import")),
					(n, v) -> true).header("Authorization", users.admin().basic()).build(), HttpResponse.BodyHandlers.ofString());
			assertThat(api.statusCode()).as(api.body()).isEqualTo(422);
			assertThat(json.readTree(api.body()).get("code").asString()).isEqualTo(file.getValue());
		}
		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		WebTestSupport.Response page = admin.post("/import",
				new Multipart().file("file", "x.xlsx", XlsxSheetWriter.CONTENT_TYPE, word));
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.document().text()).contains("Word 文書（.docx）を読めません");
		assertThat(counts()).isEqualTo(before);
	}

	private static byte[] zip(String... names) throws java.io.IOException {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
			for (String name : names) {
				zip.putNextEntry(new java.util.zip.ZipEntry(name));
				zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
				zip.closeEntry();
			}
		}
		return out.toByteArray();
	}

	private Map<String, Integer> counts() {
		return Map.of("goal_sheet", count("goal_sheet"), "sheet_version", count("sheet_version"), "department",
				count("department"));
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}
}
