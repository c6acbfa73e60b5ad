package org.mokuhyo.platform;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.Role;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.token.ApiTokens;
import org.mokuhyo.token.TokenScope;
import org.mokuhyo.web.WebTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13: PostgreSQL gone. The application runs against a PostgreSQL of this test's own, given by URL as in
 * production; the test stops it and meets the application as its users do: a page is the Japanese 503 page (HTML
 * even to a client that did not ask for it), the API the problem {@code DATABASE_UNAVAILABLE}, good credentials
 * (HTTP Basic, an API token, the sign-in form, a signed-in session) a 503 and never a 401 or "wrong password",
 * readiness DOWN and liveness UP. Then PostgreSQL starts again on the same port and data, and everything works again
 * without a restart of the application.
 */
class DatabaseOutageTest {

	private static final String DOWN_HEADING = "ただいまご利用いただけません";

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anUnreachableDatabaseIsA503EverywhereAndTheApplicationRecovers(@TempDir Path dir) throws Exception {
		Path data = dir.resolve("postgres");
		EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false)
			.start();
		int port = postgres.getPort();
		try (RunningApplication app = RunningApplication.start(
				"spring.datasource.url=jdbc:postgresql://localhost:" + port + "/postgres",
				"spring.datasource.username=postgres")) {
			// seconds, not Hikari's 30: the settings a request waits by
			HikariDataSource pool = app.context.getBean(HikariDataSource.class);
			assertThat(pool.getConnectionTimeout()).isEqualTo(5000);
			assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "5")
				.containsEntry("loginTimeout", "5");

			TestUsers users = new TestUsers(app.context.getBean(Accounts.class),
					app.context.getBean(Organizations.class));
			TestUsers.TestUser admin = users.admin();
			TestUsers.TestUser basicUser = users.viewer(); // first used while the database is down
			TestUsers.TestUser formUser = users.viewer();
			users.editor("市民協働部");
			Organizations organizations = app.context.getBean(Organizations.class);
			long municipality = organizations.findMunicipality(TestUsers.MUNICIPALITY).orElseThrow().id();
			long department = organizations.findDepartment(TestUsers.MUNICIPALITY, "市民協働部").orElseThrow().id();
			String token = app.context.getBean(ApiTokens.class)
				.issue(new CurrentUser(admin.id(), admin.username(), "管理者", municipality, Set.of(Role.ADMIN),
						Set.of()), "outage", List.of(department), EnumSet.of(TokenScope.IMPORT))
				.secret();
			WebTestSupport signedIn = new WebTestSupport(app.port);
			signedIn.signIn(admin);
			assertThat(app.get("/health/ready").statusCode()).isEqualTo(200);

			postgres.close(); // PostgreSQL gone

			ExecutorService clients = Executors.newFixedThreadPool(9);
			try {
				Future<HttpResponse<String>> browserPage = clients
					.submit(() -> app.get("/", "Accept", "text/html,application/xhtml+xml,*/*;q=0.8"));
				Future<HttpResponse<String>> scriptPage = clients.submit(() -> app.get("/browse"));
				Future<HttpResponse<String>> api = clients.submit(() -> app.get("/api/v1/sheets"));
				Future<HttpResponse<String>> basic = clients.submit(() -> app
					.get("/api/v1/municipalities/272035/sheets", "Authorization", basicUser.basic()));
				Future<HttpResponse<String>> bearer = clients
					.submit(() -> app.get("/api/v1/municipalities", "Authorization", "Bearer " + token));
				Future<WebTestSupport.Response> form = clients
					.submit(() -> new WebTestSupport(app.port).submitLogin(formUser.username(), formUser.password()));
				Future<WebTestSupport.Response> session = clients.submit(() -> signedIn.get("/account/password"));
				Future<HttpResponse<String>> ready = clients.submit(() -> app.get("/health/ready"));
				Future<HttpResponse<String>> live = clients.submit(() -> app.get("/health/live"));

				assertDownPage(browserPage.get());
				assertDownPage(scriptPage.get()); // no Accept header: still the page, not Boot's JSON
				assertProblem(api.get());
				assertProblem(basic.get()); // good credentials: not 401
				assertProblem(bearer.get()); // a valid token: not 401
				WebTestSupport.Response signIn = form.get();
				assertThat(signIn.status()).isEqualTo(503); // not back to the form with "wrong password"
				assertThat(signIn.document().select("h1").text()).isEqualTo(DOWN_HEADING);
				WebTestSupport.Response page = session.get();
				assertThat(page.status()).isEqualTo(503);
				assertThat(page.document().select("h1").text()).isEqualTo(DOWN_HEADING);
				assertThat(ready.get().statusCode()).isEqualTo(503);
				assertThat(json.readTree(ready.get().body()).get("status").asString()).isEqualTo("DOWN");
				assertThat(live.get().statusCode()).isEqualTo(200);
			}
			finally {
				clients.shutdownNow();
			}

			postgres = EmbeddedPostgres.builder().setDataDirectory(data).setCleanDataDirectory(false).setPort(port)
				.start(); // back, same port and data

			assertThat(app.awaitReady(Duration.ofSeconds(30))).isEqualTo(200);
			assertThat(json.readTree(app.get("/health/ready").body()).get("status").asString()).isEqualTo("UP");
			assertThat(app.get("/", "Accept", "text/html").statusCode()).isEqualTo(200);
			assertThat(app.get("/api/v1/municipalities/272035/sheets", "Authorization", basicUser.basic()).statusCode())
				.isEqualTo(200);
			assertThat(app.get("/api/v1/municipalities", "Authorization", "Bearer " + token).statusCode()).isEqualTo(200);
			assertThat(signedIn.get("/account/password").status()).isEqualTo(200); // the session survived
			assertThat(new WebTestSupport(app.port).submitLogin(formUser.username(), formUser.password()).location())
				.doesNotContain("/login");
		}
		finally {
			postgres.close();
		}
	}

	private static void assertDownPage(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
		assertThat(response.body()).contains(DOWN_HEADING).contains("データベースに接続できない")
			.contains("エラーコード: 503");
	}

	private void assertProblem(HttpResponse<String> response) {
		assertThat(response.statusCode()).isEqualTo(503);
		assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
		assertThat(response.headers().firstValue("Retry-After")).hasValue("10");
		JsonNode problem = json.readTree(response.body());
		assertThat(problem.get("code").asString()).isEqualTo("DATABASE_UNAVAILABLE");
		assertThat(problem.get("status").asInt()).isEqualTo(503);
		assertThat(problem.get("type").asString()).isEqualTo("urn:mokuhyo:problem:database-unavailable");
	}
}
