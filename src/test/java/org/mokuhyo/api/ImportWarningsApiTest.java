package org.mokuhyo.api;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.importer.ApiUploads;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The structural self-check's warnings in the JSON: in the import's report and, for staff, at
 * {@code /api/v1/sheets/{id}/warnings}, each with its source line and column; the public is not told.
 */
@IntegrationTest
class ImportWarningsApiTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JsonMapper json;

	@Autowired
	org.mokuhyo.sheet.SheetStore store;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void numberingOutOfSequenceIsInTheReportAndInTheSheetsWarnings() throws Exception {
		String basic = new TestUsers(accounts, organizations).admin().basic();
		String department = WebTestSupport.unique("自己点検部");
		String text = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department)
			.replace("(5) 労働や消費等", "(3) 労働や消費等");
		HttpResponse<String> created = ApiUploads.sheet(port, basic, text, java.util.Map.of());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode reported = json.readTree(created.body()).get("report").get("warnings");
		assertThat(reported).hasSize(1);
		assertNumbering(reported.get(0));

		String id = json.readTree(created.body()).get("id").asString();
		HttpResponse<String> listed = http.send(HttpRequest.newBuilder(uri("/api/v1/sheets/" + id + "/warnings"))
			.header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString());
		assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
		JsonNode body = json.readTree(listed.body());
		assertThat(body.get("sheetId").asString()).isEqualTo(id);
		assertThat(body.get("version").asInt()).isEqualTo(1);
		assertThat(body.get("warnings")).hasSize(1);
		assertNumbering(body.get("warnings").get(0));

		HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(uri("/api/v1/sheets/" + id + "/warnings")).build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(anonymous.statusCode()).isEqualTo(401);
	}

	/** A script in a cell is not read as the sheet's text, and the person importing is told where it was. */
	@Test
	void aScriptInACellIsLeftOutAndSaidWhere() throws Exception {
		String basic = new TestUsers(accounts, organizations).admin().basic();
		String department = WebTestSupport.unique("台本部");
		String text = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + department)
			.replace("(5) 労働や消費等", "(5) 労働や消費等<script>alert('x')</script>");
		HttpResponse<String> created = ApiUploads.sheet(port, basic, text, java.util.Map.of());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		JsonNode reported = json.readTree(created.body()).get("report").get("warnings");
		assertThat(reported).hasSize(1);
		JsonNode note = reported.get(0);
		assertThat(note.get("code").asString()).isEqualTo("SOURCE_NOTE");
		assertThat(note.get("line").asInt()).isEqualTo(36);
		assertThat(note.get("column").asInt()).isEqualTo(2);
		assertThat(note.get("message").asString()).contains("<script>");
		String stored = json.writeValueAsString(store.find("豊中市", department, 2024).orElseThrow());
		assertThat(stored).contains("労働や消費等").doesNotContain("alert");
	}

	private static void assertNumbering(JsonNode warning) {
		assertThat(warning.get("code").asString()).isEqualTo("NUMBERING");
		assertThat(warning.get("line").asInt()).isEqualTo(36);
		assertThat(warning.get("column").asInt()).isEqualTo(2);
		assertThat(warning.get("text").asString()).isEqualTo("(3)");
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
