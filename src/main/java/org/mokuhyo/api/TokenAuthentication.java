package org.mokuhyo.api;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.token.ApiToken;
import org.mokuhyo.token.TokenScope;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * A request authenticated by an API token. Its authorities are {@code TOKEN} and {@code TOKEN_<scope>}, never a
 * role: the URL rules let it through to the write endpoints its scopes name, and nowhere a role is needed. Its
 * principal is not an account, so {@code CurrentUser.signedIn()} stays empty and reads answer it as the public.
 */
final class TokenAuthentication extends AbstractAuthenticationToken {

	static final String TOKEN = "TOKEN";

	private final ApiToken token;

	TokenAuthentication(ApiToken token) {
		super(authorities(token));
		this.token = token;
		setAuthenticated(true);
	}

	static String authority(TokenScope scope) {
		return TOKEN + "_" + scope.name();
	}

	private static List<GrantedAuthority> authorities(ApiToken token) {
		List<GrantedAuthority> authorities = new ArrayList<>();
		authorities.add(new SimpleGrantedAuthority(TOKEN));
		token.scopes().forEach(scope -> authorities.add(new SimpleGrantedAuthority(authority(scope))));
		return authorities;
	}

	ApiToken token() {
		return token;
	}

	@Override
	public Object getCredentials() {
		return null; // the secret is not kept
	}

	@Override
	public Object getPrincipal() {
		return token;
	}

	@Override
	public String getName() {
		return "token:" + token.prefix();
	}
}
