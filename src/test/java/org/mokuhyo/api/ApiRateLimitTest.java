package org.mokuhyo.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.token.ApiTokens;
import org.mokuhyo.token.TokenScope;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A token may send a minute's worth of requests at once ({@code mokuhyo.api.token-rate-limit}, 60) and then gets a
 * 429 problem with {@code Retry-After}; other tokens and callers without a token are not held back by it.
 */
@IntegrationTest
class ApiRateLimitTest {

	@LocalServerPort
	int port;

	@Autowired
	ApiTokens tokens;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	JsonMapper json;

	@Test
	void aTokenOverItsRateGetsATooManyRequestsProblem() throws Exception {
		String department = WebTestSupport.unique("制限部");
		TestUsers users = new TestUsers(accounts, organizations);
		TestUsers.TestUser adminUser = users.admin();
		users.editor(department);
		long municipality = organizations.findMunicipality(TestUsers.MUNICIPALITY).orElseThrow().id();
		long departmentId = organizations.findDepartment(TestUsers.MUNICIPALITY, department).orElseThrow().id();
		CurrentUser admin = new CurrentUser(adminUser.id(), adminUser.username(), "管理者", municipality,
				Set.of(Role.ADMIN), Set.of());
		String busy = tokens.issue(admin, "busy", List.of(departmentId), EnumSet.of(TokenScope.PROGRESS)).secret();
		String calm = tokens.issue(admin, "calm", List.of(departmentId), EnumSet.of(TokenScope.PROGRESS)).secret();

		ApiClient api = new ApiClient(port, json);
		int passed = 0;
		HttpResponse<String> limited = null;
		for (int i = 0; i < 200 && limited == null; i++) {
			HttpResponse<String> response = api.get("/api/v1/municipalities", "Authorization", ApiClient.bearer(busy));
			if (response.statusCode() == 429) {
				limited = response;
			}
			else {
				assertThat(response.statusCode()).isEqualTo(200);
				passed++;
			}
		}
		assertThat(limited).as("a 429 within 200 requests").isNotNull();
		assertThat(passed).isBetween(60, 70); // a minute's worth, and what refilled while they were sent
		JsonNode problem = api.assertProblem(limited, 429, "RATE_LIMITED");
		assertThat(problem.get("detail").asString()).contains("60");
		assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);

		assertThat(api.get("/api/v1/municipalities", "Authorization", ApiClient.bearer(calm)).statusCode())
			.isEqualTo(200);
		assertThat(api.get("/api/v1/municipalities").statusCode()).isEqualTo(200);
	}
}
