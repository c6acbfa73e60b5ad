package org.mokuhyo.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * One person's browser for {@code bench-edits}: its own session cookie, forms read from the pages and posted back
 * with the CSRF token they carry, no redirect followed. The HTTP client (and its keep-alive connections) is shared by
 * all the benchmark's people, so a thousand of them do not need a thousand selector threads; the cookie is therefore
 * kept here rather than in a cookie handler of the client.
 */
final class BenchBrowser {

	/** What a browser asks for when it navigates or submits a form. */
	private static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	/** An answer and how long it took, request sent to body read. */
	record Page(int status, String location, String body, long nanos) {
	}

	private final HttpClient http;

	private final String base;

	private String cookie;

	BenchBrowser(HttpClient http, int port) {
		this.http = http;
		this.base = "http://localhost:" + port;
	}

	/** A client for many browsers: HTTP/1.1 as a browser's form posts, no redirects followed. */
	static HttpClient sharedClient() {
		return HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(30))
			.build();
	}

	/** Through the sign-in form, as a person does; the session cookie is kept for the next requests. */
	void signIn(String username, String password) throws IOException, InterruptedException {
		Page login = get("/login");
		Map<String, String> form = form(login, "/login");
		form.put("username", username);
		form.put("password", password);
		Page signedIn = post("/login", form);
		if (signedIn.status() != 302 || signedIn.location() == null || signedIn.location().contains("/login")) {
			throw new IllegalStateException("sign-in of " + username + " failed: " + signedIn.status() + " "
					+ signedIn.location());
		}
	}

	Page get(String path) throws IOException, InterruptedException {
		return send(request(path).GET().build());
	}

	/** Posts the fields as {@code application/x-www-form-urlencoded}, in their order. */
	Page post(String path, Map<String, String> fields) throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map(f -> encode(f.getKey()) + "=" + encode(f.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	/**
	 * The named fields of the page's post form whose action ends with {@code actionSuffix}, as a browser would submit
	 * them unchanged (hidden fields, the CSRF token among them, text inputs and text areas, newlines kept).
	 */
	static Map<String, String> form(Page page, String actionSuffix) {
		Element form = Jsoup.parse(page.body())
			.select("form[method=post]")
			.stream()
			.filter(f -> f.attr("action").endsWith(actionSuffix))
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("no form for " + actionSuffix + " on the page (" + page.status()
					+ ")"));
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element field : form.select("input[name], textarea[name]")) {
			fields.put(field.attr("name"), field.tagName().equals("textarea") ? field.wholeText() : field.val());
		}
		return fields;
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.timeout(Duration.ofMinutes(5))
			.header("Accept", ACCEPT);
		if (cookie != null) {
			builder.header("Cookie", cookie);
		}
		return builder;
	}

	private Page send(HttpRequest request) throws IOException, InterruptedException {
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		long nanos = System.nanoTime() - start;
		// the sign-in gives a new session id (session fixation protection): take whichever the server sets
		response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith("JSESSIONID="))
			.findFirst()
			.ifPresent(c -> cookie = c.substring(0, c.indexOf(';') < 0 ? c.length() : c.indexOf(';')));
		return new Page(response.statusCode(), response.headers().firstValue("Location").orElse(null), response.body(),
				nanos);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
