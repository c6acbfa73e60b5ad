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
import org.mokuhyo.Multipart;
import org.jsoup.nodes.Document;

/**
 * A plain HTTP client for the pages of the running application, as a browser without JavaScript uses them: sends
 * what a browser sends (an HTML-first Accept header, the session cookie), follows no redirect by itself, and parses
 * the answer with jsoup.
 */
final class WebTestSupport {

	/** What a browser asks for when it navigates or submits a form. */
	static final String BROWSER_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

	private final String base;

	private final HttpClient http;

	/** A client of the server on that port, with its own cookie jar (so a flash message survives a redirect). */
	WebTestSupport(int port) {
		this.base = "http://localhost:" + port;
		this.http = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.cookieHandler(new CookieManager())
			.build();
	}

	/** A name no other test uses, e.g. 市民協働部-3f1c2a9e: the tests share one database. */
	static String unique(String name) {
		return name + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/** A query parameter value, percent-encoded as UTF-8. */
	static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	Response get(String path) throws IOException, InterruptedException {
		return get(path, BROWSER_ACCEPT);
	}

	Response get(String path, String accept) throws IOException, InterruptedException {
		return send(request(path, accept).GET().build());
	}

	/** Follows the redirect of a response, as a browser would. */
	Response follow(Response redirect) throws IOException, InterruptedException {
		String location = redirect.location();
		if (location == null) {
			throw new AssertionError("not a redirect: " + redirect.status());
		}
		return get(URI.create(base).resolve(location).toString().substring(base.length()));
	}

	Response post(String path, Multipart form) throws IOException, InterruptedException {
		return post(path, form, BROWSER_ACCEPT);
	}

	Response post(String path, Multipart form, String accept) throws IOException, InterruptedException {
		return send(request(path, accept).header("Content-Type", form.contentType())
			.POST(HttpRequest.BodyPublishers.ofByteArray(form.bytes()))
			.build());
	}

	/** A raw body with the given content type, as a broken client might send it. */
	Response postRaw(String path, String contentType, byte[] body) throws IOException, InterruptedException {
		return send(request(path, BROWSER_ACCEPT).header("Content-Type", contentType)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body))
			.build());
	}

	/** A form posted without a file input: application/x-www-form-urlencoded. */
	Response postUrlEncoded(String path, String body) throws IOException, InterruptedException {
		return send(request(path, BROWSER_ACCEPT).header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	Response send(String method, String path) throws IOException, InterruptedException {
		return send(request(path, BROWSER_ACCEPT).method(method, HttpRequest.BodyPublishers.noBody()).build());
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
	record Response(int status, HttpHeaders headers, String body) {

		Document document() {
			return Jsoup.parse(body);
		}

		String contentType() {
			return headers.firstValue("Content-Type").orElse("");
		}

		String location() {
			return headers.firstValue("Location").orElse(null);
		}
	}

	/**
	 * Writes the page to target/web-preview/ with its style sheet linked by file URL, to look at in a browser
	 * (e.g. a headless Chromium screenshot); not an assertion.
	 */
	static void writePreview(String name, Document doc) throws IOException {
		Path css = Path.of("src/main/resources/static/css/mokuhyo.css").toAbsolutePath();
		Document copy = doc.clone();
		copy.select("link[href=/css/mokuhyo.css]").attr("href", css.toUri().toString());
		Path dir = Path.of("target/web-preview");
		Files.createDirectories(dir);
		Files.writeString(dir.resolve(name), copy.outerHtml(), StandardCharsets.UTF_8);
	}
}
