package org.mokuhyo.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.Multipart;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@IntegrationTest
class SheetApiTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	org.mokuhyo.workflow.Workflows workflows;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	/** Imports are an administrator's (or a department editor's, see AccessTest). */
	private String admin;

	@BeforeEach
	void signIn() {
		admin = new TestUsers(accounts, organizations).admin().basic();
	}

	@Autowired
	SheetStore store;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Test
	void servesAStoredSheetAsItsOpenDataJson() throws Exception {
		SavedSheet saved = store.save(SampleSheets.full("API取得テスト部", 2024), List.of(), "api.txt");
		org.mokuhyo.Publish.publish(workflows, saved.id());

		HttpResponse<String> response = get("/api/v1/sheets/" + saved.id());

		assertEquals(200, response.statusCode());
		assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
		assertEquals(store.find(saved.id()).orElseThrow(), json.readValue(response.body(), SheetData.class));
	}

	@Test
	void listsSheetsFilteredByYearAndDepartment() throws Exception {
		SavedSheet saved = store.save(SampleSheets.full("API一覧テスト部", 2024), List.of(), null);
		SavedSheet older = store.save(SampleSheets.full("API一覧テスト部", 2023), List.of(), null);
		SavedSheet draft = store.save(SampleSheets.full("API一覧テスト部", 2022), List.of(), null);
		org.mokuhyo.Publish.publish(workflows, saved.id());
		org.mokuhyo.Publish.publish(workflows, older.id());

		HttpResponse<String> response = get("/api/v1/sheets?fiscalYear=2024&department="
				+ URLEncoder.encode("API一覧テスト部", StandardCharsets.UTF_8));

		assertEquals(200, response.statusCode());
		Map<?, ?> body = json.readValue(response.body(), Map.class);
		assertEquals(1, body.get("total"));
		Map<?, ?> item = (Map<?, ?>) ((List<?>) body.get("items")).get(0);
		assertEquals(saved.id().toString(), item.get("id"));
		assertEquals("API一覧テスト部", item.get("department"));
		assertEquals("令和6年度", item.get("fiscalYearLabel"));
		assertEquals(2, ((Map<?, ?>) json.readValue(get("/api/v1/sheets?department="
				+ URLEncoder.encode("API一覧テスト部", StandardCharsets.UTF_8)).body(), Map.class)).get("total"),
				"the public lists the published sheets, not the draft " + draft.id());
	}

	@Test
	void unknownOrMalformedIdsAreNotFound() throws Exception {
		assertError(get("/api/v1/sheets/" + UUID.randomUUID()), 404, "NOT_FOUND");
		assertError(get("/api/v1/sheets/not-a-sheet-id"), 404, "NOT_FOUND");
		// an address the API does not have: for a signed-in caller, 404; the public is asked to sign in first
		assertError(http.send(HttpRequest.newBuilder(uri("/api/v1/no-such-thing")).header("Authorization", admin).build(),
				HttpResponse.BodyHandlers.ofString()), 404, "NOT_FOUND");
		assertError(get("/api/v1/no-such-thing"), 401, "UNAUTHENTICATED");
	}

	@Test
	void badFiscalYearParametersAreRefused() throws Exception {
		assertError(get("/api/v1/sheets?fiscalYear=R6"), 400, "INVALID_PARAMETER");
		assertError(get("/api/v1/sheets?fiscalYear=99999"), 400, "INVALID_PARAMETER");
		assertError(upload(file("a.txt", "部局\t市民協働部".getBytes(StandardCharsets.UTF_8)), "fiscalYear", "二〇二四"),
				400, "INVALID_PARAMETER");
	}

	@Test
	void anImportWithoutAFileIsRefused() throws Exception {
		assertError(upload(null, "fiscalYear", "2024"), 400, "MISSING_FILE");
		HttpResponse<String> notMultipart = http.send(HttpRequest.newBuilder(uri("/api/v1/sheets/import"))
				.header("Content-Type", "application/json").header("Authorization", admin).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertError(notMultipart, 400, "MISSING_FILE");
	}

	@Test
	void anEmptyFileIsRefused() throws Exception {
		assertError(upload(file("empty.txt", new byte[0])), 422, "EMPTY");
	}

	@Test
	void aRejectedImportStoresNothing() throws Exception {
		int sheets = count("goal_sheet");
		int departments = count("department");

		HttpResponse<String> response = upload(file("memo.txt", "買い物メモ: 牛乳、卵".getBytes(StandardCharsets.UTF_8)));

		assertEquals(422, response.statusCode());
		Map<?, ?> error = json.readValue(response.body(), Map.class);
		assertEquals("NOT_A_SHEET", error.get("code"));
		assertTrue(((String) error.get("detail")).length() > 0);
		assertEquals(sheets, count("goal_sheet"));
		assertEquals(departments, count("department"));
	}

	@Test
	void anUploadOverTheSizeLimitIsRefused() throws Exception {
		assertError(upload(file("huge.txt", new byte[21 * 1024 * 1024])), 413, "TOO_LARGE");
	}

	private void assertError(HttpResponse<String> response, int status, String code) {
		assertEquals(status, response.statusCode(), response.body());
		assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
		Map<?, ?> body = json.readValue(response.body(), Map.class);
		assertEquals(code, body.get("code"));
		assertTrue(body.get("detail") instanceof String message && !message.isBlank());
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/** POSTs a multipart import: the given file part (may be none) and form fields as name, value pairs. */
	private HttpResponse<String> upload(Multipart filePart, String... fields) throws Exception {
		Multipart form = filePart == null ? new Multipart() : filePart;
		for (int i = 0; i < fields.length; i += 2) {
			form.field(fields[i], fields[i + 1]);
		}
		return http.send(HttpRequest.newBuilder(form.post(uri("/api/v1/sheets/import")), (name, value) -> true)
				.header("Authorization", admin).build(), HttpResponse.BodyHandlers.ofString());
	}

	private static Multipart file(String name, byte[] content) {
		return new Multipart().file("file", name, content);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}
}
