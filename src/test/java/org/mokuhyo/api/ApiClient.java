package org.mokuhyo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A plain HTTP client of the API for tests: any method, headers as name/value pairs, a JSON body; and the check of
 * an RFC 9457 problem.
 */
final class ApiClient {

	private final HttpClient http = HttpClient.newHttpClient();

	private final int port;

	private final JsonMapper json;

	ApiClient(int port, JsonMapper json) {
		this.port = port;
		this.json = json;
	}

	HttpResponse<String> get(String path, String... headers) throws Exception {
		return send("GET", path, null, headers);
	}

	HttpResponse<String> postJson(String path, String body, String... headers) throws Exception {
		String[] all = new String[headers.length + 2];
		all[0] = "Content-Type";
		all[1] = "application/json";
		System.arraycopy(headers, 0, all, 2, headers.length);
		return send("POST", path, body, all);
	}

	HttpResponse<String> send(String method, String path, String body, String... headers) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
		for (int i = 0; i < headers.length; i += 2) {
			request.header(headers[i], headers[i + 1]);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	JsonNode body(HttpResponse<String> response) {
		return json.readTree(response.body());
	}

	/** The response is the problem of that status and code, with every member RFC 9457 names, in Japanese. */
	JsonNode assertProblem(HttpResponse<String> response, int status, String code) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo(code);
		assertThat(problem.get("status").asInt()).isEqualTo(status);
		assertThat(problem.get("type").asString()).isEqualTo("urn:mokuhyo:problem:" + code.toLowerCase().replace('_', '-'));
		assertThat(problem.get("title").asString()).isNotBlank();
		assertThat(problem.get("detail").asString()).matches(d -> d.codePoints().anyMatch(c -> c > 0x3000), "Japanese");
		assertThat(problem.get("instance").asString()).isEqualTo(URI.create(response.uri().toString()).getRawPath());
		return problem;
	}

	static String bearer(String secret) {
		return "Bearer " + secret;
	}
}
