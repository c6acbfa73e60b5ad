package org.mokuhyo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every kind of failure under {@code /api/**} is an RFC 9457 problem ({@code application/problem+json}: type, title,
 * status, detail in Japanese, instance, and the error {@code code}), whether Spring MVC, Spring Security or a
 * controller refused: unknown address, wrong method, wrong body type, unacceptable Accept, bad parameter, no or wrong
 * credentials, no right.
 */
@IntegrationTest
class ApiProblemTest {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	JsonMapper json;

	@Test
	void everyRefusalIsAProblem() throws Exception {
		ApiClient api = new ApiClient(port, json);
		TestUsers users = new TestUsers(accounts, organizations);
		String department = WebTestSupport.unique("問題部");
		String editor = users.editor(department).basic();
		String viewer = users.viewer().basic();
		UUID sheet = store.save(SampleSheets.full(department, 2024), List.of(), "p.txt").id();
		String progress = "/api/v1/municipalities/272035/sheets/" + sheet + "/progress/1";

		api.assertProblem(api.get("/api/v1/no-such-thing", "Authorization", viewer), 404, "NOT_FOUND");
		api.assertProblem(api.get("/api/v1/no-such-thing"), 401, "UNAUTHENTICATED");
		api.assertProblem(api.send("DELETE", "/api/v1/municipalities", null, "Authorization", viewer), 405,
				"METHOD_NOT_ALLOWED");
		api.assertProblem(api.send("POST", progress, "status=DONE", "Authorization", editor, "Content-Type",
				"text/plain"), 415, "UNSUPPORTED_MEDIA_TYPE");
		api.assertProblem(api.postJson(progress, "{\"updates\": [", "Authorization", editor), 400, "INVALID_BODY");
		api.assertProblem(api.postJson(progress, "{\"updates\": []}", "Authorization", editor), 400, "INVALID_BODY");
		api.assertProblem(api.postJson(quarter(progress, "5"), "{\"updates\": [{}]}", "Authorization", editor),
				400, "INVALID_PARAMETER");
		api.assertProblem(api.get("/api/v1/municipalities", "Accept", "application/xml"), 406, "NOT_ACCEPTABLE");
		api.assertProblem(api.get("/api/v1/municipalities?page=x"), 400, "INVALID_PARAMETER");
		api.assertProblem(api.get(quarter(progress, "one"), "Authorization", viewer), 400, "INVALID_PARAMETER");
		HttpResponse<String> anonymous = api.get(progress);
		api.assertProblem(anonymous, 401, "UNAUTHENTICATED");
		assertThat(anonymous.headers().allValues("WWW-Authenticate")).anyMatch(v -> v.startsWith("Basic"))
			.anyMatch(v -> v.startsWith("Bearer"));
		api.assertProblem(api.get(progress, "Authorization", new TestUsers.TestUser(0, "nobody", "wrong-pass-0").basic()),
				401, "UNAUTHENTICATED");
		// a viewer reads progress but does not write it
		assertThat(api.get(progress, "Authorization", viewer).statusCode()).isEqualTo(200);
		api.assertProblem(api.postJson(progress, "{\"updates\": [{\"actionId\": \"" + UUID.randomUUID() + "\"}]}",
				"Authorization", viewer), 403, "FORBIDDEN");
		// an action not on the sheet: the progress module's own check, nothing written
		api.assertProblem(api.postJson(progress, "{\"updates\": [{\"actionId\": \"" + UUID.randomUUID()
				+ "\", \"status\": \"DONE\"}]}", "Authorization", editor), 422, "INVALID");
		api.assertProblem(api.get("/api/v1/municipalities/272035/sheets/" + UUID.randomUUID() + "/progress/1",
				"Authorization", viewer), 404, "NOT_FOUND");
	}

	/** The same address for another quarter: only the last segment changes (a sheet id may start with 1 too). */
	private static String quarter(String progress, String quarter) {
		return progress.substring(0, progress.lastIndexOf('/') + 1) + quarter;
	}
}
