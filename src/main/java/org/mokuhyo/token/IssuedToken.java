package org.mokuhyo.token;

/**
 * A token just issued: the only time its secret exists outside the caller's hands.
 *
 * @param secret the value to send as {@code Authorization: Bearer <secret>}
 */
public record IssuedToken(ApiToken token, String secret) {

	@Override
	public String toString() {
		return "IssuedToken[" + token.prefix() + "…]"; // never the secret in logs
	}
}
