package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.importer.ApiUploads;
import org.mokuhyo.importer.SeedFixture;
import org.mokuhyo.organization.Organizations;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every numeric, enumerated or dated parameter of the public pages, the staff pages and the API, given a word, a
 * negative number, a number over any integer type and an overlong value: a refusal (4xx) in the page's or the API's
 * own form, never a 500 and never an answer as if nothing had been asked; the value is never echoed into a header.
 */
@IntegrationTest
class BadParametersTest {

	private static final String OVERLONG = "9".repeat(2000);

	private static final List<String> VALUES = List.of("abc", "-1", "99999999999999999999", OVERLONG);

	private static final List<String> PUBLIC = List.of("/?fiscalYear={v}", "/browse?year={v}", "/browse/plan?year={v}",
			"/browse/plan/5-1?page={v}", "/browse/policies?year={v}", "/browse/policies/{v}",
			"/browse/priority?year={v}", "/browse/tags/新規?year={v}", "/dashboard?year={v}", "/search?q=a&page={v}",
			"/search?q=a&year={v}", "/search?q=a&policy={v}", "/open-data/{v}/sheets.json",
			"/compare-years?from={v}&to=2024", "/compare-years?from=2023&to={v}", "/dashboard?by={v}",
			"/browse/priority?sort={v}", "/browse/priority?dir={v}", "/search?q=a&progress={v}", "/open-data/2024/{v}", "/m/{v}",
			"/m/272035/{v}", "/browse/plan/{v}");

	/** Text parameters any value of which is an answer: only that an overlong one is never echoed into a header. */
	private static final List<String> TEXTS = List.of("/?lang={v}", "/browse?municipality={v}", "/search?q=a&department={v}",
			"/?department={v}", "/login?error={v}", "/open-data?municipality={v}");

	private static final List<String> STAFF = List.of("/sheets/{id}/versions?page={v}", "/sheets/{id}/versions/{v}",
			"/sheets/{id}/compare?from={v}", "/sheets/{id}/compare?to={v}", "/sheets/{id}/progress?quarter={v}",
			"/sheets/{id}/edit/goals/{v}", "/sheets/{id}/edit/mid-term/{v}", "/sheets/new?fiscalYear={v}",
			"/imports/archive/{v}", "/admin/years/{v}", "/progress/workbook?year={v}", "/sheets/{v}",
			"/sheets/{v}/versions", "/admin/audit?from={v}", "/admin/audit?kind={v}", "/dashboard?year={v}&by=plan");

	/** Forms posted by staff: a number the form needs, given as anything else. */
	private static final List<String> STAFF_POSTS = List.of("/sheets/{id}/versions/1/restore|baseVersion={v}",
			"/sheets/{id}/versions/{v}/restore|baseVersion=1");

	private static final String CITY = "/api/v1/municipalities/272035";

	private static final List<String> API = List.of("/api/v1/sheets?fiscalYear={v}", "/api/v1/sheets/{v}",
			"/api/v1/sheets/{id}?fiscalYear={v}", "/api/v1/sheets/{id}/warnings?page={v}",
			"/api/v1/sheets/{id}/workflow?fiscalYear={v}", CITY + "/departments?fiscalYear={v}",
			CITY + "/departments?page={v}", CITY + "/departments?size={v}", CITY + "/fiscal-years?page={v}",
			CITY + "/plan-nodes?fiscalYear={v}", CITY + "/policies?fiscalYear={v}", CITY + "/sheets?fiscalYear={v}",
			CITY + "/sheets?page={v}", CITY + "/goals?fiscalYear={v}", CITY + "/goals?policy={v}",
			CITY + "/goals?priority={v}", CITY + "/goals?kind={v}", CITY + "/sheets?status={v}", CITY + "/actions?fiscalYear={v}", CITY + "/sheets/{id}/progress/{v}",
			"/api/v1/search?q=a&year={v}", "/api/v1/search?q=a&page={v}", "/api/v1/search?q=a&policy={v}",
			"/api/v1/search?q=a&fiscalYear={v}");

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JsonMapper json;

	private final HttpClient http = HttpClient.newHttpClient();

	private TestUsers users;

	private String sheetId;

	@BeforeEach
	void sheet() throws Exception {
		users = new TestUsers(accounts, organizations);
		String text = SeedFixture.text().replace("部局\t市民協働部", "部局\t" + WebTestSupport.unique("引数部"));
		HttpResponse<String> created = ApiUploads.sheet(port, users.admin().basic(), text, Map.of());
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		sheetId = json.readTree(created.body()).get("id").asString();
	}

	@Test
	void theDepartmentsRefuseAFiscalYearTheyDoNotTake() throws Exception {
		HttpResponse<String> response = api(CITY + "/departments?fiscalYear=abc");
		assertThat(response.statusCode()).isEqualTo(400);
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("INVALID_PARAMETER");
		assertThat(problem.get("detail") == null ? response.body() : problem.get("detail").asString())
			.contains("fiscalYear");
		assertThat(api(CITY + "/departments?page=1").statusCode()).isEqualTo(200);
	}

	@Test
	void everyBadParameterIsARefusal() throws Exception {
		List<String> wrong = new ArrayList<>();
		WebTestSupport anonymous = new WebTestSupport(port);
		for (String path : PUBLIC) {
			for (String value : VALUES) {
				check(wrong, "public", path, value, anonymous.get(address(path, value)));
			}
		}
		for (String path : TEXTS) {
			WebTestSupport.Response response = anonymous.get(address(path, OVERLONG));
			if (response.status() >= 500) {
				wrong.add("public " + path + " overlong: " + response.status());
			}
			echoed(wrong, "public", path, response);
		}
		WebTestSupport staff = new WebTestSupport(port);
		staff.signIn(users.admin());
		for (String path : STAFF) {
			for (String value : VALUES) {
				check(wrong, "staff", path, value, staff.get(address(path, value)));
			}
		}
		for (String post : STAFF_POSTS) {
			String[] parts = post.split("\\|");
			for (String value : VALUES) {
				check(wrong, "staff post", parts[0] + " " + parts[1], value,
						staff.postUrlEncoded(address(parts[0], value), address(parts[1], value)));
			}
		}
		for (String path : API) {
			for (String value : VALUES) {
				HttpResponse<String> response = api(address(path, value));
				WebTestSupport.Response answer = new WebTestSupport.Response(response.statusCode(), response.headers(),
						response.body());
				check(wrong, "api", path, value, answer);
				if (response.statusCode() == 400) {
					String code = json.readTree(response.body()).path("code").asString();
					if (!List.of("INVALID_PARAMETER", "INVALID_PAGE", "INVALID_FILTER", "INVALID_QUERY")
						.contains(code)) {
						wrong.add("api " + path + " with " + shown(value) + ": code " + code);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private void check(List<String> wrong, String who, String path, String value, WebTestSupport.Response response) {
		if (response.status() < 400 || response.status() >= 500) {
			wrong.add(who + " " + path + " with " + shown(value) + ": " + response.status());
		}
		echoed(wrong, who, path, response);
		if (response.body().contains("\tat org.") || response.body().contains("Exception")) {
			wrong.add(who + " " + path + " with " + shown(value) + ": a stack trace in the body");
		}
	}

	private static void echoed(List<String> wrong, String who, String path, WebTestSupport.Response response) {
		response.headers().map().forEach((name, values) -> values.forEach(v -> {
			if (v.contains(OVERLONG.substring(0, 100))) {
				wrong.add(who + " " + path + ": the value echoed into " + name);
			}
		}));
	}

	private String address(String path, String value) {
		return path.replace("{id}", sheetId)
			.replace("{v}", java.net.URLEncoder.encode(value, StandardCharsets.UTF_8))
			.replace("新規", java.net.URLEncoder.encode("新規", StandardCharsets.UTF_8));
	}

	private static String shown(String value) {
		return value.length() > 30 ? value.substring(0, 10) + "…(" + value.length() + ")" : value;
	}

	private HttpResponse<String> api(String path) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Authorization", users.admin().basic())
			.header("Accept", "application/json")
			.build(), HttpResponse.BodyHandlers.ofString());
	}
}
