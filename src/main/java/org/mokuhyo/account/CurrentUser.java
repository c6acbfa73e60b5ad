package org.mokuhyo.account;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The signed-in user, as the rules in {@link Access} see them. Kept in the session (hence serialisable) and
 * reloaded from the database on every request of a browser session, so a change of roles or a disabled account
 * takes effect at once.
 */
public record CurrentUser(long id, String username, String displayName, long municipalityId, Set<Role> roles,
		Set<Long> departmentIds) implements Serializable {

	public CurrentUser {
		roles = Set.copyOf(roles);
		departmentIds = Set.copyOf(departmentIds);
	}

	public boolean has(Role role) {
		return roles.contains(role);
	}

	/** The user of the current request; empty for the public. */
	public static Optional<CurrentUser> signedIn() {
		return of(SecurityContextHolder.getContext().getAuthentication());
	}

	/** The user an authentication stands for; empty for none, an anonymous one or one not made by this module. */
	public static Optional<CurrentUser> of(Authentication authentication) {
		if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
			return Optional.of(principal.user());
		}
		return Optional.empty();
	}
}
