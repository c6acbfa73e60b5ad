package org.mokuhyo.importer.structure;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.importer.read.SourceBlock;
import org.mokuhyo.importer.read.SourceCell;

/**
 * Where the labels 総合計画 (comprehensive plan) and 基本政策 (basic policies) stand in a cell. The sheet writes them
 * at the start of a cell or a line, bold or not, alone or followed by the first link ({@code 総合計画 5-1- (3) …});
 * text without markup also runs them into the text before ({@code …図ります 基本政策 47 …}). A label is the word
 * at the start or after a space, alone or before a space, a colon or a code: 「総合計画の推進」 is a goal's words,
 * not a label.
 */
final class LinkMarkers {

	static final Pattern MARKER = Pattern.compile(
			"(?<=^|\\s)[【\\[［<＜]?\\s*(総合計画|基本政策)\\s*[】\\]］>＞]?\\s*[:：]?(?=$|\\s|[0-9０-９])");

	private LinkMarkers() {
	}

	/** True when some block of the cell starts with a label. */
	static boolean startsSomeBlock(SourceCell cell) {
		for (SourceBlock block : cell.blocks()) {
			if (startsWithMarker(block.text())) {
				return true;
			}
		}
		return false;
	}

	static boolean startsWithMarker(String text) {
		Matcher m = MARKER.matcher(text);
		return m.lookingAt();
	}

	/** Where the first label in the text starts, -1 when none. */
	static int firstMarker(String text) {
		if (text.indexOf("総合計画") < 0 && text.indexOf("基本政策") < 0) {
			return -1;
		}
		Matcher m = MARKER.matcher(text);
		return m.find() ? m.start() : -1;
	}

	/** The text cut before every label: pieces that are a label alone and pieces of text between them. */
	static List<String> split(String text) {
		List<String> out = new ArrayList<>();
		Matcher m = MARKER.matcher(text);
		int at = 0;
		while (m.find()) {
			add(out, text.substring(at, m.start()));
			out.add(m.group(1));
			at = m.end();
		}
		add(out, text.substring(at));
		return out;
	}

	private static void add(List<String> out, String piece) {
		if (!piece.isBlank()) {
			out.add(piece.strip());
		}
	}
}
