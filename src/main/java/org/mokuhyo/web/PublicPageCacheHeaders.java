package org.mokuhyo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;

/**
 * Spring Security's "never store" for every page, except a GET of a sheet page without a session: that answer is
 * the same for everyone (it is what the shared response cache serves), so it may be kept and revalidated with its
 * ETag ({@code no-cache}: always ask, get a 304 while the version is the same). The language comes from a cookie,
 * so a shared cache must keep one copy per cookie ({@code Vary: Cookie}).
 */
final class PublicPageCacheHeaders implements HeaderWriter {

	private final HeaderWriter noStore = new CacheControlHeadersWriter();

	@Override
	public void writeHeaders(HttpServletRequest request, HttpServletResponse response) {
		if ("GET".equals(request.getMethod()) && request.getSession(false) == null
				&& request.getRequestURI().startsWith(request.getContextPath() + "/sheets/")) {
			if (!response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
				response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
			}
			if (!response.getHeaders(HttpHeaders.VARY).contains("Cookie")) {
				response.addHeader(HttpHeaders.VARY, "Cookie");
			}
			return;
		}
		noStore.writeHeaders(request, response);
	}
}
