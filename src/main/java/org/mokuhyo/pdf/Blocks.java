package org.mokuhyo.pdf;

import java.util.List;

/**
 * What the page layout draws: paragraphs, and tables of cells of paragraphs. Built from a sheet by
 * {@link SheetContent}, drawn by {@link PdfPages}.
 */
final class Blocks {

	static final float BODY = 8f;

	private Blocks() {
	}

	/**
	 * A paragraph.
	 *
	 * @param indent points from the left of the cell (or page) to the first line
	 * @param hang   points added to the indent for the lines after the first
	 */
	record Para(String text, float size, boolean bold, float indent, float hang) {

		static Para of(String text) {
			return new Para(text, BODY, false, 0, 0);
		}

		static Para bold(String text) {
			return new Para(text, BODY, true, 0, 0);
		}

		static Para indented(String text, float indent, float hang) {
			return new Para(text, BODY, false, indent, hang);
		}
	}

	/**
	 * A cell.
	 *
	 * @param mergedAbove the cell continues the one above it (a row span): no rule between them
	 */
	record Cell(int colspan, List<Para> paras, boolean shaded, boolean centered, boolean mergedAbove) {

		static Cell of(List<Para> paras) {
			return new Cell(1, paras, false, false, false);
		}

		static Cell header(String text) {
			return new Cell(1, List.of(Para.bold(text)), true, true, false);
		}

		Cell span(int columns) {
			return new Cell(columns, paras, shaded, centered, mergedAbove);
		}

		Cell underAbove() {
			return new Cell(colspan, paras, shaded, centered, true);
		}
	}

	record Row(List<Cell> cells) {

		static Row of(Cell... cells) {
			return new Row(List.of(cells));
		}
	}

	/** A table: relative column widths, header rows repeated on every page it runs over, body rows. */
	record Table(float[] widths, List<Row> header, List<Row> body) {
	}
}
