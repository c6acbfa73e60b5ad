/**
 * API tokens (APIトークン): credentials an administrator issues for other systems that feed the API, each for one or
 * more departments of the administrator's municipality and for the write endpoints its scopes name
 * ({@link org.mokuhyo.token.TokenScope}). Shown once when issued ({@link org.mokuhyo.token.IssuedToken}); only its
 * SHA-256 is stored. {@link org.mokuhyo.token.ApiTokens} issues, lists, revokes (both recorded in the audit log) and
 * recognises a presented token, recording its last use. The api module's filter chain asks it on every
 * {@code Authorization: Bearer} request.
 */
@ApplicationModule(allowedDependencies = { "account", "audit", "organization" })
package org.mokuhyo.token;

import org.springframework.modulith.ApplicationModule;
