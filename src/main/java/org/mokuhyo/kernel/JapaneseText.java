package org.mokuhyo.kernel;

import java.text.Normalizer;

/**
 * Width, spacing and range-mark rules for Japanese administrative text (全角・半角), so parsers read ３月 and 3月 alike.
 */
public final class JapaneseText {

	private static final char FIRST_CIRCLED = '\u2460';

	private static final char LAST_CIRCLED = '\u2473';

	private JapaneseText() {
	}

	/**
	 * NFKC (full-width ASCII to ASCII, half-width katakana to full-width), every range tilde to {@code ~}, whitespace
	 * runs to one space, trimmed. Circled numbers ①…⑳ are kept: they are labels, and NFKC would turn them into digits.
	 */
	public static String normalize(String s) {
		if (s == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(s.length());
		int from = 0;
		for (int i = 0; i < s.length(); i++) {
			if (isCircledNumber(s.charAt(i))) {
				out.append(Normalizer.normalize(s.substring(from, i), Normalizer.Form.NFKC)).append(s.charAt(i));
				from = i + 1;
			}
		}
		out.append(Normalizer.normalize(s.substring(from), Normalizer.Form.NFKC));
		for (int i = 0; i < out.length(); i++) {
			if (isTilde(out.charAt(i))) {
				out.setCharAt(i, '~');
			}
		}
		return collapseSpaces(out.toString());
	}

	/**
	 * Like {@link #normalize} for full-width ASCII, ideographic space and range tildes, but one char for one char, so
	 * offsets found in the result are offsets in {@code s}. Spaces are not collapsed.
	 */
	public static String foldWidth(String s) {
		if (s == null) {
			return null;
		}
		char[] chars = s.toCharArray();
		for (int i = 0; i < chars.length; i++) {
			char c = chars[i];
			if (c >= '\uFF01' && c <= '\uFF5E') {
				c = (char) (c - 0xFEE0);
			}
			if (isTilde(c)) {
				c = '~';
			}
			else if (c == '\u3000' || c == '\u00A0') {
				c = ' ';
			}
			chars[i] = c;
		}
		return new String(chars);
	}

	/** Whitespace runs (tabs, line breaks, U+3000, NBSP included) to one ASCII space, trimmed. */
	public static String collapseSpaces(String s) {
		if (s == null) {
			return null;
		}
		StringBuilder out = new StringBuilder(s.length());
		boolean pending = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (isSpace(c)) {
				pending = out.length() > 0;
			}
			else {
				if (pending) {
					out.append(' ');
					pending = false;
				}
				out.append(c);
			}
		}
		return out.toString();
	}

	/** ① … ⑳ to 1 … 20, anything else to -1. */
	public static int circledNumber(char c) {
		return isCircledNumber(c) ? c - FIRST_CIRCLED + 1 : -1;
	}

	public static boolean isCircledNumber(char c) {
		return c >= FIRST_CIRCLED && c <= LAST_CIRCLED;
	}

	private static boolean isTilde(char c) {
		return c == '~' || c == '\u301C' || c == '\uFF5E' || c == '\u223C' || c == '\u2053';
	}

	private static boolean isSpace(char c) {
		return Character.isWhitespace(c) || Character.isSpaceChar(c);
	}
}
