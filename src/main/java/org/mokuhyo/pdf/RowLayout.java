package org.mokuhyo.pdf;

import java.util.ArrayList;
import java.util.List;

import org.mokuhyo.pdf.Blocks.Cell;
import org.mokuhyo.pdf.Blocks.Row;
import org.mokuhyo.pdf.LineLayout.Line;

/** A table row laid out, not drawn: each cell's left edge, width and lines, and the height of any part of it. */
final class RowLayout {

	/** Space between a cell's rule and its text. */
	static final float PAD = 3f;

	/** The least height of a row: one line of body text. */
	private static final float BODY_LINE = Blocks.BODY * LineLayout.LEADING;

	final Cell[] cells;

	final float[] x;

	final float[] w;

	final List<List<Line>> lines = new ArrayList<>();

	/** @param columns the columns' left edges and, last, the table's right edge ({@link #columns}) */
	RowLayout(Row row, float[] columns, LineLayout layout) {
		int n = row.cells().size();
		cells = row.cells().toArray(new Cell[0]);
		x = new float[n];
		w = new float[n];
		int col = 0;
		for (int c = 0; c < n; c++) {
			x[c] = columns[col];
			col += cells[c].colspan();
			w[c] = columns[col] - x[c];
			lines.add(layout.lines(cells[c].paras(), w[c] - 2 * PAD));
		}
	}

	/** The table's column edges: {@code widths} (relative) spread over {@code width} points from {@code left}. */
	static float[] columns(float[] widths, float left, float width) {
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		float[] x = new float[widths.length + 1];
		x[0] = left;
		for (int i = 0; i < widths.length; i++) {
			x[i + 1] = x[i] + widths[i] / total * width;
		}
		return x;
	}

	int[] starts() {
		return new int[cells.length];
	}

	int[] ends() {
		int[] e = new int[cells.length];
		for (int c = 0; c < e.length; c++) {
			e[c] = lines.get(c).size();
		}
		return e;
	}

	/** The whole row's height. */
	float height() {
		return height(starts(), ends());
	}

	/** The height of the part from line {@code from[c]} to {@code to[c]} of each cell, padding included. */
	float height(int[] from, int[] to) {
		float h = BODY_LINE;
		for (int c = 0; c < cells.length; c++) {
			h = Math.max(h, LineLayout.height(lines.get(c), from[c], to[c]));
		}
		return h + 2 * PAD;
	}

	/** Per cell, how far its lines go from {@code from} in {@code avail} points ({@link LineLayout#cut}). */
	int[] cut(int[] from, float avail) {
		return LineLayout.cut(lines, from, avail);
	}
}
