package org.mokuhyo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.account.TestUsers.TestUser;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Actor;
import org.mokuhyo.workflow.Hearing;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cycle through the API (HTTP Basic): staff read where a sheet stands; each role takes the steps the rules give
 * it, refusals are JSON errors with the workflow's code, and the public learns nothing.
 */
@IntegrationTest
class WorkflowApiTest {

	private final HttpClient http = HttpClient.newHttpClient();

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

	private HttpResponse<String> get(String path, TestUser user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (user != null) {
			request.header("Authorization", user.basic());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> step(UUID id, TestUser user, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/v1/sheets/" + id + "/steps"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		if (user != null) {
			request.header("Authorization", user.basic());
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void stepsThroughTheApiFollowTheSameRulesAsThePages() throws Exception {
		String department = "API手続部-" + UUID.randomUUID().toString().substring(0, 8);
		UUID id = store.save(SampleSheets.full(department, 2021), List.of(), "a.txt").id();
		TestUsers users = new TestUsers(accounts, organizations);
		TestUser editor = users.editor(department);
		TestUser other = users.editor("API別部-" + UUID.randomUUID().toString().substring(0, 8));
		TestUser head = users.create(EnumSet.of(Role.HEAD), TestUsers.MUNICIPALITY, List.of(department));
		TestUser mayor = users.create(EnumSet.of(Role.EXECUTIVE), TestUsers.MUNICIPALITY, List.of());
		TestUser admin = users.admin();

		JsonNode draft = json.readTree(get("/api/v1/sheets/" + id + "/workflow", editor).body());
		assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
		assertThat(draft.get("statusLabel").asString()).isEqualTo("下書き");
		assertThat(draft.get("possibleSteps").findValuesAsString("step")).containsExactly("SUBMIT");
		assertThat(get("/api/v1/sheets/" + id + "/workflow", null).statusCode()).isEqualTo(401);

		HttpResponse<String> forbidden = step(id, other, "{\"step\":\"SUBMIT\"}");
		assertThat(forbidden.statusCode()).isEqualTo(403);
		assertThat(json.readTree(forbidden.body()).get("code").asString()).isEqualTo("FORBIDDEN");
		HttpResponse<String> unapproved = step(id, admin, "{\"step\":\"PUBLISH\"}");
		assertThat(unapproved.statusCode()).isEqualTo(409);
		assertThat(json.readTree(unapproved.body()).get("code").asString()).isEqualTo("NOT_APPROVED");
		assertThat(json.readTree(unapproved.body()).get("detail").asString()).contains("承認されていない");
		assertThat(step(id, editor, "{\"step\":\"NONSENSE\"}").statusCode()).isEqualTo(400);
		assertThat(step(id, editor, "{\"step\":\"RECORD_HEARING\"}").statusCode()).isEqualTo(400);
		assertThat(step(id, editor, "not json").statusCode()).isEqualTo(400);
		assertThat(step(id, null, "{\"step\":\"SUBMIT\"}").statusCode()).isEqualTo(401);
		assertThat(workflows.state(id).orElseThrow().status().name()).as("nothing changed").isEqualTo("DRAFT");

		HttpResponse<String> submitted = step(id, editor, "{\"step\":\"SUBMIT\",\"comment\":\"APIから提出\"}");
		assertThat(submitted.statusCode()).isEqualTo(200);
		assertThat(json.readTree(submitted.body()).get("status").asString()).isEqualTo("SUBMITTED");
		workflows.recordHearing(id, new Hearing(null, 0, java.time.LocalDate.of(2021, 2, 20), "市長", null, List.of(),
				null, null), new Actor(mayor.id(), "市長"));
		assertThat(step(id, editor, "{\"step\":\"RESUBMIT\"}").statusCode()).isEqualTo(200);
		assertThat(step(id, head, "{\"step\":\"APPROVE_AS_HEAD\"}").statusCode()).isEqualTo(200);
		assertThat(step(id, mayor, "{\"step\":\"APPROVE_AS_EXECUTIVE\"}").statusCode()).isEqualTo(200);
		assertThat(step(id, admin, "{\"step\":\"PUBLISH\",\"asOf\":\"2021-04-0x\"}").statusCode()).isEqualTo(400);
		HttpResponse<String> published = step(id, admin, "{\"step\":\"PUBLISH\",\"asOf\":\"2021-04-01\"}");
		assertThat(published.statusCode()).isEqualTo(200);
		JsonNode state = json.readTree(published.body());
		assertThat(state.get("status").asString()).isEqualTo("PUBLISHED");
		assertThat(state.get("asOf").asString()).isEqualTo("2021-04-01");
		assertThat(state.get("steps").findValuesAsString("label")).containsExactly("提出", "ヒアリングの記録", "再提出",
				"部局長の承認", "市長等の承認", "公表");
		assertThat(state.get("steps").get(0).get("comment").asString()).isEqualTo("APIから提出");
		assertThat(get("/api/v1/sheets/" + id, null).statusCode()).as("now public").isEqualTo(200);

		HttpResponse<String> review = step(id, editor, "{\"step\":\"START_REVIEW\"}");
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(json.readTree(review.body()).get("statusLabel").asString()).isEqualTo("振り返り：下書き");
		assertThat(json.readTree(review.body()).get("possibleSteps").findValuesAsString("label")).contains("振り返りの提出");
	}
}
