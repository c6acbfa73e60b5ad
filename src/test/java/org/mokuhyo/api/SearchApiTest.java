package org.mokuhyo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.search.SearchIndex;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code GET /api/v1/search}: the public's hits as JSON (sheet, department, year, goal, matched field, snippet with
 * the ranges of the words), the facets, and the API's errors for what cannot be searched.
 */
@IntegrationTest
class SearchApiTest {

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	SearchIndex index;

	@Autowired
	JsonMapper json;

	private HttpResponse<String> get(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	@Test
	void hitsAsJson() throws Exception {
		String department = "API検索部-" + UUID.randomUUID().toString().substring(0, 8);
		UUID sheet = Publish.publish(workflows, store.save(SampleSheets.full(department, 2024), List.of(), "a.txt").id());
		UUID draft = store.save(SampleSheets.full(department, 2023), List.of(), "d.txt").id();
		index.awaitReady();

		HttpResponse<String> response = get("/api/v1/search?q=" + encode("助成金") + "&department=" + encode(department));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("query").asString()).isEqualTo("助成金");
		assertThat(body.get("total").asInt()).isEqualTo(1);
		assertThat(body.get("pageSize").asInt()).isEqualTo(20);
		JsonNode item = body.get("items").get(0);
		assertThat(item.get("sheetId").asString()).isEqualTo(sheet.toString());
		assertThat(item.get("department").asString()).isEqualTo(department);
		assertThat(item.get("fiscalYear").asInt()).isEqualTo(2024);
		assertThat(item.get("kind").asString()).isEqualTo("ANNUAL_GOAL");
		assertThat(item.get("goalNumber").asInt()).isEqualTo(1);
		assertThat(item.get("goalTitle").asString()).isEqualTo("市民協働の推進");
		assertThat(item.get("field").asString()).isEqualTo("ACTION");
		assertThat(item.get("fieldLabel").asString()).isEqualTo("取組み内容");
		String snippet = item.get("snippet").asString();
		assertThat(snippet).isEqualTo("市民公益活動推進助成金(夢基金)の活用");
		JsonNode range = item.get("highlights").get(0);
		assertThat(snippet.substring(range.get(0).asInt(), range.get(1).asInt())).isEqualTo("助成金");
		assertThat(item.get("url").asString()).isEqualTo("/sheets/" + sheet + "#goal-1");
		assertThat(body.get("facets").get("year").get(0).get("value").asString()).isEqualTo("2024");
		assertThat(body.get("facets").get("year").get(0).get("count").asInt()).isEqualTo(1);
		// the department chosen, among the others that have 助成金 (counted without the department's own filter)
		assertThat(body.get("facets").get("department").valueStream()
			.filter(value -> value.get("value").asString().equals(department))
			.map(value -> value.get("selected").asBoolean())).containsExactly(true);
		assertThat(response.body()).doesNotContain(draft.toString());

		JsonNode otherYear = json.readTree(get("/api/v1/search?q=" + encode("助成金") + "&department=" + encode(department)
				+ "&year=2023").body());
		assertThat(otherYear.get("total").asInt()).isZero();
	}

	@Test
	void whatCannotBeSearchedIsA400WithItsCode() throws Exception {
		assertError(get("/api/v1/search"), "EMPTY_QUERY");
		assertError(get("/api/v1/search?q="), "EMPTY_QUERY");
		assertError(get("/api/v1/search?q=" + encode("　")), "EMPTY_QUERY");
		assertError(get("/api/v1/search?q=" + "a".repeat(201)), "QUERY_TOO_LONG");
		assertError(get("/api/v1/search?q=x&page=0"), "INVALID_PAGE");
		assertError(get("/api/v1/search?q=x&page=two"), "INVALID_PAGE");
		assertError(get("/api/v1/search?q=x&year=24"), "INVALID_PARAMETER");
		assertError(get("/api/v1/search?q=x&policy=abc"), "INVALID_PARAMETER");
	}

	private void assertError(HttpResponse<String> response, String code) {
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode body = json.readTree(response.body());
		assertThat(body.get("code").asString()).isEqualTo(code);
		assertThat(body.get("detail").asString()).isNotBlank();
	}
}
