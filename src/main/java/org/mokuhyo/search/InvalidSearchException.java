package org.mokuhyo.search;

/**
 * A search that cannot be run as asked (no words, too long, a page out of range, a facet value of the wrong
 * form), with a Japanese message for the person and a code for the API.
 */
public class InvalidSearchException extends RuntimeException {

	private final String code;

	public InvalidSearchException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
