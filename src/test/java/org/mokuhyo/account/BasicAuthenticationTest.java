package org.mokuhyo.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.web.WebTestSupport;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.AuthenticationProvider;

/**
 * HTTP Basic over HTTP against the running application, with the work counted where it is done: how often a
 * password was compared with a bcrypt hash. A program sending the right password with every request costs one
 * bcrypt; a changed or reset password ends what was remembered at once; after ten failures for a name the next
 * attempt is refused with 429 before any bcrypt, on the API and on the sign-in form alike. Each test speaks from an
 * address of its own ({@code X-Forwarded-For}, believed from 127.0.0.1, a trusted proxy), so the other tests' failures
 * from 127.0.0.1 count elsewhere.
 */
@IntegrationTest
class BasicAuthenticationTest {

	/** Staff only: without an account 401, with one the answer of the controller (no such sheet: 404). */
	private static final String STAFF_ONLY = "/api/v1/sheets/" + UUID.randomUUID() + "/warnings";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	AuthenticationProvider provider;

	@Autowired
	JdbcClient jdbc;

	private final HttpClient http = HttpClient.newHttpClient();

	private TestUsers users;

	private String address;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
		ThreadLocalRandom random = ThreadLocalRandom.current();
		address = "203.0." + random.nextInt(1, 255) + "." + random.nextInt(1, 255);
	}

	private long bcrypts() {
		return ((AccountAuthenticationProvider) provider).passwordChecks();
	}

	private HttpResponse<String> get(String username, String password) throws IOException, InterruptedException {
		String basic = "Basic " + java.util.Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + STAFF_ONLY))
			.header("Authorization", basic)
			.header("Accept", "application/json")
			.header("X-Forwarded-For", address)
			.GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	@Test
	void theRightPasswordAgainAndAgainCostsOneBcrypt() throws Exception {
		TestUsers.TestUser viewer = users.viewer();
		assertThat(get(viewer.username(), viewer.password()).statusCode()).isEqualTo(404);
		long before = bcrypts();
		for (int i = 0; i < 20; i++) {
			assertThat(get(viewer.username(), viewer.password()).statusCode()).isEqualTo(404);
		}
		assertThat(bcrypts() - before).isZero();
		// the name as the accounts compare it (any case) is the same pair; another password is not
		assertThat(get(viewer.username().toUpperCase(), viewer.password()).statusCode()).isEqualTo(404);
		assertThat(bcrypts() - before).isZero();
		assertThat(get(viewer.username(), viewer.password() + "x").statusCode()).isEqualTo(401);
		assertThat(bcrypts() - before).isEqualTo(1);
	}

	@Test
	void aChangedPasswordEndsTheRememberedOneAtOnce() throws Exception {
		TestUsers.TestUser editor = users.editor(WebTestSupport.unique("市民協働部"));
		assertThat(get(editor.username(), editor.password()).statusCode()).isEqualTo(404);

		String changed = "changed-password-0123";
		accounts.changePassword(editor.id(), editor.password(), changed);
		long before = bcrypts();
		assertThat(get(editor.username(), editor.password()).statusCode()).isEqualTo(401);
		assertThat(bcrypts() - before).as("the old pair is checked again, and fails").isEqualTo(1);
		assertThat(get(editor.username(), changed).statusCode()).isEqualTo(404);

		// a reset by an administrator, and a disabled account, alike
		accounts.resetPassword(editor.id(), "reset-password-0123");
		assertThat(get(editor.username(), changed).statusCode()).isEqualTo(401);
		assertThat(get(editor.username(), "reset-password-0123").statusCode()).isEqualTo(404);
		accounts.setEnabled(editor.id(), false);
		assertThat(get(editor.username(), "reset-password-0123").statusCode()).isEqualTo(401);
	}

	@Test
	void afterTenFailuresTheNameIsRefusedWith429BeforeAnyBcrypt() throws Exception {
		TestUsers.TestUser viewer = users.viewer();
		long before = bcrypts();
		for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
			assertThat(get(viewer.username(), "wrong-password-" + i).statusCode()).isEqualTo(401);
		}
		assertThat(bcrypts() - before).isEqualTo(SignInThrottle.MAX_FAILURES);
		assertThat(jdbc.sql("select failures from sign_in_failure where key = :key")
			.param("key", SignInThrottle.key("NAME", viewer.username()))
			.query(Integer.class)
			.single()).isEqualTo(SignInThrottle.MAX_FAILURES);

		HttpResponse<String> refused = get(viewer.username(), viewer.password());

		assertThat(refused.statusCode()).isEqualTo(429);
		long retryAfter = Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow());
		assertThat(retryAfter).isPositive().isLessThanOrEqualTo(SignInThrottle.WINDOW.toSeconds());
		assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
		assertThat(refused.body()).contains("\"code\":\"TOO_MANY_ATTEMPTS\"", "\"status\":429");
		assertThat(bcrypts() - before).as("refused before bcrypt").isEqualTo(SignInThrottle.MAX_FAILURES);

		// the form reads the same count from PostgreSQL, and refuses without bcrypt too
		WebTestSupport web = new WebTestSupport(port);
		assertThat(web.submitLogin(viewer.username(), viewer.password()).location()).endsWith("/login?locked");
		assertThat(bcrypts() - before).isEqualTo(SignInThrottle.MAX_FAILURES);
	}

	@Test
	void anUnknownNameCostsNoBcryptOnceLimited() throws Exception {
		String nobody = "nobody-" + UUID.randomUUID().toString().substring(0, 8);
		long before = bcrypts();
		for (int i = 0; i < SignInThrottle.MAX_FAILURES; i++) {
			assertThat(get(nobody, "any-password-" + i).statusCode()).isEqualTo(401);
		}
		// Spring spends a bcrypt on an unknown name too, so that its answer takes as long as a known one's
		assertThat(bcrypts() - before).isEqualTo(SignInThrottle.MAX_FAILURES);
		for (int i = 0; i < 5; i++) {
			assertThat(get(nobody, "any-password-x" + i).statusCode()).isEqualTo(429);
		}
		assertThat(bcrypts() - before).isEqualTo(SignInThrottle.MAX_FAILURES);
	}
}
