package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every page and API address × every role (the public, a viewer, the department's editor, another department's
 * editor, the department head, the mayor's office, an administrator): allowed or refused as the rules say, and
 * drafts never reach the public. Each role takes its steps on a draft of its own, so one role's step does not
 * change what the next one meets.
 */
@IntegrationTest
class AuthorizationMatrixTest {

	private static final List<String> ROLES = List.of("public", "viewer", "editor", "otherEditor", "head", "executive",
			"admin");

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

	/** Expected statuses in the order of {@link #ROLES}. */
	private record Row(String method, String path, List<Integer> expected) {
	}

	@Test
	void everyAddressAnswersEachRoleAsTheRulesSay() throws Exception {
		String department = WebTestSupport.unique("権限部");
		TestUsers users = new TestUsers(accounts, organizations);
		UUID published = Publish.publish(workflows,
				store.save(SampleSheets.full(department, 2000), List.of(), "p.txt").id());
		Map<String, TestUsers.TestUser> accountsByRole = new LinkedHashMap<>();
		accountsByRole.put("viewer", users.viewer());
		accountsByRole.put("editor", users.editor(department));
		accountsByRole.put("otherEditor", users.editor(WebTestSupport.unique("別部")));
		accountsByRole.put("head", users.create(EnumSet.of(Role.HEAD), TestUsers.MUNICIPALITY, List.of(department)));
		accountsByRole.put("executive", users.create(EnumSet.of(Role.EXECUTIVE), TestUsers.MUNICIPALITY, List.of()));
		accountsByRole.put("admin", users.admin());

		List<String> failures = new ArrayList<>();
		for (int r = 0; r < ROLES.size(); r++) {
			String role = ROLES.get(r);
			UUID draft = store.save(SampleSheets.full(department, 2001 + r), List.of(), "d.txt").id();
			WebTestSupport web = new WebTestSupport(port);
			TestUsers.TestUser user = accountsByRole.get(role);
			if (user != null) {
				web.signIn(user);
			}
			for (Row row : rows(published, draft)) {
				int expected = row.expected().get(r);
				int actual = switch (row.method()) {
					case "GET" -> web.get(row.path()).status();
					case "POST" -> web.postUrlEncoded(row.path(), row.path().endsWith("/steps") ? "step=SUBMIT" : "")
						.status();
					case "API" -> api(row.path(), user);
					case "APIPOST" -> apiPost(row.path(), user);
					default -> throw new IllegalArgumentException(row.method());
				};
				if (actual != expected) {
					failures.add(role + " " + row.method() + " " + row.path() + ": " + actual + " (expected " + expected + ")");
				}
			}
		}
		assertThat(failures).isEmpty();
	}

	private List<Row> rows(UUID published, UUID draft) {
		String p = "/sheets/" + published;
		String d = "/sheets/" + draft;
		// 経年比較 of the department: 2000 is published, 2001 only a draft (the first role's)
		String years = "/compare-years?department="
				+ WebTestSupport.encode(store.find(published).orElseThrow().department().name());
		//                                         public viewer editor other head exec admin
		return List.of(new Row("GET", "/", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", p, List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", d, List.of(404, 200, 200, 200, 200, 200, 200)),
				// the sheet as Excel: as the sheet page (the public reads the published version only)
				new Row("GET", p + "/export.xlsx", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", d + "/export.xlsx", List.of(404, 200, 200, 200, 200, 200, 200)),
				// 印刷用 PDF: the version the page shows the reader (published for the public)
				new Row("GET", p + "/export.pdf", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", d + "/export.pdf", List.of(404, 200, 200, 200, 200, 200, 200)),
				new Row("GET", d + "/workflow", List.of(302, 200, 200, 200, 200, 200, 200)),
				new Row("GET", d + "/versions", List.of(404, 200, 200, 200, 200, 200, 200)),
				new Row("GET", d + "/compare?from=1&to=1", List.of(404, 200, 200, 200, 200, 200, 200)),
				new Row("GET", d + "/edit/basics", List.of(404, 403, 200, 403, 403, 403, 200)),
				new Row("GET", d + "/edit/goals/1", List.of(404, 403, 200, 403, 403, 403, 200)),
				new Row("GET", d + "/edit/mid-term/1", List.of(404, 403, 200, 403, 403, 403, 200)),
				new Row("POST", d + "/edit/mid-term", List.of(403, 403, 400, 403, 403, 403, 400)),
				new Row("POST", d + "/edit/mid-term/1/preview", List.of(403, 403, 200, 403, 403, 403, 200)),
				new Row("POST", d + "/edit/goals/1/preview", List.of(403, 403, 200, 403, 403, 403, 200)),
				// authorised before the form is read: the editor's empty form is a 400, everyone else's a 403
				new Row("POST", d + "/edit/basics", List.of(403, 403, 400, 403, 403, 403, 400)),
				new Row("GET", d + "/review", List.of(404, 403, 200, 403, 403, 403, 200)),
				new Row("POST", d + "/review", List.of(403, 403, 400, 403, 403, 403, 400)),
				// a draft's review cannot start: the plan is not published
				new Row("POST", d + "/review/start", List.of(403, 403, 422, 403, 403, 403, 422)),
				new Row("GET", p + "/progress", List.of(302, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/progress/due", List.of(302, 200, 200, 200, 200, 200, 200)),
				// 年度の一覧表: the download for staff; importing progress for editors and administrators (an empty form: 400)
				new Row("GET", "/progress/workbook?year=2000", List.of(302, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/progress/workbook?year=20x0", List.of(302, 400, 400, 400, 400, 400, 400)),
				new Row("GET", "/progress/workbook/import", List.of(302, 403, 200, 200, 403, 403, 200)),
				new Row("POST", "/progress/workbook/import", List.of(403, 403, 400, 400, 403, 403, 400)),
				new Row("GET", "/imports/archive", List.of(302, 403, 200, 200, 403, 403, 200)),
				new Row("POST", "/imports/archive", List.of(403, 403, 400, 400, 403, 403, 400)),
				new Row("GET", "/imports/archive/" + UUID.randomUUID(), List.of(302, 403, 404, 404, 403, 403, 404)),
				new Row("GET", "/admin/users", List.of(302, 403, 403, 403, 403, 403, 200)),
				new Row("GET", "/admin/years", List.of(302, 403, 403, 403, 403, 403, 200)),
				new Row("GET", "/admin/audit", List.of(302, 403, 403, 403, 403, 403, 200)),
				new Row("GET", "/admin/plan", List.of(302, 403, 403, 403, 403, 403, 200)),
				new Row("GET", "/admin/policies", List.of(302, 403, 403, 403, 403, 403, 200)),
				new Row("GET", "/admin/departments", List.of(302, 403, 403, 403, 403, 403, 200)),
				// the administrator's empty form is a 400, an unknown entry a 404
				new Row("POST", "/admin/plan", List.of(403, 403, 403, 403, 403, 403, 400)),
				new Row("POST", "/admin/plan/0/delete", List.of(403, 403, 403, 403, 403, 403, 404)),
				new Row("POST", "/admin/policies", List.of(403, 403, 403, 403, 403, 403, 400)),
				new Row("POST", "/admin/policies/0/delete", List.of(403, 403, 403, 403, 403, 403, 404)),
				new Row("POST", "/admin/departments", List.of(403, 403, 403, 403, 403, 403, 400)),
				new Row("POST", "/admin/departments/0", List.of(403, 403, 403, 403, 403, 403, 400)),
				new Row("GET", "/admin/municipality", List.of(302, 403, 403, 403, 403, 403, 200)),
				new Row("POST", "/admin/municipality/code", List.of(403, 403, 403, 403, 403, 403, 400)),
				// a municipality's short addresses redirect everyone to the public pages
				new Row("GET", "/m/272035", List.of(302, 302, 302, 302, 302, 302, 302)),
				new Row("GET", "/m/272035/dashboard", List.of(302, 302, 302, 302, 302, 302, 302)),
				new Row("GET", "/m/000000/dashboard", List.of(404, 404, 404, 404, 404, 404, 404)),
				// an empty sheet: for editors (of their departments) and administrators; the public learns nothing
				new Row("GET", "/sheets/new", List.of(404, 403, 200, 200, 403, 403, 200)),
				new Row("POST", "/sheets/new", List.of(403, 403, 400, 400, 403, 403, 400)),
				new Row("GET", "/account/password", List.of(302, 200, 200, 200, 200, 200, 200)),
				// 分野から探す: published versions only, the same for everyone
				new Row("GET", "/browse", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/open-data", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/open-data/2000/goals.csv", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/browse/plan", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/browse/plan/5-1-(3)", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/browse/policies", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/browse/policies/45", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/browse/priority?year=2000", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/browse/tags/%E6%96%B0%E8%A6%8F?year=2000", List.of(200, 200, 200, 200, 200, 200, 200)),
				// search: public, over published sheets only, for everyone alike
				new Row("GET", "/search", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/search?q=%E5%8A%A9%E6%88%90%E9%87%91", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/search?q=%E5%8A%A9%E6%88%90%E9%87%91", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/search", List.of(400, 400, 400, 400, 400, 400, 400)),
				new Row("GET", "/compare-years", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", years + "&from=2000&to=2001", List.of(404, 404, 404, 404, 404, 404, 404)),
				new Row("GET", years + "&from=2000&to=2001&current=true", List.of(404, 200, 200, 200, 200, 200, 200)),
				// dashboards: the city's of published sheets for everyone; a sheet's as its page (drafts for staff)
				new Row("GET", "/dashboard", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/dashboard?year=2000&by=policy", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/dashboard/trends", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", p + "/dashboard", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", d + "/dashboard", List.of(404, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/sheets/" + published, List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/sheets/" + draft, List.of(404, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/sheets/" + draft + "/warnings", List.of(401, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/sheets/" + published + "/warnings", List.of(401, 200, 200, 200, 200, 200, 200)),
				// the municipality's lists (published content for the public, drafts for staff) and the documentation
				new Row("API", "/api/v1/municipalities", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/municipalities/272035/sheets?fiscalYear=2000", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/municipalities/272035/sheets/" + draft, List.of(404, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/municipalities/272035/goals?fiscalYear=2000", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/municipalities/272035/actions?fiscalYear=2000", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/municipalities/272035/plan-nodes", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/municipalities/272035/policies", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/municipalities/272035/departments", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("API", "/api/v1/municipalities/272035/fiscal-years", List.of(200, 200, 200, 200, 200, 200, 200)),
				// progress: staff read; the department's editor and administrators write (an unknown action: 422)
				new Row("API", "/api/v1/municipalities/272035/sheets/" + draft + "/progress/1", List.of(401, 200, 200, 200, 200, 200, 200)),
				new Row("APIPOST", "/api/v1/municipalities/272035/sheets/" + draft + "/progress/1", List.of(401, 403, 422, 403, 403, 403, 422)),
				new Row("GET", "/v3/api-docs", List.of(200, 200, 200, 200, 200, 200, 200)),
				new Row("GET", "/swagger-ui/index.html", List.of(200, 200, 200, 200, 200, 200, 200)),
				// API tokens: administrators only; an empty form is a 400, an unknown token a 404
				new Row("GET", "/admin/tokens", List.of(302, 403, 403, 403, 403, 403, 200)),
				new Row("POST", "/admin/tokens", List.of(403, 403, 403, 403, 403, 403, 400)),
				new Row("POST", "/admin/tokens/0/revoke", List.of(403, 403, 403, 403, 403, 403, 404)),
				// the public has no session and so no CSRF token: refused before anything else
				new Row("POST", d + "/hearings", List.of(403, 403, 403, 403, 403, 409, 409)),
				new Row("POST", d + "/next-year", List.of(403, 403, 302, 403, 403, 403, 302)),
				new Row("POST", d + "/steps", List.of(403, 403, 302, 403, 403, 403, 302)));
	}

	/** A progress update of an action the sheet does not have, with the role's credentials. */
	private int apiPost(String path, TestUsers.TestUser user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(
					"{\"updates\":[{\"actionId\":\"" + UUID.randomUUID() + "\",\"status\":\"DONE\"}]}"));
		if (user != null) {
			request.header("Authorization", user.basic());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	/** The API with the role's credentials (HTTP Basic), or none for the public. */
	private int api(String path, TestUsers.TestUser user) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (user != null) {
			request.header("Authorization", user.basic());
		}
		return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}
}
