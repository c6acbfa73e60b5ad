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

	/** Bullets a sheet's lines start with; •, ◦, ▪ and ･ come from word processors' lists and other fonts. */
	private static final String BULLETS = "・●○◯■□◆◇•◦▪･-–";

	private static final Pattern BULLET = Pattern.compile("^[・●○◯■□◆◇•◦▪･\\-–]\\s*");

	/** ⑴…⒇, the parenthesised numbers as one character: an item's label like (1). */
	private static final Pattern PAREN_NUMBER = Pattern.compile("^([\\u2474-\\u2487])\\s*");

	private static final Pattern MARKDOWN_BULLET = Pattern.compile("^[-*+]\\s+");

	/**
	 * Where a label or a bullet starts after a space: (1), 1) (a bracket forgotten), ①, ・, ○. Text without markup
	 * runs a cell's lines together with only a space between them. Not the (3) of a plan code (5-1- (3)).
	 */
	private static final Pattern CUT = Pattern
		.compile("(?<=\\s)(?<![0-9０-９]\\s{0,2}[-－‐−–—ー]\\s{0,2})(?=[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[)）]|[\\u2460-\\u2487]|[・○◯●•◦▪･](?!\\s*$))");

	/**
	 * A space between two words (kanji or kana) outside brackets: where text without markup ran an action's
	 * sub-points together (①女性活躍の推進 認証制度の周知 ネットワークづくり). Inside brackets it is the action's own
	 * spacing (（7月 参加者：150人）).
	 */
	private static final Pattern WORD_SPACE = Pattern.compile("(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー）)」』\\]】])\\s+(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}「『])");

	private Segments() {
	}

	static List<Segment> of(SourceCell cell) {
		return of(cell, false);
	}

	/**
	 * The segments of an annual goal's content. Where a block ran several labelled lines together (text without
	 * markup), a numbered action's words after a space between words are its sub-points, as the sheet's list shows
	 * them.
	 */
	static List<Segment> annualContent(SourceCell cell) {
		return of(cell, true);
	}

	private static List<Segment> of(SourceCell cell, boolean subPoints) {
		List<Segment> out = new ArrayList<>();
		for (SourceBlock block : cell.blocks()) {
			boolean listItem = block.kind() == SourceBlock.Kind.LIST_ITEM;
			String text = block.text();
			Matcher markdownBullet = startsWithAnyOf(text, "-*+") ? MARKDOWN_BULLET.matcher(text) : null;
			if (markdownBullet != null && markdownBullet.lookingAt()) {
				text = text.substring(markdownBullet.end());
				listItem = true;
			}
			String[] pieces = mayCut(text) ? CUT.split(text) : new String[] { text };
			for (String piece : pieces) {
				Segment segment = segment(piece.strip(), cell.line(), cell.column(), listItem);
				if (segment.text().isEmpty() && segment.label() == null) {
					continue;
				}
				if (subPoints && pieces.length > 1 && segment.kind() == Segment.Kind.CIRCLED) {
					out.addAll(withSubPoints(segment));
				}
				else {
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
		if (first >= '\u2474' && first <= '\u2487') {
			Matcher paren = PAREN_NUMBER.matcher(text);
			if (paren.lookingAt()) {
				return new Segment(Segment.Kind.ITEM, "(" + (first - '\u2473') + ")", text.substring(paren.end()).strip(), line,
						column, listItem);
			}
		}
		if (BULLETS.indexOf(first) >= 0) {
			Matcher bullet = BULLET.matcher(text);
			if (bullet.lookingAt()) {
				return new Segment(Segment.Kind.PLAIN, null, text.substring(bullet.end()).strip(), line, column, true);
			}
		}
		return new Segment(Segment.Kind.PLAIN, null, text, line, column, listItem);
	}

	private static List<Segment> withSubPoints(Segment action) {
		List<String> parts = outsideBrackets(action.text());
		if (parts.size() == 1) {
			return List.of(action);
		}
		List<Segment> out = new ArrayList<>();
		out.add(new Segment(action.kind(), action.label(), parts.get(0), action.line(), action.column(), action.listItem()));
		for (String part : parts.subList(1, parts.size())) {
			out.add(new Segment(Segment.Kind.PLAIN, null, part, action.line(), action.column(), true));
		}
		return out;
	}

	/** The text cut at {@link #WORD_SPACE}s that stand outside any bracket. */
	private static List<String> outsideBrackets(String text) {
		List<String> out = new ArrayList<>();
		Matcher space = WORD_SPACE.matcher(text);
		int from = 0;
		while (space.find()) {
			if (depth(text, space.start()) == 0) {
				out.add(text.substring(from, space.start()).strip());
				from = space.end();
			}
		}
		out.add(text.substring(from).strip());
		return out;
	}

	private static int depth(String text, int end) {
		int depth = 0;
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if ("(（「『[［【".indexOf(c) >= 0) {
				depth++;
			}
			else if (")）」』]］】".indexOf(c) >= 0 && depth > 0) {
				depth--;
			}
		}
		return depth;
	}

	private static boolean startsWithAnyOf(String text, String chars) {
		return !text.isEmpty() && chars.indexOf(text.charAt(0)) >= 0;
	}

	/** Whether {@link #CUT} could cut the text: it needs an opening parenthesis or a circled number. */
	private static boolean mayCut(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '(' || c == '（' || c == ')' || c == '）' || c >= '\u2460' && c <= '\u2487' || "・○◯●•◦▪･".indexOf(c) >= 0) {
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
