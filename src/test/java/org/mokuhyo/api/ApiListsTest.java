package org.mokuhyo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The municipality's lists through HTTP against the database: a municipality of its own (so other tests' sheets do
 * not count), three published sheets over two years and two departments, and a draft. Paging (size, Link header,
 * totals), every filter, what the public sees (published only) and what staff see (drafts too, by status).
 */
@IntegrationTest
class ApiListsTest {

	@LocalServerPort
	int port;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JsonMapper json;

	private ApiClient api;

	private String city;

	private String code;

	private String base;

	private final String kyodo = "協働部";

	private final String kikaku = "企画部";

	private UUID draft;

	private String staff;

	@BeforeEach
	void setUp() {
		api = new ApiClient(port, json);
		city = WebTestSupport.unique("API市");
		code = "9" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
		base = "/api/v1/municipalities/" + code;
		Publish.publish(workflows, store.save(SampleSheets.full(city, code, kyodo, 2023), List.of(), "a").id());
		Publish.publish(workflows, store.save(SampleSheets.full(city, code, kyodo, 2024), List.of(), "b").id());
		Publish.publish(workflows, store.save(SampleSheets.full(city, code, kikaku, 2024), List.of(), "c").id());
		draft = store.save(SampleSheets.full(city, code, "下書き部", 2025), List.of(), "d").id();
		staff = new TestUsers(accounts, organizations).create(EnumSet.of(Role.VIEWER), city, List.of()).basic();
	}

	@Test
	void sheetsArePagedWithLinksAndFilteredAndThePublicSeesNoDraft() throws Exception {
		HttpResponse<String> first = api.get(base + "/sheets?size=2");
		assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
		JsonNode page = api.body(first);
		assertThat(page.get("total").asInt()).isEqualTo(3);
		assertThat(page.get("totalPages").asInt()).isEqualTo(2);
		assertThat(page.get("page").asInt()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(2);
		assertThat(years(page)).containsExactly(2024, 2024);
		assertThat(texts(page, "department")).containsExactly(kikaku, kyodo);
		String link = first.headers().firstValue("Link").orElseThrow();
		assertThat(link).contains("page=2>; rel=\"next\"").contains("page=1>; rel=\"first\"")
			.contains("page=2>; rel=\"last\"").doesNotContain("rel=\"prev\"");
		assertThat(link).as("relative to the server: never the Host the request claimed").startsWith("</api/v1/")
			.doesNotContain("http");
		String tooLong = "a".repeat(7000);
		api.assertProblem(api.get(base + "/sheets?department=" + tooLong), 400, "INVALID_PARAMETER");
		JsonNode second = api.body(api.get(base + "/sheets?size=2&page=2"));
		assertThat(years(second)).containsExactly(2023);
		assertThat(texts(second, "status")).containsExactly("PUBLISHED");
		assertThat(api.body(api.get(base + "/sheets?size=2&page=3")).get("items").size()).isZero();

		assertThat(api.body(api.get(base + "/sheets?fiscalYear=2024")).get("total").asInt()).isEqualTo(2);
		assertThat(api.body(api.get(base + "/sheets?department=" + WebTestSupport.encode(kyodo))).get("total").asInt())
			.isEqualTo(2);
		assertThat(api.body(api.get(base + "/sheets?status=DRAFT")).get("total").asInt()).as("public").isZero();
		api.assertProblem(api.get(base + "/sheets/" + draft), 404, "NOT_FOUND");

		JsonNode staffSheets = api.body(api.get(base + "/sheets", "Authorization", staff));
		assertThat(staffSheets.get("total").asInt()).isEqualTo(4);
		JsonNode drafts = api.body(api.get(base + "/sheets?status=draft", "Authorization", staff));
		assertThat(texts(drafts, "id")).containsExactly(draft.toString());
		assertThat(api.get(base + "/sheets/" + draft, "Authorization", staff).statusCode()).isEqualTo(200);
		assertThat(years(api.body(api.get(base + "/fiscal-years")))).as("public").containsExactly(2024, 2023);
		assertThat(years(api.body(api.get(base + "/fiscal-years", "Authorization", staff)))).containsExactly(2025,
				2024, 2023);
	}

	@Test
	void goalsAndActionsOfPublishedSheetsByEveryFilter() throws Exception {
		// each sheet: 3 annual goals (the second 【重点】) and 1 mid-term goal
		assertThat(total("/goals")).isEqualTo(12);
		assertThat(total("/goals?fiscalYear=2024")).isEqualTo(8);
		assertThat(total("/goals?fiscalYear=2024&department=" + WebTestSupport.encode(kikaku))).isEqualTo(4);
		assertThat(total("/goals?priority=true")).isEqualTo(3);
		assertThat(total("/goals?kind=MID_TERM")).isEqualTo(3);
		// 5-1-(3): goals 1, 2 and the mid-term goal; 5-1 takes the nodes under it
		assertThat(total("/goals?planNode=" + WebTestSupport.encode("5-1-(3)"))).isEqualTo(9);
		assertThat(total("/goals?planNode=5-1")).isEqualTo(9);
		assertThat(total("/goals?planNode=" + WebTestSupport.encode("2-4-(2)") + "&fiscalYear=2023")).isEqualTo(1);
		assertThat(total("/goals?policy=45&priority=true&fiscalYear=2024")).isEqualTo(2);
		JsonNode goal = api.body(api.get(base + "/goals?priority=true&fiscalYear=2023")).get("items").get(0);
		assertThat(goal.get("title").asString()).isEqualTo("地域コミュニティの活性化");
		assertThat(goal.get("goalId").asString()).isNotBlank();
		assertThat(goal.get("url").asString()).endsWith("#goal-2");
		assertThat(goal.get("policyNumbers").toString()).isEqualTo("[32,45]");

		// actions: ①, ② with its two sub-points, the unlabelled one, and goal 2's ① per sheet
		assertThat(total("/actions")).isEqualTo(18);
		assertThat(total("/actions?tag=" + WebTestSupport.encode("新規"))).isEqualTo(3);
		assertThat(total("/actions?tag=" + WebTestSupport.encode("拡充") + "&fiscalYear=2023")).isEqualTo(3);
		JsonNode page = api.body(api.get(base + "/actions?size=5&page=4"));
		assertThat(page.get("items").size()).isEqualTo(3);

		assertThat(api.body(api.get(base + "/plan-nodes")).get("items").findValuesAsString("code")).contains("5",
				"5-1", "5-1-(3)");
		JsonNode node = null;
		for (JsonNode n : api.body(api.get(base + "/plan-nodes")).get("items")) {
			if (n.get("code").asString().equals("5-1-(3)")) {
				node = n;
			}
		}
		assertThat(node.get("parentCode").asString()).isEqualTo("5-1");
		assertThat(node.get("goals").asInt()).isEqualTo(9);
		JsonNode policies = api.body(api.get(base + "/policies?fiscalYear=2024"));
		assertThat(policies.get("items").findValuesAsString("number")).contains("32", "45", "46");
		assertThat(api.body(api.get(base + "/departments")).get("items").findValuesAsString("name"))
			.contains(kyodo, kikaku, "下書き部");
		JsonNode municipalities = api.body(api.get("/api/v1/municipalities?size=200"));
		assertThat(municipalities.get("items").findValuesAsString("code")).contains(code);
		assertThat(api.body(api.get(base)).get("name").asString()).isEqualTo(city);
	}

	@Test
	void staffReadTheGoalsAndActionsOfDraftsTooWithTheSameFilters() throws Exception {
		assertThat(total("/goals?fiscalYear=2025")).as("public").isZero();
		assertThat(staffTotal("/goals")).isEqualTo(16);
		assertThat(staffTotal("/goals?fiscalYear=2025")).isEqualTo(4);
		assertThat(staffTotal("/goals?planNode=5-1")).isEqualTo(12);
		assertThat(staffTotal("/goals?policy=45&priority=true")).isEqualTo(4);
		assertThat(staffTotal("/goals?kind=MID_TERM&fiscalYear=2024")).isEqualTo(2);
		assertThat(staffTotal("/actions")).isEqualTo(24);
		assertThat(staffTotal("/actions?tag=" + WebTestSupport.encode("拡充") + "&fiscalYear=2025")).isEqualTo(3);
		JsonNode first = api.body(api.get(base + "/goals?size=1", "Authorization", staff)).get("items").get(0);
		assertThat(first.get("fiscalYear").asInt()).isEqualTo(2025);
		assertThat(first.get("sheetId").asString()).isEqualTo(draft.toString());
	}

	private int staffTotal(String path) throws Exception {
		HttpResponse<String> response = api.get(base + path, "Authorization", staff);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return api.body(response).get("total").asInt();
	}

	@Test
	void wrongParametersAndUnknownMunicipalitiesAreProblems() throws Exception {
		api.assertProblem(api.get(base + "/sheets?page=0"), 400, "INVALID_PARAMETER");
		api.assertProblem(api.get(base + "/sheets?size=201"), 400, "INVALID_PARAMETER");
		api.assertProblem(api.get(base + "/sheets?fiscalYear=R6"), 400, "INVALID_PARAMETER");
		api.assertProblem(api.get(base + "/sheets?status=LOST"), 400, "INVALID_PARAMETER");
		api.assertProblem(api.get(base + "/goals?kind=YEARLY"), 400, "INVALID_PARAMETER");
		api.assertProblem(api.get(base + "/goals?planNode=" + WebTestSupport.encode("なに")), 400, "INVALID_PARAMETER");
		api.assertProblem(api.get(base + "/goals?policy=abc"), 400, "INVALID_PARAMETER");
		api.assertProblem(api.get(base + "/actions?tag=old"), 400, "INVALID_PARAMETER");
		api.assertProblem(api.get("/api/v1/municipalities/000000/sheets"), 404, "NOT_FOUND");
	}

	private int total(String path) throws Exception {
		HttpResponse<String> response = api.get(base + path);
		assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
		return api.body(response).get("total").asInt();
	}

	private static List<Integer> years(JsonNode page) {
		List<Integer> years = new ArrayList<>();
		page.get("items").forEach(item -> years.add(item.get("fiscalYear").asInt()));
		return years;
	}

	private static List<String> texts(JsonNode page, String field) {
		List<String> values = new ArrayList<>();
		page.get("items").forEach(item -> values.add(item.get(field).asString()));
		return values;
	}
}
