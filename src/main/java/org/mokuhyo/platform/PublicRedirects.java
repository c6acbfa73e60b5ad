package org.mokuhyo.platform;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every redirect and {@code Location} the application sends points at this application by its path, made absolute
 * only on the configured {@link PublicAddress}: never on the host the request named. Spring Security builds some
 * redirects from the request's host (the sign-in page for a closed page, the page saved before signing in); those
 * are brought back to their path here, whichever part wrote them, so no filter or controller has to remember it.
 * Tomcat sends a path as it is ({@code server.tomcat.use-relative-redirects}). Addresses of other sites pass
 * unchanged. Runs first, around everything else, including the security filters.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
public final class PublicRedirects extends OncePerRequestFilter {

	private final PublicAddress address;

	public PublicRedirects(PublicAddress address) {
		this.address = address;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		chain.doFilter(request, new Rewriting(request, response));
	}

	/** The address to send for the one the application wrote. */
	String rewrite(HttpServletRequest request, String location) {
		URI uri;
		try {
			uri = new URI(location);
		}
		catch (URISyntaxException ex) {
			return location; // not ours to mend; Tomcat sends it as it is
		}
		String path;
		if (uri.getScheme() != null || uri.getRawAuthority() != null) {
			if (uri.getHost() == null || !uri.getHost().equalsIgnoreCase(request.getServerName())) {
				return location; // another site's address, chosen on purpose
			}
			path = (uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
					+ (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
					+ (uri.getRawFragment() == null ? "" : "#" + uri.getRawFragment());
		}
		else if (location.startsWith("/")) {
			path = location;
		}
		else {
			try {
				path = new URI(request.getRequestURI()).resolve(uri).toString();
			}
			catch (URISyntaxException ex) {
				return location; // a request address no URI can hold: leave it to Tomcat
			}
		}
		return address.of(path);
	}

	private final class Rewriting extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		Rewriting(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public void sendRedirect(String location) throws IOException {
			super.sendRedirect(rewrite(request, location));
		}

		@Override
		public void sendRedirect(String location, int sc) throws IOException {
			super.sendRedirect(rewrite(request, location), sc);
		}

		@Override
		public void sendRedirect(String location, boolean clearBuffer) throws IOException {
			super.sendRedirect(rewrite(request, location), clearBuffer);
		}

		@Override
		public void sendRedirect(String location, int sc, boolean clearBuffer) throws IOException {
			super.sendRedirect(rewrite(request, location), sc, clearBuffer);
		}

		@Override
		public void setHeader(String name, String value) {
			super.setHeader(name, location(name, value));
		}

		@Override
		public void addHeader(String name, String value) {
			super.addHeader(name, location(name, value));
		}

		private String location(String name, String value) {
			return value != null && HttpHeaders.LOCATION.equalsIgnoreCase(name) ? rewrite(request, value) : value;
		}
	}
}
