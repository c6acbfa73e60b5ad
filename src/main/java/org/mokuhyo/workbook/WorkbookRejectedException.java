package org.mokuhyo.workbook;

/**
 * The file as a whole cannot be imported (not an .xlsx, no sheet 「行動」, a required column missing, a quarter not
 * 1–4): nothing was read or saved. {@code code} names the reason, the message says it in Japanese.
 */
public class WorkbookRejectedException extends RuntimeException {

	private final String code;

	public WorkbookRejectedException(String code, String message) {
		super(message);
		this.code = code;
	}

	/** With what the reading library said, kept for the log (the message stays the user's). */
	WorkbookRejectedException(String code, String message, Throwable cause) {
		super(message, cause);
		this.code = code;
	}

	public String code() {
		return code;
	}
}
