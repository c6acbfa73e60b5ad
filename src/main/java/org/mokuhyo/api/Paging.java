package org.mokuhyo.api;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code page} (1-based, default 1) and {@code size} (default {@value #DEFAULT_SIZE}, at most {@value #MAX_SIZE}) of
 * a list request; anything else is a 400 naming the parameter.
 */
record Paging(int page, int size) {

	static final int DEFAULT_SIZE = 50;

	static final int MAX_SIZE = 200;

	static Paging of(String page, String size) {
		int p = number(page, "page", 1, 1_000_000);
		int s = number(size, "size", DEFAULT_SIZE, MAX_SIZE);
		return new Paging(p, s);
	}

	private static int number(String text, String name, int absent, int max) {
		if (text == null || text.isBlank()) {
			return absent;
		}
		String digits = Normalizer.normalize(text.strip(), Normalizer.Form.NFKC);
		if (!digits.matches("\\d{1,7}") || Integer.parseInt(digits) < 1 || Integer.parseInt(digits) > max) {
			throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
					"パラメータ " + name + " は1から" + max + "までの整数で指定してください");
		}
		return Integer.parseInt(digits);
	}

	/** Longer queries are no list request a person or program makes; echoed four times they would overflow the header. */
	static final int MAX_QUERY = 1000;

	/**
	 * The page with its {@code Link} header: the same request with another {@code page}, as a path relative to the
	 * server (RFC 8288 allows it): never the {@code Host} the request claimed, which a proxy or a client may forge.
	 */
	static <T> ResponseEntity<PageResponse<T>> respond(PageResponse<T> body) {
		HttpServletRequest request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes())
			.getRequest();
		if (request.getQueryString() != null && request.getQueryString().length() > MAX_QUERY) {
			throw new ApiProblem(org.springframework.http.HttpStatus.BAD_REQUEST, "INVALID_PARAMETER",
					"パラメータが長すぎます（合わせて" + MAX_QUERY + "文字まで）");
		}
		List<String> links = new ArrayList<>();
		links.add(link(request, 1, "first"));
		if (body.page() > 1) {
			links.add(link(request, Math.min(body.page() - 1, body.totalPages()), "prev"));
		}
		if (body.page() < body.totalPages()) {
			links.add(link(request, body.page() + 1, "next"));
		}
		links.add(link(request, body.totalPages(), "last"));
		return ResponseEntity.ok().header(HttpHeaders.LINK, String.join(", ", links)).body(body);
	}

	private static String link(HttpServletRequest request, int page, String rel) {
		String uri = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", page)
			.build()
			.toUriString();
		return "<" + uri + ">; rel=\"" + rel + "\"";
	}
}
