package org.mokuhyo.api;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mokuhyo.token.ApiToken;
import org.mokuhyo.token.ApiTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Authorization: Bearer mkh_…}: a valid token authenticates the request ({@link TokenAuthentication}) once
 * its rate allows (429 with {@code Retry-After} otherwise); anything else sent as a bearer token (unknown, revoked,
 * malformed) is refused at once with 401, never passed on as the public. Requests without a bearer token go on to
 * HTTP Basic or as the public. Part of the API chain only (not a servlet filter of its own).
 */
final class BearerTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "bearer ";

	private final ApiTokens tokens;

	private final TokenRateLimiter limiter;

	private final JsonMapper json;

	BearerTokenFilter(ApiTokens tokens, TokenRateLimiter limiter, JsonMapper json) {
		this.tokens = tokens;
		this.limiter = limiter;
		this.json = json;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		Optional<ApiToken> token = tokens.authenticate(header.substring(BEARER.length()).strip());
		if (token.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"mokuhyo\", error=\"invalid_token\"");
			ApiErrors.write(json, response, ApiError.of(request, HttpStatus.UNAUTHORIZED, "INVALID_TOKEN",
					"API トークンが正しくないか、失効しています。管理者に新しいトークンを発行してもらってください"));
			return;
		}
		long wait = limiter.acquire(token.get().id());
		if (wait > 0) {
			response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(wait));
			ApiErrors.write(json, response, ApiError.of(request, HttpStatus.TOO_MANY_REQUESTS, "RATE_LIMITED",
					"この API トークンのリクエストが多すぎます（1分あたり" + limiter.perMinute() + "回まで）。" + wait
							+ "秒後に送り直してください"));
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(new TokenAuthentication(token.get()));
		SecurityContextHolder.setContext(context);
		chain.doFilter(request, response);
	}
}
