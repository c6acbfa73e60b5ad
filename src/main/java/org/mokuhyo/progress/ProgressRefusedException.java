package org.mokuhyo.progress;

import java.util.List;

/**
 * A save of progress refused as a whole (nothing written): {@code code} NOT_FOUND, FORBIDDEN, INVALID (with one
 * Japanese message per wrong row) or CONFLICT (someone saved the same rows meanwhile).
 */
public class ProgressRefusedException extends RuntimeException {

	private final String code;

	private final List<String> messages;

	public ProgressRefusedException(String code, List<String> messages) {
		super(String.join(" ", messages));
		this.code = code;
		this.messages = List.copyOf(messages);
	}

	public String code() {
		return code;
	}

	public List<String> messages() {
		return messages;
	}
}
