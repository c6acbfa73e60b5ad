package org.mokuhyo.account;

import java.time.Instant;
import java.util.Set;

/**
 * A stored account as the administration pages show it (never with its password hash).
 */
public record UserAccount(long id, String username, String displayName, long municipalityId, String municipality,
		boolean enabled, Set<Role> roles, Set<Long> departmentIds, Instant createdAt, Instant updatedAt) {

	public UserAccount {
		roles = Set.copyOf(roles);
		departmentIds = Set.copyOf(departmentIds);
	}

	CurrentUser toCurrentUser() {
		return new CurrentUser(id, username, displayName, municipalityId, roles, departmentIds);
	}
}
