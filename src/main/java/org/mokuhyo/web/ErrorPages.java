package org.mokuhyo.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.mokuhyo.platform.DatabaseFailures;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages in the site's layout and language (messages {@code error.*}): for the controllers here (an unknown sheet) and, as Boot's
 * {@link ErrorViewResolver}, for every error a browser meets (unknown address, upload over the size limit, failure).
 * Clients that do not ask for HTML keep Boot's JSON error body, except when the database is unreachable: that page is
 * drawn for every page request ({@code platform.DatabaseUnavailableFilter}).
 */
@Component
public class ErrorPages implements ErrorViewResolver {

	public static final String VIEW = "web/error";

	@Override
	public ModelAndView resolveErrorView(HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
		if (status == HttpStatus.SERVICE_UNAVAILABLE && request.getAttribute(DatabaseFailures.REQUEST_ATTRIBUTE) != null) {
			return databaseUnavailable();
		}
		return page(status);
	}

	/**
	 * The database cannot be reached ({@link DatabaseFailures}): 503, saying so. {@code databaseUnavailable} tells the
	 * layout to leave out what it would read from the database (the signed-in user's municipality).
	 */
	static ModelAndView databaseUnavailable() {
		return new ModelAndView(VIEW, Map.of("status", HttpStatus.SERVICE_UNAVAILABLE.value(), "key", "error.database",
				"databaseUnavailable", true), HttpStatus.SERVICE_UNAVAILABLE);
	}

	public static ModelAndView sheetNotFound() {
		return page(HttpStatus.NOT_FOUND, "error.sheet-not-found");
	}

	public static ModelAndView page(HttpStatus status) {
		return switch (status.value()) {
			case 400, 403, 404, 405, 413 -> page(status, "error." + status.value());
			default -> page(status, status.is5xxServerError() ? "error.server" : "error.other");
		};
	}

	/** The heading and the explanation are the messages {@code key.heading} and {@code key.message}, in the page's language. */
	private static ModelAndView page(HttpStatus status, String key) {
		return new ModelAndView(VIEW, Map.of("status", status.value(), "key", key), status);
	}
}
