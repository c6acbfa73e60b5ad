package org.mokuhyo.api;

import java.io.IOException;
import java.util.Arrays;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mokuhyo.account.Role;
import org.mokuhyo.account.TooManySignInAttemptsException;
import org.mokuhyo.platform.DatabaseFailures;
import org.mokuhyo.token.ApiTokens;
import org.mokuhyo.token.TokenScope;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * The API's own filter chain, ahead of the pages' one: stateless, HTTP Basic with the same accounts, or an API token
 * ({@code Authorization: Bearer mkh_…}, {@link BearerTokenFilter}). No session is created or read here, so a
 * browser's session cookie never authenticates an API request, which is why CSRF protection is not needed on this
 * chain. Reads are public; writing progress and importing need an administrator or a department editor, or a token
 * with that scope (which department: the services ask {@link org.mokuhyo.account.Access}); anything else needs an
 * account: a token opens only the write endpoints of its scopes. Refusals are problems ({@link ApiError}): 401
 * {@code UNAUTHENTICATED} / {@code INVALID_TOKEN}, 403 {@code FORBIDDEN}, 429 {@code RATE_LIMITED} (a token's rate) or
 * {@code TOO_MANY_ATTEMPTS} (HTTP Basic refused after repeated failures, before its password is checked); a credential
 * or token that could not be checked because the database is unreachable is 503 {@code DATABASE_UNAVAILABLE} (here for
 * Basic, by {@code platform.DatabaseUnavailableFilter} for a token), never a 401.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the command-line verbs run without one
class ApiSecurityConfiguration {

	private static final String[] STAFF = Arrays.stream(Role.values()).map(Role::authority).toArray(String[]::new);

	private static final String MUNICIPALITY = "/api/v1/municipalities/*";

	private static final String PROGRESS = MUNICIPALITY + "/sheets/*/progress/*";

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE + 10)
	SecurityFilterChain api(HttpSecurity http, JsonMapper json, ApiTokens tokens, TokenRateLimiter limiter)
			throws Exception {
		http.securityMatcher("/api/**")
			.authorizeHttpRequests(requests -> requests
				.requestMatchers(HttpMethod.GET, PROGRESS)
				.hasAnyAuthority(concat(STAFF, TokenAuthentication.authority(TokenScope.PROGRESS)))
				.requestMatchers(HttpMethod.POST, PROGRESS)
				.hasAnyAuthority(Role.ADMIN.authority(), Role.EDITOR.authority(),
						TokenAuthentication.authority(TokenScope.PROGRESS))
				.requestMatchers(HttpMethod.GET, "/api/v1/sheets", "/api/v1/sheets/*").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/search").permitAll()
				.requestMatchers(HttpMethod.GET, "/api/v1/municipalities", MUNICIPALITY, MUNICIPALITY + "/fiscal-years",
						MUNICIPALITY + "/departments", MUNICIPALITY + "/sheets", MUNICIPALITY + "/sheets/*",
						MUNICIPALITY + "/goals", MUNICIPALITY + "/actions", MUNICIPALITY + "/plan-nodes",
						MUNICIPALITY + "/policies")
				.permitAll()
				.requestMatchers(HttpMethod.POST, "/api/v1/sheets/import", MUNICIPALITY + "/sheets/import")
				.hasAnyAuthority(Role.ADMIN.authority(), Role.EDITOR.authority(),
						TokenAuthentication.authority(TokenScope.IMPORT))
				// everything else is for accounts: a token opens only what its scopes name
				.anyRequest().hasAnyAuthority(STAFF))
			.addFilterBefore(new BearerTokenFilter(tokens, limiter, json), BasicAuthenticationFilter.class)
			.httpBasic(basic -> basic.realmName("mokuhyo")
				.authenticationEntryPoint((request, response, ex) -> unauthenticated(json, request, response, ex)))
			.exceptionHandling(errors -> errors
				.authenticationEntryPoint((request, response, ex) -> unauthenticated(json, request, response, ex))
				.accessDeniedHandler((request, response, ex) -> ApiErrors.write(json, response,
						ApiError.of(request, HttpStatus.FORBIDDEN, "FORBIDDEN",
								SecurityContextHolder.getContext().getAuthentication() instanceof TokenAuthentication
										? "この API トークンではこの操作はできません（トークンの権限を確かめてください）"
										: "この操作をする権限がありません"))))
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable())
			.headers(headers -> headers.cacheControl(cache -> cache.disable())
				.addHeaderWriter(ApiSecurityConfiguration::cacheHeaders)
				.httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(false).maxAgeInSeconds(31_536_000))
				// JSON is never a page: should a browser open one, it runs and loads nothing
				.contentSecurityPolicy(csp -> csp.policyDirectives("default-src 'none'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER)));
		return http.build();
	}

	private static String[] concat(String[] values, String more) {
		String[] all = Arrays.copyOf(values, values.length + 1);
		all[values.length] = more;
		return all;
	}

	/**
	 * 401, except when checking the credentials failed on the database (Spring Security wraps that as an
	 * {@code InternalAuthenticationServiceException}): good credentials are never refused for that, it is 503
	 * {@code DATABASE_UNAVAILABLE}.
	 */
	private static void unauthenticated(JsonMapper json, HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		if (ex instanceof InternalAuthenticationServiceException && DatabaseFailures.isUnavailable(ex)) {
			ApiErrors.writeDatabaseUnavailable(json, request, response);
			return;
		}
		if (ex instanceof TooManySignInAttemptsException refused) {
			// refused before the password was checked: a client that waits may try again, hence 429, not 401
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(refused.retryAfterSeconds()));
			ApiErrors.write(json, response, ApiError.of(request, HttpStatus.TOO_MANY_REQUESTS, "TOO_MANY_ATTEMPTS",
					"認証の失敗が続いたため、このユーザー名かこの接続元からは一時的に認証できません。" + refused.retryAfterSeconds()
							+ "秒後に送り直してください（プログラムからの利用には API トークンを使ってください）"));
			return;
		}
		response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"mokuhyo\", charset=\"UTF-8\"");
		response.addHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mokuhyo\"");
		ApiErrors.write(json, response, ApiError.of(request, HttpStatus.UNAUTHORIZED, "UNAUTHENTICATED",
				ex instanceof LockedException ? "認証の失敗が続いたため、このユーザー名では一時的に認証できません"
						: "認証が必要です。ユーザー名とパスワード（HTTP Basic）か API トークン（Authorization: Bearer）を送ってください"));
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
