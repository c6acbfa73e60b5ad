package org.mokuhyo.workflow;

/**
 * A step the cycle does not allow now (e.g. publishing an unapproved sheet), or one the user may not take. The
 * message is Japanese, for the page; the code is for the API.
 */
public class StepRefusedException extends RuntimeException {

	private final String code;

	public StepRefusedException(String code, String message) {
		super(message);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
