package org.mokuhyo.plan;

/**
 * A change to the 総合計画 or 基本政策 lists that cannot be made as asked (a code that is not one, a number already
 * used, a node goals still link to…). The message is Japanese and meant for the administrator who typed the values.
 */
public class PlanChangeRefusedException extends RuntimeException {

	/** Why: the pages answer 400, 409 or 404. */
	public enum Reason {
		/** The values typed are not acceptable (empty, not a code, not a number). */
		INVALID,
		/** The list holds something that prevents it: the same code or number, linked goals, lower nodes. */
		CONFLICT,
		/** No such node or policy in the municipality. */
		NOT_FOUND
	}

	private final Reason reason;

	private final String field;

	PlanChangeRefusedException(Reason reason, String field, String message) {
		super(message);
		this.reason = reason;
		this.field = field;
	}

	public Reason reason() {
		return reason;
	}

	/** The form field at fault (code, text, number, title) or null. */
	public String field() {
		return field;
	}
}
