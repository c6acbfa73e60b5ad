package org.mokuhyo.account;

import org.springframework.security.authentication.LockedException;

/**
 * A sign-in refused before its password was checked: too many failures for the name or from the address
 * ({@link SignInThrottle}). The pages answer with their lock-out message, the API with 429 and {@code Retry-After}.
 */
public final class TooManySignInAttemptsException extends LockedException {

	private final long retryAfterSeconds;

	TooManySignInAttemptsException(long retryAfterSeconds) {
		super("too many failed sign-ins");
		this.retryAfterSeconds = retryAfterSeconds;
	}

	/** The seconds until the name and address may try again (at least 1). */
	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
