package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.mokuhyo.importer.read.SourceBlock.Kind;
import org.mokuhyo.importer.read.SourceBlock.Run;

/**
 * The HTML fragments found inside cells ({@code <p>}, {@code <ul><li>}, {@code <b>}, {@code <br>}) as blocks of runs.
 * Also used by readers of other formats for cells that carry HTML.
 */
public final class CellHtml {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "td", "th",
			"table", "blockquote");

	private static final Set<String> BOLD = Set.of("b", "strong");

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");

	private CellHtml() {
	}

	public static List<SourceBlock> blocks(String raw) {
		if (raw == null || raw.isBlank()) {
			return List.of();
		}
		if (raw.indexOf('<') < 0 && raw.indexOf('&') < 0) {
			return List.of(new SourceBlock(Kind.TEXT, List.of(new Run(collapse(raw), false))));
		}
		Element body = Jsoup.parseBodyFragment(raw).body();
		Collector collector = new Collector();
		collector.walk(body, Kind.TEXT, false);
		collector.flush();
		return collector.blocks;
	}

	static String collapse(String s) {
		return SPACES.matcher(s).replaceAll(" ").strip();
	}

	private static final class Collector {

		private final List<SourceBlock> blocks = new ArrayList<>();

		private final List<Run> current = new ArrayList<>();

		private Kind currentKind = Kind.TEXT;

		void walk(Node node, Kind kind, boolean bold) {
			for (Node child : node.childNodes()) {
				if (child instanceof TextNode text) {
					addText(text.getWholeText(), kind, bold);
				}
				else if (child instanceof Element el) {
					String tag = el.normalName();
					if (tag.equals("li")) {
						flush();
						walk(el, Kind.LIST_ITEM, bold);
						flush();
					}
					else if (tag.equals("ul") || tag.equals("ol")) {
						flush();
						walk(el, kind, bold);
						flush();
					}
					else if (BLOCKS.contains(tag)) {
						flush();
						walk(el, kind == Kind.LIST_ITEM ? Kind.LIST_ITEM : Kind.PARAGRAPH, bold);
						flush();
					}
					else if (tag.equals("br")) {
						flush();
					}
					else {
						walk(el, kind, bold || BOLD.contains(tag));
					}
				}
			}
		}

		private void addText(String text, Kind kind, boolean bold) {
			String t = SPACES.matcher(text).replaceAll(" ");
			if (t.isBlank() && current.isEmpty()) {
				return;
			}
			if (current.isEmpty()) {
				currentKind = kind;
			}
			if (!current.isEmpty() && current.get(current.size() - 1).bold() == bold) {
				Run last = current.remove(current.size() - 1);
				current.add(new Run(last.text() + t, bold));
			}
			else {
				current.add(new Run(t, bold));
			}
		}

		void flush() {
			List<Run> runs = current.stream().filter(r -> !r.text().isBlank()).toList();
			if (!runs.isEmpty()) {
				List<Run> trimmed = new ArrayList<>(runs);
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
