package org.mokuhyo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.account.TestUsers.TestUser;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SavedSheet;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Who may use the API: reading is public; importing needs HTTP Basic as an administrator or as the editor of the
 * sheet's department; a browser's session cookie authenticates nothing here. Refusals are JSON errors.
 */
@IntegrationTest
class ApiAccessTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	org.mokuhyo.workflow.Workflows workflows;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	JsonMapper json;

	private TestUsers users;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	private HttpResponse<String> importAs(String department, String... headers) throws Exception {
		byte[] content = SeedFixture.text()
			.replace("部局\t市民協働部", "部局\t" + department)
			.getBytes(StandardCharsets.UTF_8);
		HttpRequest.Builder request = HttpRequest.newBuilder(
				new Multipart().file("file", "seed.txt", content).post(uri("/api/v1/sheets/import")), (n, v) -> true);
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private void assertError(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("detail").asString()).isNotBlank();
	}

	@Test
	void thePublicReadsButCannotImport() throws Exception {
		SavedSheet saved = store.save(SampleSheets.full(unique("API公開部"), 2024), List.of(), "a.txt");
		HttpResponse<String> draft = get("/api/v1/sheets/" + saved.id());
		assertThat(draft.statusCode()).as("a draft is not public").isEqualTo(404);
		org.mokuhyo.Publish.publish(workflows, saved.id());

		HttpResponse<String> sheet = get("/api/v1/sheets/" + saved.id());
		assertThat(sheet.statusCode()).isEqualTo(200);
		assertThat(sheet.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(sheet.headers().firstValue("Cache-Control")).hasValue("no-cache");
		String etag = sheet.headers().firstValue("ETag").orElseThrow();
		HttpResponse<String> notModified = http.send(HttpRequest.newBuilder(uri("/api/v1/sheets/" + saved.id()))
			.header("If-None-Match", etag).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(notModified.statusCode()).isEqualTo(304);
		assertThat(get("/api/v1/sheets").statusCode()).isEqualTo(200);

		String department = unique("API匿名部");
		HttpResponse<String> anonymous = importAs(department);
		assertError(anonymous, 401, "UNAUTHENTICATED");
		assertThat(anonymous.headers().firstValue("Set-Cookie")).isEmpty();
		assertError(importAs(department, "Authorization", new TestUser(0, "nobody", "wrong-password-1").basic()), 401,
				"UNAUTHENTICATED");
		assertThat(store.list(null, department)).isEmpty();
	}

	@Test
	void aViewerIsForbidden() throws Exception {
		String department = unique("API閲覧部");
		assertError(importAs(department, "Authorization", users.viewer().basic()), 403, "FORBIDDEN");
		assertThat(store.list(null, department)).isEmpty();
	}

	@Test
	void anEditorImportsTheirOwnDepartmentOnly() throws Exception {
		String own = unique("API担当部");
		String other = unique("API他部");
		users.editor(other);
		TestUser editor = users.editor(own);

		HttpResponse<String> created = importAs(own, "Authorization", editor.basic());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("Set-Cookie")).as("stateless").isEmpty();

		HttpResponse<String> refused = importAs(other, "Authorization", editor.basic());
		assertError(refused, 403, "FORBIDDEN");
		assertThat(json.readTree(refused.body()).get("detail").asString()).contains(other);
		assertThat(store.list(null, own)).hasSize(1);
		assertThat(store.list(null, other)).isEmpty();
	}

	@Test
	void aBrowserSessionDoesNotAuthenticateTheApi() throws Exception {
		WebTestSupport browser = new WebTestSupport(port);
		WebTestSupport.Session session = browser.signIn(users.admin());
		String department = unique("APIセッション部");

		HttpResponse<String> withCookie = importAs(department, "Cookie", session.cookie(), "X-CSRF-TOKEN",
				session.csrfToken());

		assertError(withCookie, 401, "UNAUTHENTICATED");
		assertThat(store.list(null, department)).isEmpty();
	}

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
