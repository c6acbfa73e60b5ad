package org.mokuhyo.web;

import java.io.IOException;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.mokuhyo.platform.VersionedCache;
import org.mokuhyo.sheet.SheetStore;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Serves the sheet page of an anonymous reader from the rendered HTML of the sheet's current version: a version
 * never changes, and reading is what most visitors do. Requests with a session (flash messages now, signed-in staff
 * later, whose pages differ) always render afresh. The ETag names the version, so browsers re-validate with a 304.
 */
@Component
class SheetPageCache extends OncePerRequestFilter {

	private static final Pattern SHEET_PAGE = Pattern.compile("^/sheets/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$");

	private static final String VARIANT = "page";

	private final SheetStore store;

	private final VersionedCache cache = VersionedCache.ofHeapShare(16);

	SheetPageCache(SheetStore store) {
		this.store = store;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"GET".equals(request.getMethod()) || request.getSession(false) != null
				|| !SHEET_PAGE.matcher(request.getRequestURI()).matches();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Matcher m = SHEET_PAGE.matcher(request.getRequestURI());
		UUID id = m.matches() ? UUID.fromString(m.group(1)) : null;
		Optional<Integer> version = store.currentVersion(id);
		if (version.isEmpty()) {
			chain.doFilter(request, response); // the controller answers the 404
			return;
		}
		String etag = "\"" + id + "-" + version.get() + "-page\"";
		if (etag.equals(request.getHeader(HttpHeaders.IF_NONE_MATCH))) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			response.setHeader(HttpHeaders.ETAG, etag);
			return;
		}
		Optional<byte[]> cached = cache.get(id, version.get(), VARIANT);
		if (cached.isPresent()) {
			response.setContentType("text/html;charset=UTF-8");
			response.setHeader(HttpHeaders.ETAG, etag);
			response.setContentLength(cached.get().length);
			response.getOutputStream().write(cached.get());
			return;
		}
		ContentCachingResponseWrapper wrapper = new ContentCachingResponseWrapper(response);
		wrapper.setHeader(HttpHeaders.ETAG, etag);
		chain.doFilter(request, wrapper);
		// only a plain page of that same version, rendered without a session, is kept
		if (wrapper.getStatus() == HttpServletResponse.SC_OK && request.getSession(false) == null
				&& store.currentVersion(id).equals(version)) {
			cache.put(id, version.get(), VARIANT, wrapper.getContentAsByteArray());
		}
		wrapper.copyBodyToResponse();
	}
}
