package org.mokuhyo.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mokuhyo.IntegrationTest;
import org.mokuhyo.Publish;
import org.mokuhyo.SampleSheets;
import org.mokuhyo.account.Accounts;
import org.mokuhyo.account.TestUsers.TestUser;
import org.mokuhyo.account.TestUsers;
import org.mokuhyo.organization.Organizations;
import org.mokuhyo.sheet.SheetStore;
import org.mokuhyo.web.RawHttp.Answer;
import org.mokuhyo.workflow.Workflows;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Behind a TLS proxy, over HTTP against the running application (the test's connections come from 127.0.0.1, an
 * address Tomcat trusts as a proxy): a request the proxy received over HTTPS ({@code X-Forwarded-Proto: https})
 * gets HSTS and a {@code Secure} session cookie, a plain one neither; a {@code Host} (or {@code X-Forwarded-Host}) of
 * the client's choosing never reaches a {@code Location}, a {@code Link} or a page; every page carries its
 * Content-Security-Policy, Referrer-Policy and Permissions-Policy.
 */
@IntegrationTest
class ProxyHeadersTest {

	private static final String EVIL = "evil.example";

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Organizations organizations;

	@Autowired
	SheetStore store;

	@Autowired
	Workflows workflows;

	private TestUsers users;

	private RawHttp http;

	@BeforeEach
	void setUp() {
		users = new TestUsers(accounts, organizations);
		http = new RawHttp(port);
	}

	@Test
	void overHttpsThroughTheProxyHstsIsSentAndTheSessionCookieIsSecure() throws IOException {
		Map<String, String> https = Map.of("X-Forwarded-Proto", "https");
		Answer page = http.send("GET", "/login", https, null);
		assertThat(page.header("Strict-Transport-Security")).hasValueSatisfying(v -> assertThat(v).contains("max-age="));
		assertThat(http.send("GET", "/api/v1/sheets", https, null).header("Strict-Transport-Security")).isPresent();

		String cookie = signIn(users.viewer(), https);
		assertThat(cookie).contains("JSESSIONID=").containsIgnoringCase("; Secure").containsIgnoringCase("HttpOnly");

		// the language the reader chose is remembered in a cookie of its own: Secure too
		assertThat(http.send("GET", "/?lang=en", https, null).header("Set-Cookie"))
			.hasValueSatisfying(v -> assertThat(v).contains("mokuhyo-lang=").containsIgnoringCase("; Secure"));
		assertThat(http.send("GET", "/?lang=en", Map.of(), null).header("Set-Cookie"))
			.hasValueSatisfying(v -> assertThat(v).contains("mokuhyo-lang=").doesNotContainIgnoringCase("secure"));
	}

	@Test
	void overPlainHttpNeitherHstsNorASecureCookie() throws IOException {
		Answer page = http.send("GET", "/login", Map.of(), null);
		assertThat(page.header("Strict-Transport-Security")).isEmpty();
		assertThat(http.send("GET", "/login", Map.of("X-Forwarded-Proto", "http"), null).header("Strict-Transport-Security"))
			.isEmpty();

		String cookie = signIn(users.viewer(), Map.of());
		assertThat(cookie).contains("JSESSIONID=").doesNotContainIgnoringCase("secure");
	}

	@Test
	void aHostOfTheClientsChoosingReachesNoRedirectLinkOrPage() throws IOException {
		Map<String, String> evil = new LinkedHashMap<>();
		evil.put("Host", EVIL);
		evil.put("X-Forwarded-Host", EVIL);
		List<Answer> answers = new ArrayList<>();

		// a closed page sends to the sign-in form, and remembers the page for after it
		Answer closed = http.send("GET", "/admin/departments", evil, null);
		answers.add(closed);
		assertThat(closed.status()).isEqualTo(302);
		assertThat(closed.header("Location")).hasValue("/login");
		String session = closed.sessionCookie().orElseThrow();

		// the sign-in goes back to the remembered page
		Map<String, String> withSession = with(evil, "Cookie", session);
		Answer form = http.send("GET", "/login", withSession, null);
		answers.add(form);
		TestUser admin = users.admin();
		Answer signedIn = http.send("POST", "/login", withSession, "username=" + admin.username() + "&password="
				+ admin.password() + "&_csrf=" + WebTestSupport.encode(form.csrfToken()));
		answers.add(signedIn);
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).hasValueSatisfying(v -> assertThat(v).startsWith("/admin/departments"));
		Map<String, String> admins = with(evil, "Cookie", signedIn.sessionCookie().orElseThrow());

		// post / redirect / get
		Answer list = http.send("GET", "/admin/departments", admins, null);
		answers.add(list);
		String token = list.csrfToken();
		Answer added = http.send("POST", "/admin/departments", admins,
				"name=" + WebTestSupport.encode(WebTestSupport.unique("企画部")) + "&_csrf=" + WebTestSupport.encode(token));
		answers.add(added);
		assertThat(added.status()).isEqualTo(302);
		assertThat(added.header("Location")).hasValue("/admin/departments");

		// pages, the API's list with its Link header, the OpenAPI document
		for (String path : List.of("/", "/search?q=%E7%9B%AE%E6%A8%99", "/browse", "/dashboard", "/open-data",
				"/account/password")) {
			answers.add(http.send("GET", path, admins, null));
		}
		organizations.findOrCreateMunicipality(WebTestSupport.unique("試験市"), null);
		organizations.findOrCreateMunicipality(WebTestSupport.unique("試験市"), null);
		Answer apiList = http.send("GET", "/api/v1/municipalities?size=1", evil, null);
		answers.add(apiList);
		assertThat(apiList.header("Link")).isPresent();
		Answer docs = http.send("GET", "/v3/api-docs", evil, null);
		answers.add(docs);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.body()).contains("\"servers\":[{\"url\":\"/\"");

		// signing out goes to the sign-in form of this site
		Answer out = http.send("POST", "/logout", admins, "_csrf=" + WebTestSupport.encode(list.csrfToken()));
		answers.add(out);
		assertThat(out.status()).isEqualTo(302);
		assertThat(out.header("Location")).hasValue("/login?logout");

		for (Answer answer : answers) {
			assertThat(answer.all("location")).noneMatch(v -> v.contains(EVIL));
			assertThat(answer.all("link")).noneMatch(v -> v.contains(EVIL));
			assertThat(answer.body()).doesNotContain(EVIL);
		}
	}

	@Test
	void everyPageCarriesItsContentSecurityReferrerAndPermissionsPolicies() throws IOException {
		List<String> pages = new ArrayList<>(List.of("/", "/login", "/search", "/search?q=%E7%9B%AE%E6%A8%99", "/browse",
				"/dashboard", "/dashboard/trends", "/compare-years", "/open-data", "/no-such-page", "/css/mokuhyo.css"));
		// a published sheet's page, the second time from the shared response cache
		UUID id = Publish.publish(workflows,
				store.save(SampleSheets.full(WebTestSupport.unique("方針部"), 2024), List.of(), "s.txt").id());
		pages.add("/sheets/" + id);
		pages.add("/sheets/" + id);
		pages.add("/sheets/" + id + "/dashboard");
		for (String path : pages) {
			assertPolicies(path, http.send("GET", path, Map.of(), null));
		}
		String session = signIn(users.admin(), Map.of()).split(";")[0];
		for (String path : List.of("/", "/admin/users", "/admin/departments", "/admin/tokens", "/imports/archive",
				"/progress/due", "/account/password", "/sheets/new")) {
			assertPolicies(path, http.send("GET", path, Map.of("Cookie", session), null));
		}
	}

	private static void assertPolicies(String path, Answer page) {
		String csp = page.header("Content-Security-Policy").orElseThrow(() -> new AssertionError("no CSP on " + path));
		assertThat(csp).as(path).contains("default-src 'self'", "script-src 'self'", "style-src 'self'",
				"frame-ancestors 'none'", "object-src 'none'");
		// style attributes on the dashboards only (ECharts), never a script or a <style> element
		assertThat(path.contains("dashboard") ? csp.replace("; style-src-attr 'unsafe-inline'", "") : csp).as(path)
			.doesNotContain("unsafe");
		assertThat(page.header("Referrer-Policy")).as(path).hasValue("same-origin");
		assertThat(page.header("Permissions-Policy")).as(path)
			.hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()", "microphone=()"));
		assertThat(page.header("X-Content-Type-Options")).as(path).hasValue("nosniff");
	}

	/** Signs in through the form and returns the Set-Cookie header of the new session. */
	private String signIn(TestUser user, Map<String, String> headers) throws IOException {
		Answer form = http.send("GET", "/login", headers, null);
		String cookie = form.sessionCookie().orElseThrow();
		Answer signedIn = http.send("POST", "/login", with(headers, "Cookie", cookie), "username=" + user.username()
				+ "&password=" + user.password() + "&_csrf=" + WebTestSupport.encode(form.csrfToken()));
		assertThat(signedIn.status()).isEqualTo(302);
		assertThat(signedIn.header("Location")).hasValue("/");
		String setCookie = signedIn.all("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
			.orElseThrow();
		return setCookie;
	}

	private static Map<String, String> with(Map<String, String> headers, String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put(name, value);
		return all;
	}
}
