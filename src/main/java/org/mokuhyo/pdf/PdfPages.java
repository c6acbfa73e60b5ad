package org.mokuhyo.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.mokuhyo.pdf.Blocks.Para;
import org.mokuhyo.pdf.Blocks.Row;
import org.mokuhyo.pdf.Blocks.Table;
import org.mokuhyo.pdf.LineLayout.Line;

/**
 * Draws paragraphs and ruled tables down A4 landscape pages. A table row moves to the next page when it does not fit
 * (the table's header drawn again there); a row taller than a page is cut between lines, its cells left open at the
 * page's foot, and continues under the repeated header. Page numbers are added at the end, when the number of pages
 * is known. The lines, their heights and where a reader can bear a cut are the pure layout's ({@link LineLayout},
 * {@link RowLayout}); this class places them on pages and draws.
 */
final class PdfPages {

	static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	static final float MARGIN_X = 28f;

	static final float TOP = 28f;

	static final float BOTTOM = PAGE.getHeight() - 34f;

	static final float RULE = 0.5f;

	/**
	 * A row that does not fit is cut when at least this share of the page is left, and moves to the next page
	 * otherwise (when it fits there): goals are long, and moving each whole would leave pages half empty.
	 */
	static final float CUT_ROOM = 0.3f;

	private static final float PAD = RowLayout.PAD;

	private static final float BODY_LINE = Blocks.BODY * LineLayout.LEADING;

	private final PDDocument document;

	private final FontSet fonts;

	private final LineLayout layout;

	private final List<PDPage> pages = new ArrayList<>();

	private PDPageContentStream out;

	private float y;

	PdfPages(PDDocument document, FontSet fonts) {
		this.document = document;
		this.fonts = fonts;
		this.layout = new LineLayout(fonts);
		newPage();
	}

	static float contentWidth() {
		return PAGE.getWidth() - 2 * MARGIN_X;
	}

	// ---- running text

	void gap(float points) {
		y += points;
	}

	/** A paragraph outside tables; kept whole, with room for {@code keepWithNext} points of what follows. */
	void paragraph(Para para, float keepWithNext) throws IOException {
		List<Line> lines = layout.lines(List.of(para), contentWidth());
		float h = LineLayout.height(lines, 0, lines.size());
		if (y + h + keepWithNext > BOTTOM && y > TOP) {
			newPage();
		}
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			drawLine(line.text(), line.size(), line.bold(), MARGIN_X + line.dx(), y);
			y += line.height(true);
		}
	}

	// ---- tables

	/** Draws the table from the current position, breaking pages between rows and, when it must, inside a row. */
	void table(Table table) throws IOException {
		float[] columns = RowLayout.columns(table.widths(), MARGIN_X, contentWidth());
		List<RowLayout> header = table.header().stream().map(r -> new RowLayout(r, columns, layout)).toList();
		float headerHeight = 0;
		for (RowLayout h : header) {
			headerHeight += h.height();
		}
		boolean started = false;
		for (Row row : table.body()) {
			RowLayout r = new RowLayout(row, columns, layout);
			float full = r.height();
			if (!started) {
				// the header never stays alone at a page's foot: with the whole first row, or the start of a row
				// that will be cut anyway
				boolean fits = y + headerHeight + full <= BOTTOM;
				boolean cutHere = BOTTOM - y - headerHeight >= CUT_ROOM * (BOTTOM - TOP);
				if (!fits && !cutHere && y > TOP) {
					newPage();
				}
				drawHeader(header);
				started = true;
			}
			if (y + full <= BOTTOM) {
				drawRow(r, r.starts(), r.ends(), full, false, true);
				continue;
			}
			if (full <= BOTTOM - TOP - headerHeight && BOTTOM - y < CUT_ROOM * (BOTTOM - TOP)) {
				rule(columns[0], columns[columns.length - 1], y);
				newPage();
				drawHeader(header);
				drawRow(r, r.starts(), r.ends(), full, false, false);
				continue;
			}
			drawSplit(r, header, columns);
		}
		if (started) {
			rule(columns[0], columns[columns.length - 1], y);
		}
	}

	private void drawSplit(RowLayout r, List<RowLayout> header, float[] columns) throws IOException {
		boolean afterBody = true;
		if (BOTTOM - y < 4 * BODY_LINE + 2 * PAD) {
			rule(columns[0], columns[columns.length - 1], y);
			newPage();
			drawHeader(header);
			afterBody = false;
		}
		int[] from = r.starts();
		int[] end = r.ends();
		while (true) {
			float rest = r.height(from, end);
			if (y + rest <= BOTTOM) {
				drawRow(r, from, end, rest, false, afterBody);
				return;
			}
			int[] to = r.cut(from, BOTTOM - y - 2 * PAD);
			drawRow(r, from, to, BOTTOM - y, true, afterBody);
			newPage();
			drawHeader(header);
			afterBody = false;
			from = to;
		}
	}

	private void drawHeader(List<RowLayout> header) throws IOException {
		boolean afterRow = false;
		for (RowLayout h : header) {
			float height = h.height();
			drawRow(h, h.starts(), h.ends(), height, false, afterRow);
			afterRow = true;
		}
	}

	/**
	 * One row, or the part of it between {@code from} and {@code to}, at the current position.
	 *
	 * @param open     the row goes on on the next page: no rule below it
	 * @param afterRow a row of the same table is right above (a merged cell draws no rule between them)
	 */
	private void drawRow(RowLayout r, int[] from, int[] to, float height, boolean open, boolean afterRow)
			throws IOException {
		for (int c = 0; c < r.cells.length; c++) {
			if (r.cells[c].shaded()) {
				out.setNonStrokingColor(0.9f);
				out.addRect(r.x[c], pdfY(y + height), r.w[c], height);
				out.fill();
				out.setNonStrokingColor(0f);
			}
		}
		for (int c = 0; c < r.cells.length; c++) {
			if (!(r.cells[c].mergedAbove() && afterRow)) {
				rule(r.x[c], r.x[c] + r.w[c], y);
			}
			vertical(r.x[c], y, y + height);
		}
		int last = r.cells.length - 1;
		vertical(r.x[last] + r.w[last], y, y + height);
		for (int c = 0; c < r.cells.length; c++) {
			float ty = y + PAD;
			List<Line> lines = r.lines.get(c);
			for (int i = from[c]; i < to[c]; i++) {
				Line line = lines.get(i);
				ty += i == from[c] ? 0 : line.gapBefore();
				float lx = r.cells[c].centered() ? r.x[c] + (r.w[c] - line.width()) / 2 : r.x[c] + PAD + line.dx();
				drawLine(line.text(), line.size(), line.bold(), lx, ty);
				ty += line.size() * LineLayout.LEADING;
			}
		}
		y += height;
		if (open) {
			y = BOTTOM;
		}
	}

	// ---- lines

	/** One line of text with its top at {@code top}, its start at {@code x}. */
	private void drawLine(String text, float size, boolean bold, float x, float top) throws IOException {
		float baseline = top + size * 1.1f;
		out.beginText();
		if (bold) {
			// simulated bold: the Japanese fonts at hand have no bold face
			out.setRenderingMode(RenderingMode.FILL_STROKE);
			out.setLineWidth(size * 0.04f);
		}
		out.newLineAtOffset(x, pdfY(baseline));
		for (FontSet.Piece piece : fonts.pieces(text)) {
			out.setFont(piece.font(), size);
			out.showText(piece.text());
		}
		if (bold) {
			out.setRenderingMode(RenderingMode.FILL);
		}
		out.endText();
	}

	private void rule(float x1, float x2, float top) throws IOException {
		out.setLineWidth(RULE);
		out.moveTo(x1, pdfY(top));
		out.lineTo(x2, pdfY(top));
		out.stroke();
	}

	private void vertical(float x, float y1, float y2) throws IOException {
		out.setLineWidth(RULE);
		out.moveTo(x, pdfY(y1));
		out.lineTo(x, pdfY(y2));
		out.stroke();
	}

	private static float pdfY(float top) {
		return PAGE.getHeight() - top;
	}

	// ---- pages

	private void newPage() {
		try {
			if (out != null) {
				out.close();
			}
			PDPage page = new PDPage(PAGE);
			document.addPage(page);
			pages.add(page);
			out = new PDPageContentStream(document, page);
			y = TOP;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	/** Closes the last page and numbers every page "n / N" at its foot. */
	void finish() throws IOException {
		out.close();
		out = null;
		for (int i = 0; i < pages.size(); i++) {
			try (PDPageContentStream foot = new PDPageContentStream(document, pages.get(i),
					PDPageContentStream.AppendMode.APPEND, true, true)) {
				String text = (i + 1) + " / " + pages.size();
				float size = Blocks.BODY;
				float x = (PAGE.getWidth() - layout.measure(text, size)) / 2;
				PDPageContentStream saved = out;
				out = foot;
				drawLine(text, size, false, x, PAGE.getHeight() - 22f);
				out = saved;
			}
		}
	}
}
