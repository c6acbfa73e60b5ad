package org.mokuhyo.web;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.web.header.HeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * The headers that keep the pages to themselves. Content-Security-Policy: scripts, styles, images and requests from
 * this site only, and no inline script or style (the scripts are files under {@code /js} and the webjars; htmx is
 * told not to inject its indicator style, whose rules are in {@code mokuhyo.css}), nothing may frame a page, forms
 * post here only. One exception, on the dashboards alone: ECharts writes {@code style} attributes (the font of each
 * text of its SVG, its tooltips' layout), so there {@code style-src-attr 'unsafe-inline'} lets an attribute style
 * one element; {@code <style>} elements and every script stay refused. Referrer-Policy: other sites learn nothing of
 * the address a link was followed from. Permissions-Policy: no page uses the camera, the microphone, the position
 * or payments, so none may. HSTS (on HTTPS only, which behind a proxy means its {@code X-Forwarded-Proto: https}) for
 * this host, not its subdomains: the application does not know what else runs under the municipality's domain.
 */
final class PageSecurityHeaders {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	static final String CHART_PAGES_POLICY = CONTENT_SECURITY_POLICY + "; style-src-attr 'unsafe-inline'";

	static final String PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), "
			+ "magnetometer=(), microphone=(), payment=(), usb=()";

	private static final RequestMatcher CHART_PAGES = new OrRequestMatcher(
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/dashboard"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/dashboard/**"),
			PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/sheets/*/dashboard"));

	private PageSecurityHeaders() {
	}

	static Customizer<HeadersConfigurer<HttpSecurity>> apply() {
		HeaderWriter policy = (request, response) -> response.setHeader("Content-Security-Policy",
				CHART_PAGES.matches(request) ? CHART_PAGES_POLICY : CONTENT_SECURITY_POLICY);
		return headers -> headers
			.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false).maxAgeInSeconds(31_536_000))
			.addHeaderWriter(policy)
			.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
			.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY));
	}
}
