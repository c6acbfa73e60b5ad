package org.mokuhyo.importer.structure;

import java.util.regex.Pattern;

import org.mokuhyo.kernel.JapaneseText;

/**
 * The wording a published sheet uses for year-end fields not yet written (【今年度末に記載】 and its variants).
 */
final class Placeholders {

	/**
	 * One placeholder, or the same repeated: text without markup runs a cell's two placeholders into one line. Also
	 * this application's own wording on its sheet page, 未記載（年度末に記載）, for a printed page read back.
	 */
	private static final Pattern PENDING = Pattern.compile(
			"^(?:(?:未記載\\s*)?[【\\[(]?\\s*(今年度末|年度末|年度終了後)に?\\s*記載(予定)?\\s*[】\\])]?\\s*|未記載\\s*)+$");

	private Placeholders() {
	}

	static boolean isPending(String text) {
		// a placeholder is a few characters (a handful when repeated): longer text is written content
		return text != null && text.length() <= 60 && PENDING.matcher(JapaneseText.normalize(text)).matches();
	}

	/** Null for a placeholder or blank text, the text otherwise. */
	static String valueOrNull(String text) {
		return text == null || text.isBlank() || isPending(text) ? null : text.strip();
	}
}
