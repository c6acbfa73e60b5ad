package org.mokuhyo.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Breaks a paragraph into lines character by character, as Japanese is set, with kinsoku (禁則): no line starts
 * with 、。」）・ and the like, none ends with an opening bracket, and none starts with what reads as a label of its own
 * ((1), ①, a bullet, a plan code): a reader of the PDF takes such a line for a new paragraph. Spaces at a break stay
 * at the end of the line.
 */
final class TextWrap {

	/** Characters that may not begin a line (行頭禁則). */
	static final String NO_START = "、。，．,.」』）)］]】〕〉》｝}・：；:;！？!?ー－ゃゅょっぁぃぅぇぉゎャュョッァィゥェォヮヵヶ々ゝゞヽヾ％%〜～…‥";

	/** Characters that may not end a line (行末禁則). */
	static final String NO_END = "「『（(［[【〔〈《｛{";

	/** At most this many characters go to the next line to respect the rules; beyond that the rule yields. */
	static final int MAX_PUSH = 2;

	private static final Pattern LABEL_LIKE = Pattern.compile(
			"^(?:[(（][0-9０-９]{1,2}[)）]|[\\u2460-\\u2473]|[・●○◯■□◆◇※]|[0-9０-９]{1,2}\\s*[-－]\\s*[0-9０-９]{1,2}\\s*[-－])");

	private TextWrap() {
	}

	/** The lines; the first may be narrower or wider than the others (hanging indents). */
	static List<String> wrap(String text, float firstWidth, float restWidth, FontSet fonts, float size) {
		List<String> lines = new ArrayList<>();
		int n = text.length();
		int start = 0;
		while (start < n) {
			float avail = lines.isEmpty() ? firstWidth : restWidth;
			float w = 0;
			int i = start;
			while (i < n) {
				int cp = text.codePointAt(i);
				float cw = fonts.width(cp, size);
				if (w + cw > avail && i > start) {
					break;
				}
				w += cw;
				i += Character.charCount(cp);
			}
			if (i >= n) {
				lines.add(text.substring(start));
				break;
			}
			int b = breakAt(text, start, i);
			int next = skipSpaces(text, b);
			lines.add(text.substring(start, next));
			start = next;
		}
		return lines;
	}

	/** The break at {@code i} or up to {@link #MAX_PUSH} characters before it, the first that keeps the rules. */
	private static int breakAt(String text, int start, int i) {
		int b = i;
		for (int push = 0; push <= MAX_PUSH && b > start; push++) {
			if (acceptable(text, b)) {
				return b;
			}
			b = text.offsetByCodePoints(b, -1);
		}
		return i;
	}

	private static boolean acceptable(String text, int b) {
		int next = skipSpaces(text, b);
		if (next >= text.length()) {
			return true;
		}
		if (NO_START.indexOf(text.charAt(next)) >= 0 || b > 0 && NO_END.indexOf(text.charAt(b - 1)) >= 0) {
			return false;
		}
		return !LABEL_LIKE.matcher(text.subSequence(next, Math.min(text.length(), next + 12))).find();
	}

	private static int skipSpaces(String text, int b) {
		while (b < text.length() && Character.isWhitespace(text.charAt(b))) {
			b++;
		}
		return b;
	}
}
