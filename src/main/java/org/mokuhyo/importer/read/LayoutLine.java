package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of text laid out with spaces ({@code pdftotext -layout}): its pieces, the stretches of text between runs
 * of two or more spaces, each with the character index it starts at. pdftotext places text by character index, one
 * index a character whatever its width (a kanji counts as one, as an ASCII letter does), so indexes, not display
 * widths, line columns up.
 *
 * @param number    the 1-based line number in the text
 * @param pageStart the first line of a page (it followed a form feed)
 */
record LayoutLine(int number, String text, boolean pageStart) {

	private static final Pattern PIECE = Pattern.compile("\\S+(?: \\S+)*");

	/** A stretch of text on a line, where it starts and what it says (single spaces inside kept). */
	record Piece(int start, String text) {

		int end() {
			return start + text.length();
		}
	}

	boolean isBlank() {
		return text.isBlank();
	}

	List<Piece> pieces() {
		List<Piece> out = new ArrayList<>();
		Matcher m = PIECE.matcher(text);
		while (m.find()) {
			out.add(new Piece(m.start(), m.group()));
		}
		return out;
	}

	int indent() {
		int i = 0;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	/** Columns set apart by a run of spaces: the sign of a layout, which running text never has. */
	boolean hasGap() {
		return pieces().size() > 1;
	}

	/**
	 * Width as printed, in half-width units: CJK and full-width characters take two. A line's printed width says
	 * whether it ran to the edge of its cell (and wrapped) or ended short (the end of a paragraph).
	 */
	static int displayWidth(String text) {
		int width = 0;
		for (int i = 0; i < text.length(); i++) {
			width += isWide(text.charAt(i)) ? 2 : 1;
		}
		return width;
	}

	static boolean isWide(char c) {
		return c >= 0x1100 && (c <= 0x115F || c >= 0x2460 && c <= 0x24FF || c >= 0x25A0 && c <= 0x27BF
				|| c >= 0x2E80 && c <= 0xA4CF || c >= 0xAC00 && c <= 0xD7A3 || c >= 0xF900 && c <= 0xFAFF
				|| c >= 0xFE30 && c <= 0xFE4F || c >= 0xFF00 && c <= 0xFF60 || c >= 0xFFE0 && c <= 0xFFE6);
	}
}
