package org.mokuhyo.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.mokuhyo.Multipart;
import org.mokuhyo.account.TestUsers;

/**
 * A plain HTTP client for the pages of the running application, as a browser without JavaScript uses them: sends
 * what a browser sends (an HTML-first Accept header, the session cookie), follows no redirect by itself, and parses
 * the answer with jsoup. After {@link #signIn} it is that user's browser: every form post carries the session's CSRF
 * token, as the pages' forms do.
 */
public final class WebTestSupport {

	/** What a browser asks for when it navigates or submits a form. */
	public static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final HttpClient http;

	private final CookieManager cookies = new CookieManager();

	/** The CSRF token of the signed-in session; null before {@link #signIn}. */
	private String csrf;

	/** A client of the server on that port, with its own cookie jar (so a flash message survives a redirect). */
	public WebTestSupport(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(cookies)
			.build();
	}

	/**
	 * Signs in through the form as a person does and keeps the session; the session cookie and CSRF token are
	 * returned for tests that send their own requests.
	 *
	 * @throws AssertionError when the sign-in fails
	 */
	public Session signIn(TestUsers.TestUser user) throws IOException, InterruptedException {
		return signIn(user.username(), user.password());
	}

	public Session signIn(String username, String password) throws IOException, InterruptedException {
		Response signedIn = submitLogin(username, password);
		if (signedIn.status() != 302 || signedIn.location().contains("/login")) {
			throw new AssertionError("sign-in of " + username + " failed: " + signedIn.status() + " " + signedIn.location());
		}
		// the session and its token are new after signing in: take the token from a page with a form
		csrf = formToken(get("/account/password"));
		return session();
	}

	/** Posts the sign-in form (with the login page's CSRF token) and returns the answer, success or not. */
	public Response submitLogin(String username, String password) throws IOException, InterruptedException {
		String token = formToken(get("/login"));
		return send(request("/login", BROWSER_ACCEPT).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + encode(username) + "&password=" + encode(password)
					+ "&_csrf=" + encode(token)))
			.build());
	}

	/** Signs out with the header's button. */
	public Response signOut() throws IOException, InterruptedException {
		Response out = postUrlEncoded("/logout", "");
		csrf = null;
		return out;
	}

	/** The session cookie ("JSESSIONID=…") and the CSRF token, for requests made without this client. */
	public Session session() {
		String cookie = cookies.getCookieStore()
			.getCookies()
			.stream()
			.filter(c -> c.getName().equals("JSESSIONID"))
			.map(c -> c.getName() + "=" + c.getValue())
			.findFirst()
			.orElse(null);
		return new Session(cookie, csrf);
	}

	/** Forgets the CSRF token (the cookie stays): the next post is sent as a forged one would be. */
	public void dropCsrfToken() {
		csrf = null;
	}

	/** The value of the hidden {@code _csrf} field of the first post form of a page. */
	public static String formToken(Response page) {
		var input = page.document().selectFirst("form[method=post] input[name=_csrf]");
		if (input == null) {
			throw new AssertionError("no CSRF field on the page: " + page.status());
		}
		return input.val();
	}

	/** A signed-in session as other HTTP clients can use it. */
	public record Session(String cookie, String csrfToken) {
	}

	/** A name no other test uses, e.g. 市民協働部-3f1c2a9e: the tests share one database. */
	public static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A query parameter value, percent-encoded as UTF-8. */
	public static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	public Response get(String path) throws IOException, InterruptedException {
		return get(path, BROWSER_ACCEPT);
	}

	public Response get(String path, String accept) throws IOException, InterruptedException {
		return send(request(path, accept).GET().build());
	}

	/** A GET with one more request header (htmx's HX-Request, say). */
	public Response get(String path, String header, String value) throws IOException, InterruptedException {
		return send(request(path, BROWSER_ACCEPT).header(header, value).GET().build());
	}

	/** Follows the redirect of a response, as a browser would. */
	public Response follow(Response redirect) throws IOException, InterruptedException {
		String location = redirect.location();
		if (location == null) {
			throw new AssertionError("not a redirect: " + redirect.status());
		}
		return get(URI.create(base).resolve(location).toString().substring(base.length()));
	}

	public Response post(String path, Multipart form) throws IOException, InterruptedException {
		return post(path, form, BROWSER_ACCEPT);
	}

	public Response post(String path, Multipart form, String accept) throws IOException, InterruptedException {
		if (csrf != null) {
			form.field("_csrf", csrf); // where a browser sends it: the form's hidden field, after the others
		}
		return send(request(path, accept).header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
			.build());
	}

	/** A raw body with the given content type, as a broken client might send it. */
	public Response postRaw(String path, String contentType, byte[] body) throws IOException, InterruptedException {
		return send(request(path, BROWSER_ACCEPT).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/** A form posted without a file input: application/x-www-form-urlencoded. */
	public Response postUrlEncoded(String path, String body) throws IOException, InterruptedException {
		String withToken = csrf == null ? body : (body.isEmpty() ? "" : body + "&") + "_csrf=" + encode(csrf);
		return send(request(path, BROWSER_ACCEPT).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(withToken))
			.build());
	}

	/** Any method; a signed-in client sends its CSRF token as the {@code X-CSRF-TOKEN} header. */
	public Response send(String method, String path) throws IOException, InterruptedException {
		HttpRequest.Builder builder = request(path, BROWSER_ACCEPT);
		if (csrf != null) {
			builder.header("X-CSRF-TOKEN", csrf);
		}
		return send(builder.method(method, HttpRequest.BodyPublishers.noBody()).build());
	}

	private HttpRequest.Builder request(String path, String accept) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path));
		if (accept != null) {
			builder.header("Accept", accept);
		}
		return builder;
	}

	private Response send(HttpRequest request) throws IOException, InterruptedException {
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		return new Response(response.statusCode(), response.headers(), response.body());
	}

	/** An answer of the server. */
	public record Response(int status, HttpHeaders headers, String body) {

		public Document document() {
			return Jsoup.parse(body);
		}

		public String contentType() {
			return headers.firstValue("Content-Type").orElse("");
		}

		public String location() {
			return headers.firstValue("Location").orElse(null);
		}
	}

	/**
	 * Writes the page to target/web-preview/ with its style sheet linked by file URL, to look at in a browser
	 * (e.g. a headless Chromium screenshot); not an assertion.
	 */
	public static void writePreview(String name, Document doc) throws IOException {
		Path css = Path.of("src/main/resources/static/css/mokuhyo.css").toAbsolutePath();
		Document copy = doc.clone();
		copy.select("link[href=/css/mokuhyo.css]").attr("href", css.toUri().toString());
		Path dir = Path.of("target/web-preview");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(name), copy.outerHtml(), StandardCharsets.UTF_8);
	}
}
