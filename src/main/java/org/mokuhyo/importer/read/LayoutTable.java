package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mokuhyo.importer.read.LayoutLine.Piece;
import org.mokuhyo.importer.read.SourceRow.RowKind;

/**
 * One printed table of laid-out text (its column titles, then its body, over one page or several) rebuilt into the
 * rows a tab-separated export gives: the column titles, then a row per goal (its number in the No column, each
 * cell's wrapped lines joined), then a row per 総合計画 / 基本政策 area. Each page finds its own columns
 * ({@link PageColumns}); column titles are centred, so they say how many columns there are, and roughly which.
 */
final class LayoutTable {

	/** The table's pages: the titles over each and its lines. */
	private final List<Page> pages = new ArrayList<>();

	private record Page(List<LayoutLine> titles, List<LayoutLine> lines) {
	}

	/** A title line of the table's header (the first page's). */
	void header(LayoutLine line) {
		if (pages.isEmpty()) {
			pages.add(new Page(new ArrayList<>(), new ArrayList<>()));
		}
		pages.get(0).titles().add(line);
	}

	/** The table runs on to a new page, under its titles printed again. */
	void page(List<LayoutLine> titles) {
		pages.add(new Page(titles, new ArrayList<>()));
	}

	void body(LayoutLine line) {
		if (pages.isEmpty()) {
			pages.add(new Page(new ArrayList<>(), new ArrayList<>()));
		}
		Page last = pages.get(pages.size() - 1);
		if (line.pageStart() && last.lines().stream().anyMatch(l -> !l.isBlank())) {
			last = new Page(last.titles(), new ArrayList<>()); // a page break without the titles again
			pages.add(last);
		}
		last.lines().add(line);
	}

	boolean hasBody() {
		return pages.stream().flatMap(p -> p.lines().stream()).anyMatch(l -> !l.isBlank());
	}

	private List<LayoutLine> header() {
		return pages.isEmpty() ? List.of() : pages.get(0).titles();
	}

	private boolean hasNumberColumn() {
		return header().stream().flatMap(l -> l.pieces().stream()).anyMatch(p -> isNumberTitle(p.text()));
	}

	private static boolean isNumberTitle(String text) {
		return LayoutWords.NUMBER_TITLE.matcher(text).matches();
	}

	/** The number of columns the titles name; a title line without No is under a No merged from above. */
	private int columnCount() {
		int count = 1;
		boolean numbered = hasNumberColumn();
		for (LayoutLine line : header()) {
			List<Piece> titles = line.pieces();
			boolean hasNo = !titles.isEmpty() && isNumberTitle(titles.get(0).text());
			count = Math.max(count, titles.size() + (numbered && !hasNo ? 1 : 0));
		}
		return count;
	}

	/**
	 * The cell of a title: from the left on a line that starts with No or names every column; else from the right
	 * (the line under a No merged from above, 取組み事項 … 課題).
	 */
	static int titleColumn(List<Piece> titles, int index, int columns) {
		boolean hasNo = !titles.isEmpty() && isNumberTitle(titles.get(0).text());
		int first = hasNo || titles.size() >= columns ? 1 : columns - titles.size() + 1;
		return first + index;
	}

	List<SourceRow> rows() {
		List<SourceRow> out = new ArrayList<>();
		int columns = columnCount();
		boolean numbered = hasNumberColumn();
		int firstContent = numbered ? 2 : 1;
		for (LayoutLine line : header()) {
			List<Piece> titles = line.pieces();
			List<SourceCell> cells = new ArrayList<>();
			int first = titles.isEmpty() ? 1 : titleColumn(titles, 0, columns);
			for (int i = 1; i < first; i++) {
				cells.add(blank(line.number(), i));
			}
			for (Piece title : titles) {
				cells.add(new SourceCell(line.number(), cells.size() + 1, title.text(), List.of(plain(title.text()))));
			}
			out.add(new SourceRow(line.number(), RowKind.TABLE, cells));
		}
		Set<Integer> linkLines = linkLines();
		Widths widths = new Widths(columns);
		List<Row> rows = new ArrayList<>();
		Row row = null;
		for (Page page : pages) {
			PageColumns layout = new PageColumns(starts(page, numbered, linkLines), page.titles(), firstContent, columns);
			widths.room(layout, page.titles(), firstContent);
			for (LayoutLine line : page.lines()) {
				if (line.isBlank()) {
					continue;
				}
				List<Piece> pieces = line.pieces();
				Piece firstPiece = pieces.get(0);
				boolean numberLine = numbered && pieces.size() > 1
						&& LayoutWords.GOAL_NUMBER.matcher(firstPiece.text()).matches()
						&& firstPiece.start() < layout.firstEdge();
				Piece content = numberLine ? pieces.get(1) : firstPiece;
				if (numberLine) {
					row = new Row(line.number(), false);
					rows.add(row);
					row.cell(1).add(line.number(), 0, firstPiece.text());
					pieces = pieces.subList(1, pieces.size());
				}
				else if (LayoutWords.LINK_MARKER.matcher(content.text()).lookingAt()) {
					row = new Row(line.number(), true);
					rows.add(row);
				}
				else if (row == null) {
					row = new Row(line.number(), false);
					rows.add(row);
				}
				if (row.links) {
					// the links span the columns right of No: one cell, however the line's pieces fell
					String text = String.join(" ", pieces.stream().map(Piece::text).toList());
					int left = layout.isEmpty() ? pieces.get(0).start() : layout.firstEdge();
					row.cell(firstContent).add(line.number(), pieces.get(0).start() - left, text);
					continue;
				}
				for (Piece piece : layout.split(pieces)) {
					int column = layout.column(piece.start());
					int indent = Math.max(0, piece.start() - layout.left(column));
					row.cell(column).add(line.number(), indent, piece.text());
					widths.line(column, indent, piece.text());
				}
			}
		}
		for (Row r : rows) {
			out.add(r.source(columns, firstContent, widths));
		}
		return out;
	}

	/** Where the page's pieces right of No start; link lines span the columns and say nothing of their edges. */
	private static TreeSet<Integer> starts(Page page, boolean numbered, Set<Integer> linkLines) {
		TreeSet<Integer> starts = new TreeSet<>();
		for (LayoutLine line : page.lines()) {
			List<Piece> pieces = line.pieces();
			for (int i = 0; i < pieces.size(); i++) {
				Piece p = pieces.get(i);
				if (i == 0 && numbered && pieces.size() > 1 && LayoutWords.GOAL_NUMBER.matcher(p.text()).matches()) {
					continue;
				}
				if (!linkLines.contains(line.number()) || i == 0 && LayoutWords.LINK_MARKER.matcher(p.text()).lookingAt()) {
					starts.add(p.start());
				}
			}
		}
		return starts;
	}

	/** The lines under a 総合計画 / 基本政策 marker, up to the next goal. */
	private Set<Integer> linkLines() {
		Set<Integer> out = new HashSet<>();
		boolean links = false;
		for (Page page : pages) {
			for (LayoutLine line : page.lines()) {
				List<Piece> pieces = line.pieces();
				if (pieces.isEmpty()) {
					continue;
				}
				Piece first = pieces.get(0);
				if (LayoutWords.GOAL_NUMBER.matcher(first.text()).matches() && pieces.size() > 1) {
					links = false;
				}
				else if (LayoutWords.LINK_MARKER.matcher(first.text()).lookingAt()) {
					links = true;
				}
				if (links) {
					out.add(line.number());
				}
			}
		}
		return out;
	}

	private static SourceCell blank(int line, int column) {
		return new SourceCell(line, column, "", List.of());
	}

	static SourceBlock plain(String text) {
		return new SourceBlock(SourceBlock.Kind.PARAGRAPH, List.of(new SourceBlock.Run(text, false)));
	}

	/** A row being rebuilt: its cells' lines by column, each line's start taken from its column's left edge. */
	private static final class Row {

		final int line;

		final boolean links;

		final Map<Integer, CellLines> cells = new TreeMap<>();

		Row(int line, boolean links) {
			this.line = line;
			this.links = links;
		}

		CellLines cell(int column) {
			return cells.computeIfAbsent(column, c -> new CellLines());
		}

		SourceRow source(int columns, int firstContent, Widths widths) {
			List<SourceCell> out = new ArrayList<>();
			for (int c = 1; c <= Math.max(columns, firstContent); c++) {
				CellLines lines = cells.get(c);
				if (lines == null || lines.isEmpty()) {
					out.add(blank(line, c));
					continue;
				}
				int column = c;
				List<SourceBlock> blocks = lines.blocks(l -> widths.full(column, l), links);
				out.add(new SourceCell(lines.firstLine(), c, CellLines.raw(blocks), blocks));
			}
			return new SourceRow(line, RowKind.TABLE, out);
		}
	}

	/**
	 * How wide each column's lines run, in half-width units from the column's left edge: the widest line, or the room
	 * the page gives the column when its lines are all short (to the next column's edge; for the last, as far right
	 * of its title's centre as its edge is left of it).
	 */
	private static final class Widths {

		private final int columns;

		private final Map<Integer, Integer> capacity = new TreeMap<>();

		Widths(int columns) {
			this.columns = columns;
		}

		void line(int column, int indent, String text) {
			if (!LayoutWords.GOAL_NUMBER.matcher(text).matches()) {
				capacity.merge(column, extent(indent, text), Math::max);
			}
		}

		void room(PageColumns layout, List<LayoutLine> titles, int firstContent) {
			for (int c = firstContent; c <= columns; c++) {
				int left = layout.left(c);
				int next = layout.nextLeft(c);
				int room = 0;
				if (next > left && left > 0) {
					room = (next - left) * 16 / 10;
				}
				else if (c == columns && left > 0) {
					int centre = titleCentre(titles, c);
					room = centre > left ? (centre - left) * 32 / 10 : 0;
				}
				capacity.merge(c, room, Math::max);
			}
		}

		private int titleCentre(List<LayoutLine> titles, int column) {
			for (LayoutLine line : titles) {
				List<Piece> pieces = line.pieces();
				for (int i = 0; i < pieces.size(); i++) {
					if (titleColumn(pieces, i, columns) == column) {
						return (pieces.get(i).start() + pieces.get(i).end()) / 2;
					}
				}
			}
			return 0;
		}

		private static int extent(int indent, String text) {
			return 2 * indent + LayoutLine.displayWidth(text);
		}

		/**
		 * Whether the line reached its cell's right edge, so that the next line continues its paragraph. A line a
		 * little short of the edge that ends a sentence (。) ends its paragraph.
		 */
		boolean full(int column, CellLines.Line line) {
			int extent = extent(line.start(), line.text());
			int width = capacity.getOrDefault(column, 0);
			return extent >= width - 8 && (extent >= width - 2 || !line.text().endsWith("。"));
		}
	}
}
