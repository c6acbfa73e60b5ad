package org.mokuhyo.platform;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A NUL character in a parameter is a 400 everywhere (issue 13: a 500 wherever it reached a query): the error page for
 * pages, the RFC 9457 problem for the API; a form posted with one too.
 */
@IntegrationTest
class NulParameterTest {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void pagesAndTheApiRefuseANulWithA400() throws Exception {
		for (String path : List.of("/?municipality=%00", "/?department=a%00b", "/browse?municipality=%00",
				"/dashboard?municipality=%00", "/compare-years?municipality=%00", "/open-data?municipality=%00",
				"/browse/plan?municipality=%00&fiscalYear=2024", "/open-data/2024/goals.csv?municipality=%00")) {
			HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri(path)).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(page.statusCode()).as(path).isEqualTo(400);
			assertThat(page.headers().firstValue("Content-Type").orElse("")).as(path).startsWith("text/html");
		}
		for (String path : List.of("/api/v1/sheets?department=%00", "/api/v1/search?q=%00",
				"/api/v1/municipalities/272035/sheets?department=%00")) {
			HttpResponse<String> api = http.send(HttpRequest.newBuilder(uri(path)).build(),
					HttpResponse.BodyHandlers.ofString());
			assertThat(api.statusCode()).as(path).isEqualTo(400);
			assertThat(api.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
			JsonNode problem = json.readTree(api.body());
			assertThat(problem.get("code").asString()).isEqualTo("INVALID_PARAMETER");
			assertThat(problem.get("status").asInt()).isEqualTo(400);
		}
		HttpResponse<String> form = http.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=a%00b&password=x"))
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(form.statusCode()).isEqualTo(400);
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}
}
