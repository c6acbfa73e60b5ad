package org.mokuhyo.organization;

/**
 * A department that cannot be added or renamed as asked (no name, a name the municipality already has, a department
 * whose sheets carry its name). The message is Japanese and meant for the administrator who typed it.
 */
public class DepartmentChangeRefusedException extends RuntimeException {

	/** Why: the pages answer 400, 409 or 404. */
	public enum Reason {
		/** The name typed is not acceptable (empty, too long). */
		INVALID,
		/** The municipality has a department of that name, or the department's sheets keep its name. */
		CONFLICT,
		/** No such department in the municipality. */
		NOT_FOUND
	}

	private final Reason reason;

	DepartmentChangeRefusedException(Reason reason, String message) {
		super(message);
		this.reason = reason;
	}

	public Reason reason() {
		return reason;
	}
}
