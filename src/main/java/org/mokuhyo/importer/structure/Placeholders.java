package org.mokuhyo.importer.structure;

import java.util.regex.Pattern;

import org.mokuhyo.kernel.JapaneseText;

/**
 * The wording a published sheet uses for year-end fields not yet written (【今年度末に記載】 and its variants).
 */
final class Placeholders {

	private static final Pattern PENDING = Pattern.compile("^[【\\[(]?\\s*(今年度末|年度末|年度終了後)に?\\s*記載(予定)?\\s*[】\\])]?$");

	private Placeholders() {
	}

	static boolean isPending(String text) {
		// the placeholder is a few characters: longer text is written content
		return text != null && text.length() <= 20 && PENDING.matcher(JapaneseText.normalize(text)).matches();
	}

	/** Null for a placeholder or blank text, the text otherwise. */
	static String valueOrNull(String text) {
		return text == null || text.isBlank() || isPending(text) ? null : text.strip();
	}
}
