package org.mokuhyo.importer;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A target of a thousand digits (issue 13: it imported, and then no page of the sheet and no later import of it could
 * read its stored version) stays text: the sheet imports, its JSON and page read, and it imports again.
 */
@IntegrationTest
class PoisonedSheetTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void aThousandDigitTargetDoesNotPoisonTheSheet() throws Exception {
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("桁数部");
		String huge = "1".repeat(1001);
		String text = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department)
			.replace("出前講座等参加者数4,000人", "出前講座等参加者数" + huge + "人");
		assertThat(text).contains(huge);
		HttpResponse<String> created = upload(users.admin().basic(), text);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		String id = json.readTree(created.body()).get("id").asString();

		HttpResponse<String> sheet = http.send(HttpRequest.newBuilder(uri("/api/v1/sheets/" + id))
			.header("Authorization", users.admin().basic()).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(sheet.statusCode()).isEqualTo(200);
		assertThat(sheet.body()).contains(huge);
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(users.admin());
		assertThat(web.get("/sheets/" + id).status()).isEqualTo(200);
		assertThat(web.get("/sheets/" + id + "/versions").status()).isEqualTo(200);
		HttpResponse<String> again = upload(users.admin().basic(), text.replace("市民協働の推進</p>", "市民協働の更なる推進</p>"));
		assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
	}

	private HttpResponse<String> upload(String basic, String text) throws Exception {
		return ApiUploads.sheet(port, basic, text, java.util.Map.of());
	}


	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
