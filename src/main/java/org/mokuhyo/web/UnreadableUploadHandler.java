package org.mokuhyo.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.csrf.CsrfException;

/**
 * The upload form's CSRF token travels inside the multipart body. When that body cannot be read at all (over the
 * size limit, or broken), the token cannot be found either, and the refusal would be a bare 403 rather than the
 * reason. For exactly that case the request goes on to Spring MVC, which meets the same unreadable body before any
 * controller runs, and {@link UploadTooLargeResolver} shows the form with the reason (413 or 400). Nothing can be
 * stored this way: the body the controller would need is the one that could not be read, and the authorisation rules
 * of {@code /import} still apply to the forwarded request. Every other refusal is Spring Security's usual 403.
 */
final class UnreadableUploadHandler implements AccessDeniedHandler {

	private final AccessDeniedHandler standard = new AccessDeniedHandlerImpl();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response,
			AccessDeniedException accessDeniedException) throws IOException, ServletException {
		if (accessDeniedException instanceof CsrfException && isUpload(request) && unreadable(request)) {
			request.getRequestDispatcher("/import").forward(request, response);
			return;
		}
		standard.handle(request, response, accessDeniedException);
	}

	private static boolean isUpload(HttpServletRequest request) {
		String contentType = request.getContentType();
		return "POST".equals(request.getMethod())
				&& request.getRequestURI().equals(request.getContextPath() + "/import") && contentType != null
				&& contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/");
	}

	private static boolean unreadable(HttpServletRequest request) {
		try {
			request.getParts();
			return false;
		}
		catch (IOException | ServletException | IllegalStateException ex) {
			return true; // the container keeps this failure: Spring MVC's multipart resolution meets it again
		}
	}
}
