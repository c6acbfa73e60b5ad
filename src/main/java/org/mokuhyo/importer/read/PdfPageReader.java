package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.mokuhyo.importer.read.PdfGlyphs.Glyph;
import org.mokuhyo.importer.read.PdfRulings.Rule;

/**
 * One page's glyphs as table rows and running text. A glyph belongs to the cell its ruling lines enclose (a cell
 * without a rule below it runs on over the page's foot: it goes on on the next page); glyphs outside every cell are
 * running text, cut into cells where a line has wide gaps (a table drawn without rules). Lines are glyphs sharing a
 * baseline, numbered down the page.
 */
final class PdfPageReader {

	private static final float TOLERANCE = 1.5f;

	/** A gap this many ems wide inside a line of running text separates two cells of a table without rules. */
	private static final float CELL_GAP_EMS = 1.8f;

	private static final Pattern PAGE_NUMBER = Pattern.compile("^[-–—]?\\s*(\\d{1,3}|\\d{1,3}\\s*/\\s*\\d{1,3}|\\d{1,3}\\s*ページ)\\s*[-–—]?$");

	/** A line of text in a cell or outside any. */
	static final class TextLine {

		final int page;

		final String text;

		final float left;

		final float right;

		final float baseline;

		final float size;

		final boolean bold;

		int number;

		TextLine(int page, String text, float left, float right, float baseline, float size, boolean bold) {
			this.page = page;
			this.text = text;
			this.left = left;
			this.right = right;
			this.baseline = baseline;
			this.size = size;
			this.bold = bold;
		}
	}

	/**
	 * The glyphs of one cell, as lines. {@code bottom} is infinite for a cell left open at the page's foot; a cell
	 * open at the top goes on from the previous page.
	 */
	static final class CellDraft {

		final float left;

		final float right;

		final float top;

		final float bottom;

		/** No rule above: the cell goes on from the previous page. */
		final boolean openTop;

		final List<TextLine> lines = new ArrayList<>();

		int column;

		CellDraft(float left, float right, float top, float bottom) {
			this(left, right, top, bottom, false);
		}

		CellDraft(float left, float right, float top, float bottom, boolean openTop) {
			this.left = left;
			this.right = right;
			this.top = top;
			this.bottom = bottom;
			this.openTop = openTop;
		}

		boolean open() {
			return Float.isInfinite(bottom);
		}

		int firstLine() {
			return lines.isEmpty() ? 0 : lines.get(0).number;
		}

		String text() {
			StringBuilder sb = new StringBuilder();
			lines.forEach(l -> sb.append(l.text));
			return sb.toString();
		}
	}

	/** A page's item in reading order: a table row, or a line of running text. */
	static final class Item {

		final int page;

		final float top;

		/** The row's cells (one for running text). */
		final List<CellDraft> cells;

		final boolean table;

		/** The texts of the first rows of this row's table (its header, where it has one). */
		List<String> tableHead = List.of();

		Object tableId;

		Item(int page, float top, List<CellDraft> cells, boolean table) {
			this.page = page;
			this.top = top;
			this.cells = cells;
			this.table = table;
		}

		boolean open() {
			return cells.stream().anyMatch(CellDraft::open);
		}

		String text() {
			StringBuilder sb = new StringBuilder();
			cells.forEach(c -> sb.append(c.text()).append('|'));
			return sb.toString();
		}
	}

	private PdfPageReader() {
	}

	/** The page's items, top to bottom; page furniture (page numbers) left out. */
	static List<Item> read(int page, float height, List<Glyph> glyphs, PdfRulings rulings, List<Float> grid) {
		Map<String, CellDraft> cells = new LinkedHashMap<>();
		Map<CellDraft, List<Glyph>> inCells = new HashMap<>();
		List<Glyph> outside = new ArrayList<>();
		for (Glyph g : glyphs) {
			CellDraft cell = cellOf(g, rulings, cells);
			if (cell == null) {
				outside.add(g);
			}
			else {
				inCells.computeIfAbsent(cell, k -> new ArrayList<>()).add(g);
			}
		}
		List<TextLine> all = new ArrayList<>();
		for (Map.Entry<CellDraft, List<Glyph>> e : inCells.entrySet()) {
			e.getKey().lines.addAll(lines(page, e.getValue()));
			all.addAll(e.getKey().lines);
		}
		List<List<Glyph>> outsideLines = baselines(outside);
		List<List<TextLine>> outsideSegments = new ArrayList<>();
		for (List<Glyph> line : outsideLines) {
			List<TextLine> segments = new ArrayList<>();
			for (List<Glyph> piece : splitAtGaps(line)) {
				segments.add(line(page, piece));
			}
			outsideSegments.add(segments);
			all.addAll(segments);
		}
		number(all);

		List<Item> items = new ArrayList<>();
		items.addAll(tableRows(page, inCells.keySet(), grid));
		for (List<TextLine> segments : outsideSegments) {
			TextLine first = segments.get(0);
			if (segments.size() == 1 && isPageNumber(first, height)) {
				continue;
			}
			List<CellDraft> row = new ArrayList<>();
			for (int i = 0; i < segments.size(); i++) {
				TextLine s = segments.get(i);
				CellDraft c = new CellDraft(s.left, s.right, s.baseline - s.size, s.baseline);
				c.lines.add(s);
				c.column = i + 1;
				row.add(c);
			}
			items.add(new Item(page, first.baseline - first.size, row, segments.size() > 1));
		}
		items.sort(Comparator.comparingDouble(i -> i.top));
		return items;
	}

	private static boolean isPageNumber(TextLine line, float height) {
		boolean margin = line.baseline < height * 0.1f || line.baseline > height * 0.9f;
		return margin && PAGE_NUMBER.matcher(line.text.strip()).matches();
	}

	/**
	 * The cell enclosing the glyph: rules left, right and above it that reach it, and the rule below if any. A glyph
	 * between side rules with no rule above is in a cell going on from the previous page (Chromium draws no top border
	 * on a cut cell's rest where no head is repeated): its top is where its side rules start.
	 */
	private static CellDraft cellOf(Glyph g, PdfRulings rulings, Map<String, CellDraft> cells) {
		float cx = g.centerX();
		float cy = g.centerY();
		Rule left = null;
		Rule right = null;
		for (Rule v : rulings.vertical()) {
			if (v.from() - TOLERANCE <= cy && cy <= v.to() + TOLERANCE) {
				if (v.at() <= cx && (left == null || v.at() > left.at())) {
					left = v;
				}
				if (v.at() >= cx && (right == null || v.at() < right.at())) {
					right = v;
				}
			}
		}
		if (left == null || right == null) {
			return null;
		}
		Float top = null;
		float bottom = Float.POSITIVE_INFINITY;
		for (Rule h : rulings.horizontal()) {
			if (h.from() - TOLERANCE <= cx && cx <= h.to() + TOLERANCE) {
				if (h.at() <= cy && (top == null || h.at() > top)) {
					top = h.at();
				}
				if (h.at() >= cy && h.at() < bottom) {
					bottom = h.at();
				}
			}
		}
		boolean openTop = top == null;
		float t = openTop ? Math.max(left.from(), right.from()) : top;
		String key = Math.round(left.at()) + ":" + Math.round(right.at()) + ":" + Math.round(t) + ":" + bottom;
		float l = left.at();
		float r = right.at();
		float b = bottom;
		return cells.computeIfAbsent(key, k -> new CellDraft(l, r, t, b, openTop));
	}

	/** Glyphs grouped by baseline, each group sorted left to right. */
	private static List<List<Glyph>> baselines(List<Glyph> glyphs) {
		List<Glyph> sorted = new ArrayList<>(glyphs);
		sorted.sort(Comparator.comparingDouble(Glyph::baseline).thenComparingDouble(Glyph::x));
		List<List<Glyph>> out = new ArrayList<>();
		List<Glyph> current = null;
		float base = 0;
		for (Glyph g : sorted) {
			if (current == null || Math.abs(g.baseline() - base) > Math.max(1f, g.size() * 0.4f)) {
				current = new ArrayList<>();
				out.add(current);
				base = g.baseline();
			}
			current.add(g);
		}
		for (List<Glyph> line : out) {
			line.sort(Comparator.comparingDouble(Glyph::x));
		}
		return out;
	}

	private static List<TextLine> lines(int page, List<Glyph> glyphs) {
		List<TextLine> out = new ArrayList<>();
		for (List<Glyph> line : baselines(glyphs)) {
			out.add(line(page, line));
		}
		return out;
	}

	/** A line's text: glyphs in order, a space where a gap shows one, overprinted duplicates (fake bold) once. */
	private static TextLine line(int page, List<Glyph> glyphs) {
		StringBuilder text = new StringBuilder();
		Glyph prev = null;
		float size = 0;
		int bold = 0;
		float right = glyphs.get(0).x();
		for (Glyph g : glyphs) {
			if (prev != null && g.text().equals(prev.text()) && g.x() - prev.x() < prev.width() * 0.5f) {
				continue;
			}
			if (prev != null && !g.isSpace() && !prev.isSpace() && g.x() - prev.right() > g.size() * 0.25f) {
				text.append(' ');
			}
			text.append(g.text());
			size = Math.max(size, g.size());
			bold += g.bold() ? 1 : 0;
			if (!g.isSpace()) {
				right = Math.max(right, g.right());
			}
			prev = g;
		}
		return new TextLine(page, text.toString(), glyphs.get(0).x(), right, glyphs.get(0).baseline(), size,
				bold * 2 > glyphs.size());
	}

	private static List<List<Glyph>> splitAtGaps(List<Glyph> line) {
		List<List<Glyph>> out = new ArrayList<>();
		List<Glyph> current = new ArrayList<>();
		Glyph prev = null;
		for (Glyph g : line) {
			if (g.isSpace()) {
				if (!current.isEmpty()) {
					current.add(g);
				}
				continue;
			}
			if (prev != null && g.x() - prev.right() > CELL_GAP_EMS * g.size()) {
				trimSpaces(current);
				out.add(current);
				current = new ArrayList<>();
			}
			current.add(g);
			prev = g;
		}
		trimSpaces(current);
		if (!current.isEmpty()) {
			out.add(current);
		}
		return out;
	}

	private static void trimSpaces(List<Glyph> glyphs) {
		while (!glyphs.isEmpty() && glyphs.get(glyphs.size() - 1).isSpace()) {
			glyphs.remove(glyphs.size() - 1);
		}
	}

	/** Lines sharing a baseline (across cells) share a number: the page's visual line, from 1. */
	private static void number(List<TextLine> lines) {
		List<TextLine> sorted = new ArrayList<>(lines);
		sorted.sort(Comparator.comparingDouble(l -> l.baseline));
		int n = 0;
		float last = Float.NEGATIVE_INFINITY;
		for (TextLine l : sorted) {
			if (l.baseline - last > 1f) {
				n++;
				last = l.baseline;
			}
			l.number = n;
		}
	}

	/**
	 * The cells as table rows: cells that touch form a table; a row is the cells of a table with one top; a cell's
	 * column counts the document's vertical rule positions ({@link PdfRulings#columnGrid}) up to its left edge, so a
	 * cell spanning columns keeps the number of its first, and a column keeps its number on every page, whatever
	 * other tables share the page (a table's head on one page, its rows on the next under another table's head).
	 */
	private static List<Item> tableRows(int page, java.util.Collection<CellDraft> cells, List<Float> grid) {
		List<CellDraft> list = new ArrayList<>(cells);
		int[] parent = new int[list.size()];
		for (int i = 0; i < parent.length; i++) {
			parent[i] = i;
		}
		for (int i = 0; i < list.size(); i++) {
			for (int j = i + 1; j < list.size(); j++) {
				if (touch(list.get(i), list.get(j))) {
					parent[find(parent, i)] = find(parent, j);
				}
			}
		}
		Map<Integer, List<CellDraft>> tables = new LinkedHashMap<>();
		for (int i = 0; i < list.size(); i++) {
			tables.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(list.get(i));
		}
		List<Item> items = new ArrayList<>();
		for (List<CellDraft> table : tables.values()) {
			table.forEach(c -> c.column = columnOf(c, grid));
			table.sort(Comparator.comparingDouble((CellDraft c) -> c.top).thenComparingDouble(c -> c.left));
			List<Item> rows = new ArrayList<>();
			for (CellDraft c : table) {
				Item last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
				if (last != null && Math.abs(last.top - c.top) <= TOLERANCE) {
					last.cells.add(c);
				}
				else {
					rows.add(new Item(page, c.top, new ArrayList<>(List.of(c)), true));
				}
			}
			List<String> head = rows.stream().limit(3).map(Item::text).toList();
			Object id = new Object();
			for (Item row : rows) {
				row.cells.sort(Comparator.comparingDouble(c -> c.left));
				row.tableHead = head;
				row.tableId = id;
			}
			items.addAll(rows);
		}
		return items;
	}

	private static boolean touch(CellDraft a, CellDraft b) {
		boolean x = a.left <= b.right + TOLERANCE && b.left <= a.right + TOLERANCE;
		boolean y = a.top <= b.bottom + TOLERANCE && b.top <= a.bottom + TOLERANCE;
		return x && y;
	}

	private static int find(int[] parent, int i) {
		while (parent[i] != i) {
			parent[i] = parent[parent[i]];
			i = parent[i];
		}
		return i;
	}

	private static int columnOf(CellDraft cell, List<Float> columns) {
		int n = 0;
		for (float x : columns) {
			if (x <= cell.left + TOLERANCE) {
				n++;
			}
		}
		return Math.max(1, n);
	}
}
