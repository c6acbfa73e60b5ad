package org.mokuhyo.web;

import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.CsrfTokenRequestHandler;
import org.springframework.security.web.csrf.XorCsrfTokenRequestAttributeHandler;

/**
 * Spring Security's default token handling, except that a request body the container cannot read (an upload over
 * the size limit, a broken multipart body: Tomcat then throws from {@code getParameter}) counts as carrying no token,
 * so the refusal goes through {@link UnreadableUploadHandler} instead of escaping as a server error.
 */
final class UploadCsrfTokenHandler implements CsrfTokenRequestHandler {

	private final CsrfTokenRequestHandler standard = new XorCsrfTokenRequestAttributeHandler();

	@Override
	public void handle(HttpServletRequest request, HttpServletResponse response, Supplier<CsrfToken> csrfToken) {
		standard.handle(request, response, csrfToken);
	}

	@Override
	public String resolveCsrfTokenValue(HttpServletRequest request, CsrfToken csrfToken) {
		try {
			return standard.resolveCsrfTokenValue(request, csrfToken);
		}
		catch (IllegalStateException ex) {
			return null;
		}
	}
}
