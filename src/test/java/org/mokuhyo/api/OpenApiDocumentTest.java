package org.mokuhyo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * The OpenAPI document the app serves at {@code /v3/api-docs}, read by a third-party parser and validator
 * (swagger-parser) that reports no message, and held to the API's own rules: only {@code /api} paths, every operation
 * with an operationId, a 2xx answer and the problem answers for 4xx; both security schemes. It and Swagger UI are
 * open without signing in, start no session, and leave the pages' sign-in and CSRF as they were.
 */
@IntegrationTest
class OpenApiDocumentTest {

	@LocalServerPort
	int port;

	@Autowired
	JsonMapper json;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Test
	void theDocumentPassesTheValidatorAndNamesEveryOperationsAnswers() throws Exception {
		ApiClient api = new ApiClient(port, json);
		HttpResponse<String> document = api.get("/v3/api-docs");
		assertThat(document.statusCode()).as(document.body()).isEqualTo(200);
		assertThat(document.headers().firstValue("Set-Cookie")).isEmpty();

		ParseOptions options = new ParseOptions();
		options.setResolve(true);
		SwaggerParseResult result = new OpenAPIV3Parser().readContents(document.body(), null, options);
		assertThat(result.getMessages()).as("validator messages").isEmpty();
		OpenAPI openApi = result.getOpenAPI();
		assertThat(openApi.getOpenapi()).startsWith("3.");
		assertThat(openApi.getComponents().getSecuritySchemes()).containsKeys("basic", "bearer");
		assertThat(openApi.getComponents().getSchemas()).containsKey("Problem");
		assertThat(openApi.getPaths().keySet()).allMatch(p -> p.startsWith("/api/v1/"))
			.contains("/api/v1/municipalities/{municipality}/sheets", "/api/v1/municipalities/{municipality}/goals",
					"/api/v1/municipalities/{municipality}/actions", "/api/v1/municipalities/{municipality}/plan-nodes",
					"/api/v1/municipalities/{municipality}/policies", "/api/v1/search", "/api/v1/sheets/import",
					"/api/v1/municipalities/{municipality}/sheets/{id}/progress/{quarter}");

		List<String> problems = new ArrayList<>();
		List<String> operationIds = new ArrayList<>();
		for (Map.Entry<String, PathItem> path : openApi.getPaths().entrySet()) {
			for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
				Operation operation = entry.getValue();
				String name = entry.getKey() + " " + path.getKey();
				if (operation.getOperationId() == null || operation.getOperationId().isBlank()) {
					problems.add(name + ": no operationId");
				}
				operationIds.add(operation.getOperationId());
				if (operation.getSummary() == null) {
					problems.add(name + ": no summary");
				}
				if (operation.getResponses().keySet().stream().noneMatch(s -> s.startsWith("2"))) {
					problems.add(name + ": no 2xx");
				}
				for (String status : List.of("400", "401", "403", "404", "429", "503")) {
					ApiResponse response = operation.getResponses().get(status);
					MediaType problem = response == null || response.getContent() == null ? null
							: response.getContent().get("application/problem+json");
					if (problem == null || !"#/components/schemas/Problem".equals(problem.getSchema().get$ref())) {
						problems.add(name + ": " + status + " is not the problem");
					}
				}
			}
		}
		assertThat(problems).isEmpty();
		assertThat(operationIds).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(17);
		assertThat(openApi.getPaths().get("/api/v1/municipalities/{municipality}/sheets").getGet().getParameters())
			.extracting(p -> p.getName())
			.contains("municipality", "fiscalYear", "department", "status", "page", "size");
		assertThat(openApi.getPaths().get("/api/v1/sheets/import").getPost().getSecurity()).isNotEmpty();
		assertThat(openApi.getPaths().get("/api/v1/municipalities/{municipality}/goals").getGet().getResponses().get("200")
			.getHeaders()).containsKey("Link");
	}

	@Test
	void swaggerUiIsServedByTheAppToEveryoneAndThePagesKeepTheirRules() throws Exception {
		ApiClient api = new ApiClient(port, json);
		HttpResponse<String> ui = api.get("/swagger-ui/index.html");
		assertThat(ui.statusCode()).isEqualTo(200);
		assertThat(ui.body()).contains("swagger-ui-bundle.js").doesNotContain("https://");
		assertThat(ui.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
		assertThat(ui.headers().firstValue("Set-Cookie")).isEmpty();
		assertThat(api.get("/swagger-ui/swagger-initializer.js").body()).contains("/v3/api-docs");
		assertThat(api.get("/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
		assertThat(api.send("POST", "/v3/api-docs", "").statusCode()).isEqualTo(403);

		// signed in, the documentation reads the same; the pages still want their CSRF token
		WebTestSupport web = new WebTestSupport(port);
		web.signIn(new TestUsers(accounts, organizations).admin());
		assertThat(web.get("/v3/api-docs", "application/json").status()).isEqualTo(200);
		web.dropCsrfToken();
		assertThat(web.postUrlEncoded("/admin/tokens", "name=x").status()).isEqualTo(403);
		assertThat(new WebTestSupport(port).get("/admin/tokens").status()).isEqualTo(302);
	}
}
