package org.mokuhyo.token;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.mokuhyo.account.CurrentUser;
import org.mokuhyo.account.Role;

/**
 * A stored API token (never its secret).
 *
 * @param prefix          the token's first characters ({@code mkh_Ab3x}), to tell tokens apart in lists
 * @param departmentIds   the departments it acts for
 * @param departmentNames their names, in the same order
 * @param lastUsedAt      its last request, null when never used
 * @param revokedAt       null while it is valid
 */
public record ApiToken(long id, long municipalityId, String name, String prefix, Set<TokenScope> scopes,
		List<Long> departmentIds, List<String> departmentNames, String createdByName, Instant createdAt,
		Instant lastUsedAt, Instant revokedAt, String revokedByName) {

	public ApiToken {
		scopes = Set.copyOf(scopes);
		departmentIds = List.copyOf(departmentIds);
		departmentNames = List.copyOf(departmentNames);
	}

	public boolean revoked() {
		return revokedAt != null;
	}

	public boolean allows(TokenScope scope) {
		return scopes.contains(scope);
	}

	/** For templates: the scopes in declaration order, as their labels. */
	public List<String> scopeLabels() {
		return java.util.Arrays.stream(TokenScope.values()).filter(scopes::contains).map(TokenScope::label).toList();
	}

	/**
	 * Who the token acts as when the services check their rules: an editor of exactly its departments. The id is the
	 * token's, negated, so it never names an account (records keep it only beside the name shown).
	 */
	public CurrentUser actor() {
		return new CurrentUser(-id, "token:" + prefix, "APIトークン「" + name + "」", municipalityId, Set.of(Role.EDITOR),
				Set.copyOf(departmentIds));
	}
}
