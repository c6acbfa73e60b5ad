package org.mokuhyo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Multipart;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An API token's life, through HTTP as an administrator and another system would live it: issued at
 * {@code /admin/tokens} (shown once, stored only as its SHA-256), used to report progress for its department, refused
 * for another department and for what its scope does not name, its last use on the list, revoked there, and then
 * refused with 401. Issue and revocation are in the audit log.
 */
@IntegrationTest
class ApiTokenTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Test
	void issuedAtTheAdminPageUsedForItsDepartmentOnlyThenRevoked() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("トークン部");
		String other = WebTestSupport.unique("トークン他部");
		users.editor(department, other); // creates both departments
		UUID own = store.save(SampleSheets.full(department, 2024), List.of(), "t.txt").id();
		UUID foreign = store.save(SampleSheets.full(other, 2024), List.of(), "o.txt").id();
		long departmentId = organizations.findDepartment(TestUsers.MUNICIPALITY, department).orElseThrow().id();
		String name = WebTestSupport.unique("進捗集計システム");

		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		assertThat(admin.get("/admin/tokens").body()).contains(department);
		WebTestSupport.Response issued = admin.postUrlEncoded("/admin/tokens",
				"name=" + WebTestSupport.encode(name) + "&departments=" + departmentId + "&scopes=PROGRESS");
		assertThat(issued.status()).as(issued.body()).isEqualTo(200);
		String secret = issued.document().selectFirst("#issued-secret").val();
		assertThat(secret).matches("mkh_[A-Za-z0-9_-]{43}");

		// only the hash is stored: no column holds the secret or its random part
		var row = jdbc.sql("select id, secret_hash, prefix, row_to_json(t)::text from api_token t where name = ?")
			.param(name)
			.query((rs, n) -> new Object[] { rs.getLong(1), rs.getBytes(2), rs.getString(3), rs.getString(4) })
			.single();
		long tokenId = (Long) row[0];
		assertThat((byte[]) row[1])
			.isEqualTo(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		assertThat((String) row[2]).isEqualTo(secret.substring(0, 8));
		assertThat((String) row[3]).doesNotContain(secret.substring(8)).doesNotContain(secret.substring(8, 20));
		assertThat(admin.get("/admin/tokens").document().selectFirst("#token-" + tokenId + " .last-used").text())
			.isEqualTo("未使用");
		assertThat(admin.get("/admin/tokens").body()).as("shown once").doesNotContain(secret);

		ApiClient api = new ApiClient(port, json);
		String auth = ApiClient.bearer(secret);
		String progress = "/api/v1/municipalities/272035/sheets/" + own + "/progress/1";
		HttpResponse<String> read = api.get(progress, "Authorization", auth);
		assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
		JsonNode action = null;
		for (JsonNode a : api.body(read).get("actions")) {
			if (a.get("targets").size() > 0) {
				action = a;
				break;
			}
		}
		assertThat(action).isNotNull();
		String actionId = action.get("actionId").asString();
		String update = "{\"updates\":[{\"actionId\":\"" + actionId + "\",\"status\":\"ON_TRACK\",\"comment\":\"API から\","
				+ "\"actuals\":[{\"subItem\":-1,\"position\":0,\"value\":\"１，２００\"}],\"baseVersion\":null}]}";
		HttpResponse<String> saved = api.postJson(progress, update, "Authorization", auth);
		assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
		JsonNode savedAction = find(api.body(saved), actionId);
		assertThat(savedAction.get("status").asString()).isEqualTo("ON_TRACK");
		assertThat(savedAction.get("version").asInt()).isEqualTo(1);
		assertThat(savedAction.get("targets").get(0).get("actual").decimalValue()).isEqualByComparingTo("1200");
		assertThat(jdbc.sql("select updated_by_name from action_progress where action_id = ? and quarter = 1")
			.param(UUID.fromString(actionId))
			.query(String.class)
			.single()).contains(name);

		// the same update again names no version while one is saved: someone else's save came first
		api.assertProblem(api.postJson(progress, update, "Authorization", auth), 409, "CONFLICT");
		// a wrong row: nothing written, a message per row
		JsonNode invalid = api.assertProblem(api.postJson(progress,
				update.replace("ON_TRACK", "SOMEHOW").replace("null}", "1}"), "Authorization", auth), 422, "INVALID");
		assertThat(invalid.get("errors").size()).isEqualTo(1);
		assertThat(jdbc.sql("select status from action_progress where action_id = ? and quarter = 1")
			.param(UUID.fromString(actionId))
			.query(String.class)
			.single()).isEqualTo("ON_TRACK");

		// another department's sheet, a step, an import: not what this token is for
		api.assertProblem(api.postJson("/api/v1/municipalities/272035/sheets/" + foreign + "/progress/1",
				update.replace(actionId, UUID.randomUUID().toString()), "Authorization", auth), 403, "FORBIDDEN");
		api.assertProblem(api.get("/api/v1/sheets/" + own + "/workflow", "Authorization", auth), 403, "FORBIDDEN");
		HttpResponse<String> importRefused = new ApiClient(port, json).send("POST", "/api/v1/sheets/import",
				null, "Authorization", auth);
		api.assertProblem(importRefused, 403, "FORBIDDEN");
		// reads with a token are the public's: no drafts
		api.assertProblem(api.get("/api/v1/sheets/" + own, "Authorization", auth), 404, "NOT_FOUND");

		assertThat(admin.get("/admin/tokens").document().selectFirst("#token-" + tokenId + " .last-used").text())
			.isNotEqualTo("未使用");
		assertThat(jdbc.sql("select last_used_at is not null from api_token where id = ?")
			.param(tokenId)
			.query(Boolean.class)
			.single()).isTrue();

		WebTestSupport.Response revoked = admin.postUrlEncoded("/admin/tokens/" + tokenId + "/revoke", "");
		assertThat(revoked.status()).isEqualTo(302);
		assertThat(admin.follow(revoked).body()).contains("失効させました");
		HttpResponse<String> refused = api.get(progress, "Authorization", auth);
		api.assertProblem(refused, 401, "INVALID_TOKEN");
		assertThat(refused.headers().firstValue("WWW-Authenticate").orElse("")).startsWith("Bearer");
		api.assertProblem(api.get(progress, "Authorization", ApiClient.bearer("mkh_" + "A".repeat(43))), 401,
				"INVALID_TOKEN");
		assertThat(admin.postUrlEncoded("/admin/tokens/" + Long.MAX_VALUE + "/revoke", "").status()).isEqualTo(404);

		assertThat(jdbc.sql("select summary from audit_event where kind = 'TOKEN' and summary like ? order by id")
			.param("%" + name + "%")
			.query(String.class)
			.list()).satisfiesExactly(s -> assertThat(s).startsWith("発行").contains(department).contains("進行管理の更新"),
					s -> assertThat(s).startsWith("失効"));
	}

	@Test
	void aTokenImportsForItsDepartmentOnlyAndNeverAsPublished() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("取込トークン部");
		String other = WebTestSupport.unique("取込他部");
		users.editor(department, other);
		long departmentId = organizations.findDepartment(TestUsers.MUNICIPALITY, department).orElseThrow().id();
		WebTestSupport admin = new WebTestSupport(port);
		admin.signIn(users.admin());
		WebTestSupport.Response refusedForm = admin.postUrlEncoded("/admin/tokens", "name=&departments=" + departmentId);
		assertThat(refusedForm.status()).isEqualTo(400);
		assertThat(refusedForm.document().selectFirst("#form-error").text()).contains("名前");
		String secret = admin.postUrlEncoded("/admin/tokens",
				"name=import&departments=" + departmentId + "&scopes=IMPORT").document().selectFirst("#issued-secret").val();

		ApiClient api = new ApiClient(port, json);
		assertThat(importAs(api, secret, department, false).statusCode()).isEqualTo(201);
		assertThat(store.list(null, department)).hasSize(1);
		api.assertProblem(importAs(api, secret, other, false), 403, "FORBIDDEN");
		api.assertProblem(importAs(api, secret, department, true), 403, "FORBIDDEN");
		assertThat(store.list(null, other)).isEmpty();
		// a token for imports does not report progress
		UUID sheet = store.list(null, department).get(0).id();
		api.assertProblem(api.get("/api/v1/municipalities/272035/sheets/" + sheet + "/progress/1", "Authorization",
				ApiClient.bearer(secret)), 403, "FORBIDDEN");
	}

	private HttpResponse<String> importAs(ApiClient api, String secret, String department, boolean published)
			throws Exception {
		byte[] content = SeedFixture.text()
			.replace("部局\t市民協働部", "部局\t" + department)
			.getBytes(StandardCharsets.UTF_8);
		Multipart form = new Multipart().file("file", "seed.txt", content);
		var request = java.net.http.HttpRequest
			.newBuilder(form.post(java.net.URI.create("http://localhost:" + port + "/api/v1/sheets/import"
					+ (published ? "?published=true" : ""))), (n, v) -> true)
			.header("Authorization", ApiClient.bearer(secret))
			.build();
		return java.net.http.HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private static JsonNode find(JsonNode progress, String actionId) {
		for (JsonNode a : progress.get("actions")) {
			if (a.get("actionId").asString().equals(actionId)) {
				return a;
			}
		}
		throw new AssertionError("no action " + actionId);
	}
}
