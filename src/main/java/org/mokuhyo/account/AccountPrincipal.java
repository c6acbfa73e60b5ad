package org.mokuhyo.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * What Spring Security keeps for a signed-in account: the {@link CurrentUser}, plus the password hash only while
 * the password is being checked (erased afterwards, so the session never holds it).
 */
final class AccountPrincipal implements UserDetails, CredentialsContainer {

	private final CurrentUser user;

	private String passwordHash;

	AccountPrincipal(CurrentUser user, String passwordHash) {
		this.user = user;
		this.passwordHash = passwordHash;
	}

	CurrentUser user() {
		return user;
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities(user);
	}

	static List<GrantedAuthority> authorities(CurrentUser user) {
		return user.roles().stream().map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority())).toList();
	}

	@Override
	public String getPassword() {
		return passwordHash;
	}

	@Override
	public String getUsername() {
		return user.username();
	}

	@Override
	public void eraseCredentials() {
		passwordHash = null;
	}

	// equality by user id: Spring's session registry and the refresh compare principals
	@Override
	public boolean equals(Object other) {
		return other instanceof AccountPrincipal that && that.user.id() == user.id();
	}

	@Override
	public int hashCode() {
		return Long.hashCode(user.id());
	}

	@Override
	public String toString() {
		return "AccountPrincipal[" + user.username() + "]";
	}
}
