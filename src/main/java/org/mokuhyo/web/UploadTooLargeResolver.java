package org.mokuhyo.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mokuhyo.web.admin.BulkImportController;
import org.mokuhyo.web.sheet.HomeController;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the servlet's multipart limit, or a multipart body that cannot be read at all, fails before any
 * controller is chosen, and Spring's own answer is an empty 413 or a 500 (the error page's dispatch fails on the same
 * multipart body). For the upload forms (one sheet, a zip of many) this shows the form again with the reason instead (413 or 400). Any other address, or a client that does not take HTML, keeps Spring's answer.
 * <p>
 * A resolver ahead of Spring MVC's own (order 0) rather than an {@code @ExceptionHandler}: with no controller chosen,
 * Spring MVC asks only the first advice that declares a handler for the exception, and the API's fallback advice,
 * which declines anything outside {@code /api/}, would otherwise answer for the form too.
 */
@Component
class UploadTooLargeResolver implements HandlerExceptionResolver, Ordered {

	private final HomeController home;

	private final BulkImportController bulk;

	UploadTooLargeResolver(HomeController home, BulkImportController bulk) {
		this.home = home;
		this.bulk = bulk;
	}

	@Override
	public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
			Exception ex) {
		if (!(ex instanceof MultipartException) || !acceptsHtml(request)) {
			return null; // not ours: Spring MVC's resolvers answer as before
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.equals("/imports/archive")) {
			return bulk.refusedUpload(ex instanceof MaxUploadSizeExceededException);
		}
		if (!path.equals("/import")) {
			return null;
		}
		return ex instanceof MaxUploadSizeExceededException ? home.tooLarge() : home.unreadableUpload();
	}

	@Override
	public int getOrder() {
		return -1;
	}

	private static boolean acceptsHtml(HttpServletRequest request) {
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept == null || accept.isBlank()) {
			return true;
		}
		try {
			return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> type.includes(MediaType.TEXT_HTML));
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}
}
