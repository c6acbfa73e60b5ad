package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;
import org.mokuhyo.importer.read.SourceBlock.Kind;
import org.mokuhyo.importer.read.SourceBlock.Run;

/**
 * The HTML fragments found inside cells ({@code <p>}, {@code <ul><li>}, {@code <b>}, {@code <br>}) as blocks of runs.
 * Also used by readers of other formats for cells that carry HTML.
 * <p>
 * A streaming reader of tags rather than a document tree per cell: cells hold a handful of flat tags, and a sheet
 * has hundreds of cells (building a jsoup document for each was a third of the import's time). It is lenient like
 * a browser: unclosed or stray tags end or start blocks, a {@code <} that opens no tag is text, entities are decoded
 * by jsoup's table.
 */
public final class CellHtml {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
			"table", "blockquote", "ul", "ol", "dl", "dt", "dd", "section", "article");

	private static final Set<String> BOLD = Set.of("b", "strong");

	/** Elements whose content is not text a person reads. */
	private static final Set<String> HIDDEN = Set.of("script", "style", "template");

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)(?:\\s[^<>]*)?(/?)>");

	private CellHtml() {
	}

	/**
	 * The first element of {@code raw} whose content is left out as not for a reader ({@code script}, {@code style},
	 * {@code template}), or null: said to the person importing, since what it held is not in the sheet.
	 */
	public static String hiddenElement(String raw) {
		if (raw == null || raw.indexOf('<') < 0) {
			return null;
		}
		Matcher tag = TAG.matcher(raw);
		while (tag.find()) {
			String name = tag.group(2).toLowerCase(Locale.ROOT);
			if (tag.group(1).isEmpty() && HIDDEN.contains(name)) {
				return name;
			}
		}
		return null;
	}

	public static List<SourceBlock> blocks(String raw) {
		if (raw == null || raw.isBlank()) {
			return List.of();
		}
		if (raw.indexOf('<') < 0 && raw.indexOf('&') < 0) {
			return List.of(new SourceBlock(Kind.TEXT, List.of(new Run(collapse(raw), false))));
		}
		Collector collector = new Collector();
		Matcher tag = TAG.matcher(raw);
		int at = 0;
		while (at < raw.length()) {
			int lt = raw.indexOf('<', at);
			if (lt < 0) {
				collector.text(raw.substring(at));
				break;
			}
			if (raw.startsWith("<!--", lt)) {
				collector.text(raw.substring(at, lt));
				int end = raw.indexOf("-->", lt + 4);
				at = end < 0 ? raw.length() : end + 3;
				continue;
			}
			if (tag.region(lt, raw.length()).lookingAt()) {
				collector.text(raw.substring(at, lt));
				collector.tag(tag.group(2).toLowerCase(Locale.ROOT), !tag.group(1).isEmpty(), !tag.group(3).isEmpty());
				at = tag.end();
			}
			else {
				collector.text(raw.substring(at, lt + 1)); // a '<' that opens no tag is text
				at = lt + 1;
			}
		}
		collector.flush();
		return collector.blocks;
	}

	static String collapse(String s) {
		return collapseSpaces(s).strip();
	}

	/** Runs of white space (ASCII, no-break, ideographic) as one space: a loop, as this runs for every piece of text. */
	private static String collapseSpaces(String s) {
		StringBuilder out = new StringBuilder(s.length());
		boolean inSpace = false;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') {
				if (!inSpace) {
					out.append(' ');
				}
				inSpace = true;
			}
			else {
				out.append(c);
				inSpace = false;
			}
		}
		return out.toString();
	}

	private static final class Collector {

		private final List<SourceBlock> blocks = new ArrayList<>();

		private final List<Run> current = new ArrayList<>();

		private Kind currentKind = Kind.TEXT;

		private int listItems;

		private int blockDepth;

		private int bold;

		private int hidden;

		void tag(String name, boolean closing, boolean selfClosing) {
			if (HIDDEN.contains(name)) {
				hidden = Math.max(0, hidden + (closing ? -1 : selfClosing ? 0 : 1));
			}
			else if (BOLD.contains(name)) {
				bold = Math.max(0, bold + (closing ? -1 : selfClosing ? 0 : 1));
			}
			else if (name.equals("li")) {
				flush();
				listItems = Math.max(0, listItems + (closing ? -1 : selfClosing ? 0 : 1));
			}
			else if (name.equals("br") || BLOCKS.contains(name)) {
				flush();
				if (BLOCKS.contains(name) && !selfClosing) {
					blockDepth = Math.max(0, blockDepth + (closing ? -1 : 1));
				}
			}
			// other inline tags (span, a, em, font …) only carry their text
		}

		void text(String raw) {
			if (raw.isEmpty() || hidden > 0) {
				return;
			}
			String t = collapseSpaces(raw.indexOf('&') >= 0 ? Parser.unescapeEntities(raw, false) : raw);
			if (t.isBlank() && current.isEmpty()) {
				return;
			}
			boolean isBold = bold > 0;
			if (current.isEmpty()) {
				currentKind = listItems > 0 ? Kind.LIST_ITEM : blockDepth > 0 ? Kind.PARAGRAPH : Kind.TEXT;
			}
			if (!current.isEmpty() && current.get(current.size() - 1).bold() == isBold) {
				Run last = current.remove(current.size() - 1);
				current.add(new Run(last.text() + t, isBold));
			}
			else {
				current.add(new Run(t, isBold));
			}
		}

		void flush() {
			List<Run> runs = new ArrayList<>(current.size());
			for (Run run : current) {
				if (!run.text().isBlank()) {
					runs.add(run);
				}
			}
			if (!runs.isEmpty()) {
				List<Run> trimmed = runs;
				trimmed.set(0, new Run(trimmed.get(0).text().stripLeading(), trimmed.get(0).bold()));
				int last = trimmed.size() - 1;
				trimmed.set(last, new Run(trimmed.get(last).text().stripTrailing(), trimmed.get(last).bold()));
				blocks.add(new SourceBlock(currentKind, trimmed));
			}
			current.clear();
			currentKind = Kind.TEXT;
		}
	}
}
