package org.mokuhyo.api;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;

/**
 * The API's documentation, open to everyone and read only: the OpenAPI document ({@code /v3/api-docs}) and Swagger UI
 * ({@code /swagger-ui/…}, served from its jar, no CDN). A chain of its own, so the pages' chain (sessions, CSRF) is
 * untouched and no session starts here; Swagger UI gets a Content-Security-Policy that allows only this server
 * (its styles are set inline by its scripts, hence {@code 'unsafe-inline'} for styles alone: it also adds a
 * {@code <style>} element, so {@code style-src-attr} alone is not enough, as ContentSecurityPolicyBrowserTest shows).
 * Referrer-Policy, Permissions-Policy and HSTS as on the pages.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiDocsSecurityConfiguration {

	static final String[] PATHS = { "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
			"/swagger-ui/**" };

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 11)
	SecurityFilterChain apiDocs(HttpSecurity http) throws Exception {
		http.securityMatcher(PATHS)
			.authorizeHttpRequests(requests -> requests.requestMatchers(HttpMethod.GET).permitAll().anyRequest().denyAll())
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable()) // GET only: nothing to forge
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; "
								+ "connect-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; "
								+ "base-uri 'self'"))
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false).maxAgeInSeconds(31_536_000))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
				.addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
						"accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), "
								+ "payment=(), usb=()")));
		return http.build();
	}
}
