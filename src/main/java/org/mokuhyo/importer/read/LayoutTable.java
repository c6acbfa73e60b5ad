package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mokuhyo.importer.read.LayoutLine.Piece;
import org.mokuhyo.importer.read.SourceRow.RowKind;

/**
 * One printed table of laid-out text (its column titles, then its body, over one page or several) rebuilt into the
 * rows a tab-separated export gives: the column titles, then a row per goal (its number in the No column, each
 * cell's wrapped lines joined), then a row per 総合計画 / 基本政策 area.
 * <p>
 * The columns are found from where the body's pieces start: the starts gather round each column's left edge (a
 * little apart with indents, and from page to page), far apart from one column to the next. Column titles are
 * centred, so they say how many columns there are, not where.
 */
final class LayoutTable {

	/** Starts further apart than this are different columns; indents and page-to-page shifts stay within it. */
	private static final int COLUMN_GAP = 8;

	private final List<LayoutLine> header = new ArrayList<>();

	private final List<LayoutLine> body = new ArrayList<>();

	void header(LayoutLine line) {
		header.add(line);
	}

	void body(LayoutLine line) {
		body.add(line);
	}

	boolean hasBody() {
		return body.stream().anyMatch(l -> !l.isBlank());
	}

	private boolean hasNumberColumn() {
		return header.stream().flatMap(l -> l.pieces().stream()).anyMatch(p -> LayoutWords.NUMBER_TITLE.matcher(p.text()).matches());
	}

	/** The number of columns the titles name; a title line without No is under a No merged from above. */
	private int columnCount() {
		int count = 1;
		boolean numbered = hasNumberColumn();
		for (LayoutLine line : header) {
			List<Piece> titles = line.pieces();
			boolean hasNo = !titles.isEmpty() && LayoutWords.NUMBER_TITLE.matcher(titles.get(0).text()).matches();
			count = Math.max(count, titles.size() + (numbered && !hasNo ? 1 : 0));
		}
		return count;
	}

	List<SourceRow> rows() {
		List<SourceRow> rows = new ArrayList<>();
		int columns = columnCount();
		boolean numbered = hasNumberColumn();
		for (LayoutLine line : header) {
			List<Piece> titles = line.pieces();
			boolean hasNo = !titles.isEmpty() && LayoutWords.NUMBER_TITLE.matcher(titles.get(0).text()).matches();
			int first = hasNo || titles.size() >= columns ? 1 : columns - titles.size() + 1;
			List<SourceCell> cells = new ArrayList<>();
			for (int i = 1; i < first; i++) {
				cells.add(blank(line.number(), i));
			}
			for (int i = 0; i < titles.size(); i++) {
				String title = titles.get(i).text();
				cells.add(new SourceCell(line.number(), first + i, title, List.of(plain(title))));
			}
			rows.add(new SourceRow(line.number(), RowKind.TABLE, cells));
		}
		Columns layout = new Columns(columnStarts(numbered), numbered ? 2 : 1, columns);
		Row row = null;
		for (LayoutLine line : body) {
			if (line.isBlank()) {
				continue;
			}
			List<Piece> pieces = line.pieces();
			Piece firstPiece = pieces.get(0);
			boolean numberLine = numbered && pieces.size() > 1 && isNumber(firstPiece, layout);
			Piece content = numberLine ? pieces.get(1) : firstPiece;
			if (numberLine) {
				addRow(rows, row, layout);
				row = new Row(line.number(), false);
				row.cell(1).add(line.number(), firstPiece.start(), firstPiece.text());
				pieces = pieces.subList(1, pieces.size());
			}
			else if (LayoutWords.LINK_MARKER.matcher(content.text()).lookingAt()) {
				addRow(rows, row, layout);
				row = new Row(line.number(), true);
			}
			else if (row == null) {
				row = new Row(line.number(), false);
			}
			if (row.links) {
				// the links span the columns right of No: one cell, however the line's pieces fell
				String text = String.join(" ", pieces.stream().map(Piece::text).toList());
				row.cell(layout.firstContent).add(line.number(), pieces.get(0).start(), text);
				continue;
			}
			for (Piece piece : layout.split(pieces)) {
				int column = layout.column(piece.start());
				row.cell(column).add(line.number(), piece.start(), piece.text());
			}
		}
		addRow(rows, row, layout);
		return rows;
	}

	private static boolean isNumber(Piece piece, Columns layout) {
		return LayoutWords.GOAL_NUMBER.matcher(piece.text()).matches()
				&& (layout.starts.isEmpty() || piece.start() < layout.starts.get(0));
	}

	/** The left edges of the body's columns right of No, from the starts of its pieces. */
	private List<Integer> columnStarts(boolean numbered) {
		TreeSet<Integer> starts = new TreeSet<>();
		for (LayoutLine line : body) {
			List<Piece> pieces = line.pieces();
			for (int i = 0; i < pieces.size(); i++) {
				Piece p = pieces.get(i);
				if (i == 0 && numbered && pieces.size() > 1 && LayoutWords.GOAL_NUMBER.matcher(p.text()).matches()) {
					continue;
				}
				if (i == 0 && LayoutWords.LINK_MARKER.matcher(p.text()).lookingAt()) {
					starts.add(p.start());
				}
				else if (!isLinkLine(line)) {
					starts.add(p.start());
				}
			}
		}
		List<Integer> edges = new ArrayList<>();
		Integer previous = null;
		for (int start : starts) {
			if (previous == null || start - previous > COLUMN_GAP) {
				edges.add(start);
			}
			previous = start;
		}
		return edges;
	}

	private boolean isLinkLine(LayoutLine line) {
		// a link line (under 総合計画) spans the columns: its pieces say nothing of where they begin
		int index = body.indexOf(line);
		for (int i = index; i >= 0; i--) {
			List<Piece> pieces = body.get(i).pieces();
			if (pieces.isEmpty()) {
				continue;
			}
			Piece first = pieces.get(0);
			if (LayoutWords.GOAL_NUMBER.matcher(first.text()).matches() && pieces.size() > 1) {
				return false;
			}
			if (LayoutWords.LINK_MARKER.matcher(first.text()).lookingAt()) {
				return true;
			}
		}
		return false;
	}

	private void addRow(List<SourceRow> rows, Row row, Columns layout) {
		if (row == null) {
			return;
		}
		int line = row.line;
		List<SourceCell> cells = new ArrayList<>();
		for (int c = 1; c <= layout.columns; c++) {
			CellLines lines = row.cells.get(c);
			if (lines == null || lines.isEmpty()) {
				cells.add(blank(line, c));
				continue;
			}
			int column = c;
			List<SourceBlock> blocks = lines.blocks(l -> layout.full(column, l), row.links);
			cells.add(new SourceCell(lines.firstLine(), c, CellLines.raw(blocks), blocks));
		}
		rows.add(new SourceRow(line, RowKind.TABLE, cells));
	}

	private static SourceCell blank(int line, int column) {
		return new SourceCell(line, column, "", List.of());
	}

	static SourceBlock plain(String text) {
		return new SourceBlock(SourceBlock.Kind.PARAGRAPH, List.of(new SourceBlock.Run(text, false)));
	}

	/** A row being rebuilt: its cells' lines by column. */
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
	}

	/** The body's columns: their left edges (character indexes) and the cell numbers they become. */
	private final class Columns {

		final List<Integer> starts;

		final int firstContent;

		final int columns;

		/** Per column, the widest line's printed extent: what a line that ran to the cell's edge reaches. */
		private final Map<Integer, Integer> capacity = new TreeMap<>();

		Columns(List<Integer> starts, int firstContent, int columns) {
			this.starts = starts;
			this.firstContent = firstContent;
			this.columns = Math.max(columns, firstContent);
		}

		int column(int start) {
			int index = 0;
			for (int i = 0; i < starts.size(); i++) {
				if (starts.get(i) <= start + 3) {
					index = i;
				}
			}
			return Math.min(firstContent + index, columns);
		}

		int left(int column) {
			int index = column - firstContent;
			return index >= 0 && index < starts.size() ? starts.get(index) : 0;
		}

		/**
		 * The pieces with any cut that a single space hides: pdftotext keeps at least one space between words, so a
		 * line whose text runs long (narrow characters counted as wide) pushes the next column's text right and
		 * leaves a single space between the two.
		 */
		List<Piece> split(List<Piece> pieces) {
			List<Piece> out = new ArrayList<>();
			for (Piece piece : pieces) {
				Piece rest = piece;
				for (int next : starts) {
					if (next <= rest.start() + 3 || rest.end() <= next + 2) {
						continue;
					}
					int cut = -1;
					for (int i = 0; i < rest.text().length(); i++) {
						if (rest.text().charAt(i) == ' ' && rest.start() + i + 1 >= next - 3) {
							cut = i;
							break;
						}
					}
					if (cut > 0) {
						out.add(new Piece(rest.start(), rest.text().substring(0, cut)));
						rest = new Piece(rest.start() + cut + 1, rest.text().substring(cut + 1));
					}
				}
				out.add(rest);
			}
			return out;
		}

		/**
		 * Whether the line reached its cell's right edge, so that the next line continues its paragraph. A line
		 * ending a sentence (。) ends its paragraph: the last column's edge is known only from its own lines, so a
		 * short paragraph there would otherwise read as full.
		 */
		boolean full(int column, CellLines.Line line) {
			return extent(column, line) >= capacity(column) - 8 && !line.text().endsWith("。");
		}

		private int extent(int column, CellLines.Line line) {
			return 2 * Math.max(0, line.start() - left(column)) + LayoutLine.displayWidth(line.text());
		}

		private int capacity(int column) {
			return capacity.computeIfAbsent(column, c -> {
				int widest = 0;
				for (LayoutLine line : body) {
					if (line.isBlank() || isLinkLine(line)) {
						continue;
					}
					for (Piece piece : split(line.pieces())) {
						if (column(piece.start()) == c && !LayoutWords.GOAL_NUMBER.matcher(piece.text()).matches()) {
							widest = Math.max(widest, extent(c, new CellLines.Line(line.number(), piece.start(), piece.text())));
						}
					}
				}
				int index = c - firstContent;
				// the gap to the next column's edge, in half-width units, when the cell's lines are all short
				int room = index >= 0 && index + 1 < starts.size() ? (starts.get(index + 1) - starts.get(index)) * 16 / 10 : 0;
				return Math.max(widest, room);
			});
		}
	}
}
