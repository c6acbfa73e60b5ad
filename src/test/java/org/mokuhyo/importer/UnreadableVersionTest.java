package org.mokuhyo.importer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.Change;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.sheet.SheetVersion;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A sheet whose current version was stored unreadable (by an older release, or by hand: here a target value of 1,200
 * digits, over Jackson's number-length constraint, written straight into the table) is no dead end: its pages say so
 * with the ways back, the API answers a problem, the versions list still lists and restores the earlier version, and
 * a new import asks for confirmation and then replaces it.
 */
@IntegrationTest
class UnreadableVersionTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JsonMapper json;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	SheetStore store;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void anUnreadableCurrentVersionLeavesTheWaysBackOpen() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("読めない部");
		String text = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);
		UUID id = importSheet(users, text, Map.of(), 201);
		importSheet(users, text.replace("市民協働の推進</p>", "市民協働の更なる推進</p>"), Map.of(), 201);
		breakVersion(id, 2);

		WebTestSupport web = new WebTestSupport(port);
		web.signIn(users.admin());
		for (String page : List.of("", "/versions/2", "/compare", "/edit", "/workflow", "/progress", "/dashboard",
				"/export.xlsx", "/export.pdf")) {
			WebTestSupport.Response response = web.get("/sheets/" + id + page);
			assertThat(response.status()).as(page).isIn(409);
			Document doc = response.document();
			assertThat(doc.select("h1").text()).as(page).isEqualTo("シートの保存内容を読み込めません");
			assertThat(doc.select("ul.recovery a").eachAttr("href")).as(page)
				.containsExactly("/sheets/" + id + "/versions", "/");
		}
		HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/api/v1/sheets/" + id))
			.header("Authorization", users.admin().basic()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(409);
		assertThat(json.readTree(api.body()).get("code").asString()).isEqualTo("VERSION_UNREADABLE");
		assertThat(api.body()).doesNotContain("Exception");

		WebTestSupport.Response versions = web.get("/sheets/" + id + "/versions");
		assertThat(versions.status()).isEqualTo(200);
		Document list = versions.document();
		assertThat(list.select("[role=alert]").text()).contains("第2版", "VERSION_UNREADABLE");
		assertThat(list.select("#version-1")).hasSize(1);
		assertThat(list.select("#version-2")).hasSize(1);
		assertThat(web.get("/sheets/" + id + "/versions/1").status()).isEqualTo(200);
		WebTestSupport.Response restored = web.postUrlEncoded("/sheets/" + id + "/versions/1/restore",
				"baseVersion=2");
		assertThat(restored.status()).as(restored.body()).isEqualTo(302);
		assertThat(web.follow(restored).status()).isEqualTo(200);
		List<SheetVersion> saved = store.versions(id);
		assertThat(saved).hasSize(3);
		assertThat(saved.get(2).reason()).isEqualTo(Change.RESTORE);
	}

	@Test
	void aNewImportOverAnUnreadableVersionAsksForConfirmationThenReplacesIt() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("読めない部");
		String text = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);
		UUID id = importSheet(users, text, Map.of(), 201);
		breakVersion(id, 1);

		HttpResponse<String> refused = ApiUploads.sheet(port, users.admin().basic(), text, Map.of());
		assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
		assertThat(json.readTree(refused.body()).get("code").asString()).isEqualTo("CURRENT_UNREADABLE");
		assertThat(store.versions(id)).hasSize(1);
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(users.admin());
		byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
		WebTestSupport.Response form = web.post("/import",
				new org.mokuhyo.Multipart().file("file", "seed.txt", "text/plain", bytes).field("fiscalYear", "2024"));
		assertThat(form.status()).isEqualTo(409);
		assertThat(form.document().select("#import-error[role=alert]").text()).contains("読み込めない",
				"内容が減っても置き換える");
		assertThat(form.document().select("input#import-replace[name=replace]")).as("offered after the refusal").hasSize(1);
		assertThat(store.versions(id)).hasSize(1);

		assertThat(importSheet(users, text, Map.of("replace", "true"), 201)).isEqualTo(id);
		assertThat(store.versions(id)).hasSize(2);
		assertThat(store.find(id)).isPresent();
		assertThat(web.get("/sheets/" + id).status()).isEqualTo(200);
	}

	@Test
	void thePublicIsToldWithoutTheStaffsWaysBack() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("読めない部");
		String text = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department);
		UUID id = importSheet(users, text, Map.of("published", "true"), 201);
		breakVersion(id, 1);

		WebTestSupport.Response page = new WebTestSupport(port).get("/sheets/" + id);
		assertThat(page.status()).isEqualTo(409);
		assertThat(page.document().select("h1").text()).isEqualTo("シートの保存内容を読み込めません");
		assertThat(page.document().select("ul.recovery")).isEmpty();
		assertThat(page.document().select("main p").text()).contains("担当部局にお問い合わせください")
			.doesNotContain("取り込み直して");
		HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri("/api/v1/sheets/" + id)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(api.statusCode()).isEqualTo(409);
		assertThat(json.readTree(api.body()).get("code").asString()).isEqualTo("VERSION_UNREADABLE");
	}

	/** The version's snapshot with its first target value made 1,200 digits long: valid JSON no reader accepts. */
	private void breakVersion(UUID id, int version) {
		String snapshot = jdbc.sql("select snapshot::text from sheet_version where sheet_id = ? and version = ?")
			.params(id, version)
			.query(String.class)
			.single();
		String broken = snapshot.replaceFirst("\"value\"\\s*:\\s*[0-9.]+", "\"value\":" + "9".repeat(1200));
		assertThat(broken).isNotEqualTo(snapshot);
		jdbc.sql("update sheet_version set snapshot = cast(? as json) where sheet_id = ? and version = ?")
			.params(broken, id, version)
			.update();
	}

	private UUID importSheet(TestUsers users, String text, Map<String, String> fields, int status) throws Exception {
		HttpResponse<String> response = ApiUploads.sheet(port, users.admin().basic(), text, fields);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		return UUID.fromString(json.readTree(response.body()).get("id").asString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
