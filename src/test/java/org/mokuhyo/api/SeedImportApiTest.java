package org.mokuhyo.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.BeforeEach;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.Multipart;
import org.mokuhyo.importer.ImportOptions;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.importer.SheetImporter;
import org.mokuhyo.sheet.SheetData;
import org.mokuhyo.sheet.SheetSchema;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published sheet imported through the API, read back as open data, re-imported, and bad files refused without
 * a trace in the database.
 */
@IntegrationTest
class SeedImportApiTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

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
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	/** The seed as another department's sheet, so tests sharing the database do not meet. */
	private static byte[] seedAs(String department) {
		return SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department).getBytes(StandardCharsets.UTF_8);
	}

	@Test
	void importReadBackAndReimport() throws Exception {
		String department = "API取込部" + UUID.randomUUID().toString().substring(0, 8);
		HttpResponse<String> created = upload(seedAs(department), "seed.txt");
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode body = json.readTree(created.body());
		String id = body.get("id").asString();
		assertThat(created.headers().firstValue("Location").orElseThrow()).endsWith("/api/v1/sheets/" + id);
		assertThat(body.get("url").asString()).isEqualTo("/sheets/" + id);
		JsonNode report = body.get("report");
		assertThat(report.get("goals").asInt()).isEqualTo(5);
		assertThat(report.get("actions").asInt()).isEqualTo(44);
		assertThat(report.get("midTermGoals").asInt()).isEqualTo(7);
		assertThat(report.get("fiscalYear").asInt()).isEqualTo(2024);
		assertThat(report.get("fiscalYearSource").asString()).isEqualTo("MID_TERM_SCHEDULE");

		HttpResponse<String> read = get("/api/v1/sheets/" + id, null);
		assertThat(read.statusCode()).isEqualTo(200);
		JsonNode sheet = json.readTree(read.body());
		assertThat(SheetSchema.violations(sheet)).isEmpty();
		assertThat(sheet.get("municipality").asString()).isEqualTo("豊中市");
		assertThat(sheet.get("municipalityCode").asString()).isEqualTo("272035");
		assertThat(sheet.get("version").asInt()).isEqualTo(1);
		assertThat(sheet.get("annualGoals").get(0).get("id").asString()).isNotBlank();
		SheetData parsed = SheetImporter.standard()
			.parse(seedAs(department), "seed.txt", new ImportOptions(null, "豊中市", "272035"))
			.sheet();
		assertThat(withoutIds(json.readValue(read.body(), SheetData.class))).isEqualTo(withoutIds(parsed));

		// the same file again: the same sheet, no new version
		HttpResponse<String> again = upload(seedAs(department), "seed.txt");
		assertThat(json.readTree(again.body()).get("id").asString()).isEqualTo(id);
		assertThat(json.readTree(again.body()).get("changed").asBoolean()).isFalse();
		assertThat(versions(id)).isEqualTo(1);

		// an edited file: the same sheet, version 2, the first kept; the reader sees the new content at once
		String etag = read.headers().firstValue("ETag").orElseThrow();
		assertThat(get("/api/v1/sheets/" + id, etag).statusCode()).isEqualTo(304);
		byte[] edited = new String(seedAs(department), StandardCharsets.UTF_8).replace("市民協働の推進</p>", "市民協働の更なる推進</p>")
			.getBytes(StandardCharsets.UTF_8);
		HttpResponse<String> replaced = upload(edited, "seed.txt");
		assertThat(json.readTree(replaced.body()).get("version").asInt()).isEqualTo(2);
		assertThat(json.readTree(replaced.body()).get("replaced").asBoolean()).isTrue();
		assertThat(versions(id)).isEqualTo(2);
		assertThat(get("/api/v1/sheets/" + id, etag).statusCode()).isEqualTo(200);
		JsonNode now = json.readTree(get("/api/v1/sheets/" + id, null).body());
		assertThat(now.get("annualGoals").get(0).get("title").asString()).isEqualTo("市民協働の更なる推進");
		assertThat(now.get("annualGoals").get(0).get("id").asString())
			.as("goal ids survive a re-import").isEqualTo(sheet.get("annualGoals").get(0).get("id").asString());
		HttpResponse<String> list = get("/api/v1/sheets?fiscalYear=2024&department=" + java.net.URLEncoder.encode(department, StandardCharsets.UTF_8), null);
		assertThat(json.readTree(list.body()).get("total").asInt()).isEqualTo(1);
	}

	@Test
	void badFilesAreRefusedWithTheirCodeAndLeaveNoTrace() throws Exception {
		Map<String, Integer> before = counts();
		String seed = SeedFixture.text();
		assertRefused(new byte[0], 422, "EMPTY");
		assertRefused(new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R' }, 422, "BINARY");
		assertRefused("令和6年度の予算について\n説明会を開催します。\n".getBytes(StandardCharsets.UTF_8), 422, "NOT_A_SHEET");
		assertRefused(seed.substring(0, seed.indexOf("①新たな地域自治組織")).getBytes(StandardCharsets.UTF_8), 422, "TRUNCATED");
		assertRefused("Résumé\tNuméro\nÉté\tCafé\n".getBytes(Charset.forName("ISO-8859-1")), 422, "ENCODING");
		byte[] big = new byte[10 * 1024 * 1024 + 1];
		java.util.Arrays.fill(big, (byte) 'a');
		assertRefused(big, 413, "TOO_LARGE");
		assertThat(counts()).isEqualTo(before);
	}

	private void assertRefused(byte[] content, int status, String code) throws Exception {
		HttpResponse<String> response = upload(content, "bad.txt");
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		JsonNode error = json.readTree(response.body());
		assertThat(error.get("code").asString()).isEqualTo(code);
		assertThat(error.get("detail").asString()).isNotBlank();
	}

	private Map<String, Integer> counts() {
		return Map.of("goal_sheet", count("goal_sheet"), "action", count("action"), "sheet_version",
				count("sheet_version"), "plan_node", count("plan_node"), "department", count("department"));
	}

	private int count(String table) {
		return jdbc.sql("select count(*) from " + table).query(Integer.class).single();
	}

	private int versions(String id) {
		return jdbc.sql("select count(*) from sheet_version where sheet_id = ?").param(UUID.fromString(id))
			.query(Integer.class).single();
	}

	private SheetData withoutIds(SheetData sheet) {
		String text = json.writeValueAsString(sheet).replaceAll("\"id\":\"[0-9a-f-]{36}\"", "\"id\":null")
			.replaceAll("\"version\":[0-9]+", "\"version\":null");
		return json.readValue(text, SheetData.class);
	}

	private HttpResponse<String> upload(byte[] content, String fileName) throws Exception {
		// published: the city's archive, read back below as the public reads it
		HttpRequest post = HttpRequest.newBuilder(new Multipart().file("file", fileName, content).field("published", "true")
				.post(uri("/api/v1/sheets/import")),
				(name, value) -> true).header("Authorization", admin).build();
		return http.send(post,
				HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> get(String path, String ifNoneMatch) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
