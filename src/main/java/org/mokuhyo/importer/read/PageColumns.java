package org.mokuhyo.importer.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.mokuhyo.importer.read.LayoutLine.Piece;

/**
 * The columns of one page of a laid-out table. pdftotext scales each page on its own, so a column's left edge moves
 * from page to page (by ten characters and more); within a page it holds. The edges are where the page's pieces
 * start: the starts gather round each column's edge (a little apart with indents), far apart from one column to the
 * next. A page that fills every column numbers its edges in order; a page that does not (a review running on alone)
 * takes for each edge the column whose title, printed again at the page's top, starts nearest.
 */
final class PageColumns {

	/** Starts further apart than this are different columns; indents stay within it. */
	private static final int COLUMN_GAP = 8;

	/** Each edge (character index) and the cell number it becomes. */
	private final TreeMap<Integer, Integer> edges = new TreeMap<>();

	private final int firstContent;

	private final int columns;

	/**
	 * @param starts       where the page's pieces right of No start
	 * @param titles       the title lines over the page
	 * @param firstContent the cell number of the first column right of No
	 * @param columns      the number of cells of a row
	 */
	PageColumns(TreeSet<Integer> starts, List<LayoutLine> titles, int firstContent, int columns) {
		this.firstContent = firstContent;
		this.columns = Math.max(columns, firstContent);
		List<Integer> clusters = new ArrayList<>();
		Integer previous = null;
		for (int start : starts) {
			if (previous == null || start - previous > COLUMN_GAP) {
				clusters.add(start);
			}
			previous = start;
		}
		Map<Integer, Integer> anchors = anchors(titles);
		int count = this.columns - firstContent + 1;
		int column = firstContent;
		for (int i = 0; i < clusters.size(); i++) {
			int edge = clusters.get(i);
			if (clusters.size() != count && !anchors.isEmpty()) {
				column = nearest(anchors, edge, column);
			}
			else {
				column = Math.min(firstContent + i, this.columns);
			}
			edges.put(edge, column);
		}
	}

	/** Where each column's title starts (the last title line naming a column wins: it is nearest the body). */
	private Map<Integer, Integer> anchors(List<LayoutLine> titles) {
		Map<Integer, Integer> anchors = new TreeMap<>();
		for (LayoutLine line : titles) {
			List<Piece> pieces = line.pieces();
			for (int i = 0; i < pieces.size(); i++) {
				int column = LayoutTable.titleColumn(pieces, i, columns);
				if (column >= firstContent) {
					anchors.put(column, pieces.get(i).start());
				}
			}
		}
		return anchors;
	}

	/** The column, not left of {@code from}, whose title starts nearest the edge. */
	private static int nearest(Map<Integer, Integer> anchors, int edge, int from) {
		int best = from;
		int distance = Integer.MAX_VALUE;
		for (Map.Entry<Integer, Integer> anchor : anchors.entrySet()) {
			int d = Math.abs(anchor.getValue() - edge);
			if (anchor.getKey() >= from && d < distance) {
				best = anchor.getKey();
				distance = d;
			}
		}
		return best;
	}

	boolean isEmpty() {
		return edges.isEmpty();
	}

	/** The page's leftmost edge right of No: a goal's number stands left of it. */
	int firstEdge() {
		return edges.isEmpty() ? Integer.MAX_VALUE : edges.firstKey();
	}

	/** The cell of a piece starting at this index. */
	int column(int start) {
		Map.Entry<Integer, Integer> edge = edges.floorEntry(start + 3);
		return edge == null ? firstContent : edge.getValue();
	}

	/** The left edge of the column on this page, for a line's indent within its cell. */
	int left(int column) {
		for (Map.Entry<Integer, Integer> edge : edges.entrySet()) {
			if (edge.getValue() == column) {
				return edge.getKey();
			}
		}
		return 0;
	}

	/** The next column's left edge right of this column's, -1 for the last column of the page. */
	int nextLeft(int column) {
		for (Map.Entry<Integer, Integer> edge : edges.entrySet()) {
			if (edge.getValue() > column) {
				return edge.getKey();
			}
		}
		return -1;
	}

	/**
	 * The pieces with any cut that a single space hides: pdftotext keeps at least one space between words, so a
	 * line whose text runs long (narrow characters counted as wide) pushes the next column's text right and leaves a
	 * single space between the two.
	 */
	List<Piece> split(List<Piece> pieces) {
		List<Piece> out = new ArrayList<>();
		for (Piece piece : pieces) {
			Piece rest = piece;
			for (int next : edges.keySet()) {
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
}
