package org.mokuhyo.platform;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The last word on a request the database failed (see {@link DatabaseFailures}): 503 with {@code Retry-After},
 * wherever the failure came from — a controller, a view, or a filter before any controller (the sign-in, a signed-in
 * session's account, an API token, the response caches), which no {@code @ExceptionHandler} sees. Outside every other
 * filter, Spring Security's included. Pages get the site's error page in HTML whatever {@code Accept} said (an htmx
 * request or a script meets a page too; Boot would have answered those with its JSON); the API its RFC 9457 problem
 * {@value DatabaseFailures#CODE}. Other failures pass on untouched.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@Order(Ordered.HIGHEST_PRECEDENCE + 1) // just inside the character encoding
final class DatabaseUnavailableFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(DatabaseUnavailableFilter.class);

	private final JsonMapper json;

	DatabaseUnavailableFilter(JsonMapper json) {
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException ex) {
			if (!DatabaseFailures.isUnavailable(ex) || response.isCommitted()) {
				throw ex;
			}
			log.warn("Database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(),
					DatabaseFailures.describe(ex));
			response.reset();
			response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
			request.setAttribute(DatabaseFailures.REQUEST_ATTRIBUTE, Boolean.TRUE);
			if (isApi(request)) {
				writeProblem(request, response);
			}
			else {
				errorPage(request, response, ex);
			}
		}
	}

	static boolean isApi(HttpServletRequest request) {
		return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
	}

	/**
	 * The same problem {@code api.ApiError} writes (this module cannot use it): type, title, status, detail, instance,
	 * code.
	 */
	private void writeProblem(HttpServletRequest request, HttpServletResponse response) throws IOException {
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", "urn:mokuhyo:problem:database-unavailable");
		problem.put("title", "現在利用できません");
		problem.put("status", HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		problem.put("detail", DatabaseFailures.DETAIL);
		problem.put("instance", request.getRequestURI());
		problem.put("code", DatabaseFailures.CODE);
		response.getOutputStream().write(json.writeValueAsBytes(problem));
	}

	/**
	 * Boot's error controller draws the page (the web module's error pages), reached by a forward as the container's
	 * own error dispatch would, but asking for HTML. The error attributes make the filters that skip error dispatches
	 * (the signed-in session's account check, which would meet the same database) skip this one too.
	 */
	private static void errorPage(HttpServletRequest request, HttpServletResponse response, Exception ex)
			throws IOException {
		request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION, ex);
		request.setAttribute(RequestDispatcher.ERROR_EXCEPTION_TYPE, ex.getClass());
		request.setAttribute(RequestDispatcher.ERROR_MESSAGE, "database unavailable");
		request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
		response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try {
			request.getRequestDispatcher("/error").forward(new AcceptingHtml(request), response);
		}
		catch (ServletException | IOException | RuntimeException failed) {
			log.warn("The error page could not be drawn: {}", DatabaseFailures.describe(failed));
			if (!response.isCommitted()) {
				response.reset();
				response.setHeader(HttpHeaders.RETRY_AFTER, Integer.toString(DatabaseFailures.RETRY_AFTER_SECONDS));
				response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
			}
		}
	}

	/** The request as a browser's: the error controller then draws the HTML page. */
	private static final class AcceptingHtml extends HttpServletRequestWrapper {

		AcceptingHtml(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? MediaType.TEXT_HTML_VALUE : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(List.of(MediaType.TEXT_HTML_VALUE))
					: super.getHeaders(name);
		}
	}
}
