package org.mokuhyo.api;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mokuhyo.account.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own filter chain, ahead of the pages' one: stateless, HTTP Basic with the same accounts (per-department
 * tokens come later). No session is created or read here, so a browser's session cookie never authenticates an API
 * request, which is why CSRF protection is not needed on this chain. Reading sheets is public; importing needs an
 * administrator or a department editor (which department: the controller asks
 * {@link org.mokuhyo.account.Access}); anything else needs a signed-in caller. Refusals are the API's JSON errors:
 * 401 {@code UNAUTHENTICATED}, 403 {@code FORBIDDEN}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the command-line verbs run without one
class ApiSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain api(HttpSecurity http, JsonMapper json) throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, "/api/v1/sheets", "/api/v1/sheets/*").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/search").permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/sheets/import")
				.hasAnyRole(Role.ADMIN.name(), Role.EDITOR.name())
				.anyRequest().authenticated())
			.httpBasic(basic -> basic.realmName("mokuhyo")
				.authenticationEntryPoint((request, response, ex) -> unauthenticated(json, response, ex)))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> unauthenticated(json, response, ex))
				.accessDeniedHandler((request, response, ex) -> write(json, response, HttpServletResponse.SC_FORBIDDEN,
						new ApiError("FORBIDDEN", "この操作をする権限がありません"))))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.addHeaderWriter(ApiSecurityConfiguration::cacheHeaders));
		return http.build();
	}

	private static void unauthenticated(JsonMapper json, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mokuhyo\", charset=\"UTF-8\"");
		write(json, response, HttpServletResponse.SC_UNAUTHORIZED, ex instanceof LockedException
				? new ApiError("UNAUTHENTICATED", "認証の失敗が続いたため、このユーザー名では一時的に認証できません")
				: new ApiError("UNAUTHENTICATED", "認証が必要です。ユーザー名とパスワード（HTTP Basic）を送ってください"));
	}

	private static void write(JsonMapper json, HttpServletResponse response, int status, ApiError error)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(json.writeValueAsBytes(error));
	}

	/**
	 * Reads are the same for every caller: browsers and proxies may keep them and revalidate with the ETag. Anything
	 * else is never stored.
	 */
	private static void cacheHeaders(HttpServletRequest request, HttpServletResponse response) {
		if (response.containsHeader(HttpHeaders.CACHE_CONTROL)) {
			return;
		}
		response.setHeader(HttpHeaders.CACHE_CONTROL,
				"GET".equals(request.getMethod()) ? "no-cache" : "no-cache, no-store, max-age=0, must-revalidate");
	}
}
