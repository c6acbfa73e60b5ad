package org.mokuhyo.token;

/**
 * An issue or a revocation refused, with a Japanese message for the page; nothing was written.
 */
public class TokenRefusedException extends RuntimeException {

	/** Why: the form is wrong (400) or the token does not exist in the administrator's municipality (404). */
	public enum Reason {
		INVALID, NOT_FOUND
	}

	private final Reason reason;

	public TokenRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
