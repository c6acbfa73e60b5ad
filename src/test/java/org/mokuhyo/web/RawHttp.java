package org.mokuhyo.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for the requests Java's HTTP client will not send: a {@code Host} header of the
 * caller's choosing, as a client (or a proxy passing it on) may send any. One request a connection; the answer's
 * header names lower-cased, the body as received (chunk sizes and all: the tests only search it).
 */
final class RawHttp {

	private final int port;

	RawHttp(int port) {
		this.port = port;
	}

	Answer send(String method, String path, Map<String, String> headers, String body) throws IOException {
		StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\n");
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Host", "localhost:" + port);
		all.put("Accept", WebTestSupport.BROWSER_ACCEPT);
		all.putAll(headers);
		all.put("Connection", "close");
		byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
		if (body != null) {
			all.put("Content-Type", "application/x-www-form-urlencoded");
			all.put("Content-Length", Integer.toString(content.length));
		}
		all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
		request.append("\r\n");
		try (Socket socket = new Socket("localhost", port)) {
			socket.setSoTimeout(30_000);
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return Answer.read(socket.getInputStream());
		}
	}

	/** An answer: status, headers (names lower-cased, every value), body. */
	record Answer(int status, Map<String, List<String>> headers, String body) {

		static Answer read(InputStream in) throws IOException {
			ByteArrayOutputStream all = new ByteArrayOutputStream();
			in.transferTo(all);
			String text = all.toString(StandardCharsets.UTF_8);
			int end = text.indexOf("\r\n\r\n");
			String[] lines = text.substring(0, end).split("\r\n");
			Map<String, List<String>> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.computeIfAbsent(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), k -> new ArrayList<>())
					.add(lines[i].substring(colon + 1).strip());
			}
			return new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, text.substring(end + 4));
		}

		Optional<String> header(String name) {
			List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
			return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
		}

		List<String> all(String name) {
			return headers.getOrDefault(name.toLowerCase(Locale.ROOT), List.of());
		}

		/** The session cookie's pair (JSESSIONID=…) this answer set, if it set one. */
		Optional<String> sessionCookie() {
			return all("set-cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";")[0]).findFirst();
		}

		/** The value of the hidden {@code _csrf} field of the page's first post form. */
		String csrfToken() {
			var input = org.jsoup.Jsoup.parse(body).selectFirst("form[method=post] input[name=_csrf]");
			if (input == null) {
				throw new AssertionError("no CSRF field on the page: " + status);
			}
			return input.val();
		}
	}
}
