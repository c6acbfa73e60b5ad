package org.mokuhyo.web;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The headers that keep the pages to themselves. Content-Security-Policy: scripts, styles, images and requests from
 * this site only, and no inline script or style at all (the scripts are files under {@code /js} and the webjars; htmx
 * is told not to inject its indicator style, whose rules are in {@code mokuhyo.css}; ECharts sets styles through
 * the DOM, which a policy does not govern), nothing may frame a page, forms post here only. Referrer-Policy: other
 * sites learn nothing of the address a link was followed from. Permissions-Policy: no page uses the camera, the
 * microphone, the position or payments, so none may. HSTS (HTTPS only, which behind a proxy means its
 * {@code X-Forwarded-Proto: https}) for this host, not its subdomains: the application does not know what else runs
 * under the municipality's domain.
 */
final class PageSecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private PageSecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> apply() {
		return headers -> headers
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false).maxAgeInSeconds(31_536_000))
			.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}
}
