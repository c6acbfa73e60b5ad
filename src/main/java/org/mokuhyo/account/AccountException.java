package org.mokuhyo.account;

/**
 * A request about an account that cannot be carried out as asked (a short password, a name already taken, the last
 * administrator disabled…). The message is Japanese and meant for the person who typed the values.
 */
public class AccountException extends RuntimeException {

	private final String field;

	AccountException(String field, String message) {
		super(message);
		this.field = field;
	}

	/** The form field at fault: username, displayName, password, currentPassword, roles, departments or null. */
	public String field() {
		return field;
	}
}
