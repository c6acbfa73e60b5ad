package org.mokuhyo.organization;

/**
 * A municipality that cannot be registered or given a code as asked. The message is Japanese, for the person who
 * typed it.
 */
public class MunicipalityChangeRefusedException extends RuntimeException {

	/** Why: the pages answer 400 or 409, the command line exits with 1. */
	public enum Reason {
		/** No name, a name too long, or a code that is not a valid 全国地方公共団体コード. */
		INVALID,
		/** The name or the code belongs to another municipality, or the municipality has another code. */
		CONFLICT
	}

	private final Reason reason;

	MunicipalityChangeRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
