package org.mokuhyo.web.edit;

import org.mokuhyo.sheet.SheetLimits;

/**
 * How much the edit forms take: far more than any sheet seen so far (a goal's whole notation is a few thousand
 * characters), little enough that a stray paste cannot make a version of megabytes. The forms say the same with
 * {@code maxlength}; a browser without it, or a client of its own, gets the message. The same as the sheet's own
 * {@link SheetLimits}, which every save checks (counts too) and an import cuts to.
 */
final class EditLimits {

	/** A goal's or mid-term goal's name (目標の名称). */
	static final int TITLE = SheetLimits.TITLE;

	/** 補職, 氏名. */
	static final int NAME = SheetLimits.NAME;

	/** Any text area: 使命, 方針, a goal's or mid-term goal's notation. */
	static final int TEXT = SheetLimits.TEXT;

	private EditLimits() {
	}

	/**
	 * The message for a value over its limit, or null. A line break counts once, as a browser's {@code maxlength}
	 * counts it, though the form sends it as two characters.
	 */
	static String tooLong(String field, String value, int limit) {
		int length = length(value);
		return length <= limit ? null
				: "「" + field + "」は" + String.format("%,d", limit) + "字以内で入力してください（いま" + String.format("%,d", length)
						+ "字）。";
	}

	/** The first message of the fields given as (name, value, limit) triples, or null when all fit. */
	static String firstTooLong(Object... fieldValueLimit) {
		for (int i = 0; i + 2 < fieldValueLimit.length; i += 3) {
			String message = tooLong((String) fieldValueLimit[i], (String) fieldValueLimit[i + 1],
					(Integer) fieldValueLimit[i + 2]);
			if (message != null) {
				return message;
			}
		}
		return null;
	}

	private static int length(String value) {
		return value == null ? 0 : value.replace("\r\n", "\n").length();
	}
}
