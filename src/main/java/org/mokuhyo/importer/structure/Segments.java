package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.importer.read.SourceBlock;
import org.mokuhyo.importer.read.SourceCell;
import org.mokuhyo.kernel.JapaneseText;

/**
 * Cuts cell content into labelled segments. Paragraphs and list items are segments already; text exported without
 * markup runs all labels together on one line, so it is also cut before each (n) and ① that follows a space.
 */
final class Segments {

	private static final Pattern ITEM_LABEL = Pattern.compile("^[(（]\\s*([0-9０-９]{1,2})\\s*[)）]\\s*|^([0-9０-９]{1,2})[)）]\\s*");

	private static final Pattern CIRCLED_LABEL = Pattern.compile("^([\\u2460-\\u2473])\\s*");

	private static final Pattern BULLET = Pattern.compile("^[・●○◯■□◆◇\\-–]\\s*");

	private static final Pattern MARKDOWN_BULLET = Pattern.compile("^[-*+]\\s+");

	private static final Pattern CUT = Pattern.compile("(?<=\\s)(?=[(（][0-9０-９]{1,2}[)）]|[\\u2460-\\u2473])");

	private Segments() {
	}

	static List<Segment> of(SourceCell cell) {
		List<Segment> out = new ArrayList<>();
		for (SourceBlock block : cell.blocks()) {
			boolean listItem = block.kind() == SourceBlock.Kind.LIST_ITEM;
			String text = block.text();
			Matcher markdownBullet = startsWithAnyOf(text, "-*+") ? MARKDOWN_BULLET.matcher(text) : null;
			if (markdownBullet != null && markdownBullet.lookingAt()) {
				text = text.substring(markdownBullet.end());
				listItem = true;
			}
			for (String piece : mayCut(text) ? CUT.split(text) : new String[] { text }) {
				Segment segment = segment(piece.strip(), cell.line(), cell.column(), listItem);
				if (!segment.text().isEmpty() || segment.label() != null) {
					out.add(segment);
				}
			}
		}
		return out;
	}

	static Segment segment(String text, int line, int column, boolean listItem) {
		// Each label pattern is tried only when the first character can start it: most text has no label.
		char first = text.isEmpty() ? ' ' : text.charAt(0);
		if ("-*+".indexOf(first) >= 0) {
			Matcher markdownBullet = MARKDOWN_BULLET.matcher(text);
			if (markdownBullet.lookingAt()) {
				return segment(text.substring(markdownBullet.end()), line, column, true);
			}
		}
		if (first == '(' || first == '（' || isDigit(first)) {
			Matcher item = ITEM_LABEL.matcher(text);
			if (item.lookingAt()) {
				String digits = item.group(1) != null ? item.group(1) : item.group(2);
				return new Segment(Segment.Kind.ITEM, "(" + JapaneseText.normalize(digits) + ")",
						text.substring(item.end()).strip(), line, column, listItem);
			}
		}
		if (isCircled(first)) {
			Matcher circled = CIRCLED_LABEL.matcher(text);
			if (circled.lookingAt()) {
				return new Segment(Segment.Kind.CIRCLED, circled.group(1), text.substring(circled.end()).strip(), line,
						column, listItem);
			}
		}
		if ("・●○◯■□◆◇-–".indexOf(first) >= 0) {
			Matcher bullet = BULLET.matcher(text);
			if (bullet.lookingAt()) {
				return new Segment(Segment.Kind.PLAIN, null, text.substring(bullet.end()).strip(), line, column, true);
			}
		}
		return new Segment(Segment.Kind.PLAIN, null, text, line, column, listItem);
	}

	private static boolean startsWithAnyOf(String text, String chars) {
		return !text.isEmpty() && chars.indexOf(text.charAt(0)) >= 0;
	}

	/** Whether {@link #CUT} could cut the text: it needs an opening parenthesis or a circled number. */
	private static boolean mayCut(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '（' || isCircled(c)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isCircled(char c) {
		return c >= '\u2460' && c <= '\u2473';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9' || c >= '０' && c <= '９';
	}
}
