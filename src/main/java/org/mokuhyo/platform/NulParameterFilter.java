package org.mokuhyo.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request whose parameters hold a NUL character is refused with 400 before anything reads them: no text in the
 * application may hold one (PostgreSQL refuses it in text, which turned such a request into a 500 wherever a
 * parameter reached a query). Pages get the error page, the API its RFC 9457 problem ({@code INVALID_PARAMETER}).
 * Runs before the security filters, so a bad request costs no password check. Multipart bodies are left to their
 * readers (their fields are read as files and checked there).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public final class NulParameterFilter extends OncePerRequestFilter {

	private static final String DETAIL = "パラメータに使えない文字（NUL）が含まれています";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!holdsNul(request)) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getRequestURI().startsWith("/api/")) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			response.setContentType("application/problem+json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			response.getWriter()
				.write("{\"type\":\"urn:mokuhyo:problem:invalid-parameter\",\"title\":\"リクエストが正しくありません\","
						+ "\"status\":400,\"detail\":\"" + DETAIL + "\",\"code\":\"INVALID_PARAMETER\"}");
			return;
		}
		response.sendError(HttpServletResponse.SC_BAD_REQUEST, DETAIL);
	}

	private static boolean holdsNul(HttpServletRequest request) {
		String query = request.getQueryString();
		if (query != null && query.toLowerCase(Locale.ROOT).contains("%00")) {
			return true;
		}
		String type = request.getContentType();
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
			return false;
		}
		return request.getParameterMap()
			.values()
			.stream()
			.flatMap(java.util.Arrays::stream)
			.anyMatch(value -> value != null && value.indexOf('\u0000') >= 0);
	}
}
