package org.mokuhyo.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.mokuhyo.pdf.Blocks.Cell;
import org.mokuhyo.pdf.Blocks.Para;
import org.mokuhyo.pdf.Blocks.Row;
import org.mokuhyo.pdf.Blocks.Table;

/**
 * Draws paragraphs and ruled tables down A4 landscape pages. A table row moves to the next page when it does not fit
 * (the table's header drawn again there); a row taller than a page is cut between lines, its cells left open at the
 * page's foot, and continues under the repeated header. Cuts are chosen so that a reader of the PDF can join the
 * text again: inside a paragraph, or before one that starts with a label or after a short line. Page numbers are
 * added at the end, when the number of pages is known.
 */
final class PdfPages {

	static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());

	static final float MARGIN_X = 28f;

	static final float TOP = 28f;

	static final float BOTTOM = PAGE.getHeight() - 34f;

	static final float LEADING = 1.35f;

	/** Space between paragraphs of a cell, in ems: a reader of the PDF takes a wider gap for a new paragraph. */
	static final float PARA_GAP = 0.5f;

	static final float PAD = 3f;

	static final float RULE = 0.5f;

	/**
	 * A row that does not fit is cut when at least this share of the page is left, and moves to the next page
	 * otherwise (when it fits there): goals are long, and moving each whole would leave pages half empty.
	 */
	static final float CUT_ROOM = 0.3f;

	/** A paragraph's last line this many ems short of the cell's width reads as the paragraph's end. */
	static final float SHORT_EMS = 4f;

	private static final Pattern LABEL_LIKE = Pattern.compile(
			"^(?:[(（][0-9０-９]{1,2}[)）]|[\\u2460-\\u2473]|[・●○◯■□◆◇※【]|[0-9０-９]{1,2}\\s*[-－]\\s*[0-9０-９]{1,2}\\s*[-－])");

	private final PDDocument document;

	private final FontSet fonts;

	private final List<PDPage> pages = new ArrayList<>();

	private PDPageContentStream out;

	private float y;

	PdfPages(PDDocument document, FontSet fonts) {
		this.document = document;
		this.fonts = fonts;
		newPage();
	}

	static float contentWidth() {
		return PAGE.getWidth() - 2 * MARGIN_X;
	}

	/** A line laid out: where it starts in its cell, its width and what a cut after or before it means. */
	private record Line(String text, float dx, float size, boolean bold, float gapBefore, float width, float avail,
			boolean paraStart, boolean paraEnd, boolean labelStart) {

		float height(boolean first) {
			return (first ? 0 : gapBefore) + size * LEADING;
		}

		boolean isShort() {
			return dx + width < avail - SHORT_EMS * size;
		}
	}

	// ---- running text

	void gap(float points) {
		y += points;
	}

	/** A paragraph outside tables; kept whole, with room for {@code keepWithNext} points of what follows. */
	void paragraph(Para para, float keepWithNext) throws IOException {
		List<Line> lines = layout(List.of(para), contentWidth());
		float h = height(lines, 0, lines.size());
		if (y + h + keepWithNext > BOTTOM && y > TOP) {
			newPage();
		}
		for (int i = 0; i < lines.size(); i++) {
			Line line = lines.get(i);
			drawLine(line, MARGIN_X + line.dx(), y);
			y += line.height(true);
		}
	}

	// ---- tables

	private final class RowLayout {

		final Cell[] cells;

		final float[] x;

		final float[] w;

		final List<List<Line>> lines = new ArrayList<>();

		RowLayout(Row row, float[] columns) {
			int n = row.cells().size();
			cells = row.cells().toArray(new Cell[0]);
			x = new float[n];
			w = new float[n];
			int col = 0;
			for (int c = 0; c < n; c++) {
				x[c] = columns[col];
				col += cells[c].colspan();
				w[c] = columns[col] - x[c];
				lines.add(layout(cells[c].paras(), w[c] - 2 * PAD));
			}
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

		float height(int[] from, int[] to) {
			float h = BODY_LINE;
			for (int c = 0; c < cells.length; c++) {
				h = Math.max(h, PdfPages.height(lines.get(c), from[c], to[c]));
			}
			return h + 2 * PAD;
		}
	}

	private static final float BODY_LINE = Blocks.BODY * LEADING;

	/** Draws the table from the current position, breaking pages between rows and, when it must, inside a row. */
	void table(Table table) throws IOException {
		float[] columns = columns(table.widths());
		List<RowLayout> header = table.header().stream().map(r -> new RowLayout(r, columns)).toList();
		float headerHeight = 0;
		for (RowLayout h : header) {
			headerHeight += h.height(h.starts(), h.ends());
		}
		boolean started = false;
		for (Row row : table.body()) {
			RowLayout r = new RowLayout(row, columns);
			float full = r.height(r.starts(), r.ends());
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
			int[] to = cut(r, from, BOTTOM - y - 2 * PAD);
			drawRow(r, from, to, BOTTOM - y, true, afterBody);
			newPage();
			drawHeader(header);
			afterBody = false;
			from = to;
		}
	}

	/** Per cell, how far its lines go on this page: as far as they fit, ending where a reader can join again. */
	private static int[] cut(RowLayout r, int[] from, float avail) {
		int[] to = new int[from.length];
		boolean progress = false;
		for (int c = 0; c < from.length; c++) {
			List<Line> lines = r.lines.get(c);
			int fits = from[c];
			float h = 0;
			while (fits < lines.size() && h + lines.get(fits).height(fits == from[c]) <= avail) {
				h += lines.get(fits).height(fits == from[c]);
				fits++;
			}
			to[c] = fits == lines.size() ? fits : readableCut(lines, from[c], fits);
			progress |= to[c] > from[c];
		}
		if (!progress) {
			// not even one line fits where a reader could join: one line of each, readable or not
			for (int c = 0; c < from.length; c++) {
				to[c] = Math.min(from[c] + 1, r.lines.get(c).size());
			}
		}
		return to;
	}

	private static int readableCut(List<Line> lines, int from, int fits) {
		int best = from;
		for (int j = fits; j > from; j--) {
			Line next = lines.get(j);
			boolean readable = !next.paraStart() || next.labelStart() || lines.get(j - 1).isShort();
			if (readable && next.paraStart() && j - from >= (fits - from) / 2) {
				return j; // between paragraphs, when that keeps at least half of what fits
			}
			if (readable && best == from) {
				best = j;
			}
		}
		return best;
	}

	private void drawHeader(List<RowLayout> header) throws IOException {
		boolean afterRow = false;
		for (RowLayout h : header) {
			float height = h.height(h.starts(), h.ends());
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
				drawLine(line, lx, ty);
				ty += line.size() * LEADING;
			}
		}
		y += height;
		if (open) {
			y = BOTTOM;
		}
	}

	private static float[] columns(float[] widths) {
		float total = 0;
		for (float w : widths) {
			total += w;
		}
		float[] x = new float[widths.length + 1];
		x[0] = MARGIN_X;
		for (int i = 0; i < widths.length; i++) {
			x[i + 1] = x[i] + widths[i] / total * contentWidth();
		}
		return x;
	}

	// ---- lines

	private List<Line> layout(List<Para> paras, float inner) {
		List<Line> lines = new ArrayList<>();
		for (Para p : paras) {
			String text = clean(p.text());
			if (text.isBlank()) {
				continue;
			}
			float first = inner - p.indent();
			float rest = first - p.hang();
			List<String> wrapped = TextWrap.wrap(text, first, rest, fonts, p.size());
			boolean label = LABEL_LIKE.matcher(text).find();
			for (int j = 0; j < wrapped.size(); j++) {
				String s = wrapped.get(j);
				float dx = p.indent() + (j == 0 ? 0 : p.hang());
				float gap = j == 0 && !lines.isEmpty() ? PARA_GAP * p.size() : 0;
				lines.add(new Line(s, dx, p.size(), p.bold(), gap, measure(s.stripTrailing(), p.size()), inner, j == 0,
						j == wrapped.size() - 1, j == 0 && label));
			}
		}
		return lines;
	}

	private static float height(List<Line> lines, int from, int to) {
		float h = 0;
		for (int i = from; i < to; i++) {
			h += lines.get(i).height(i == from);
		}
		return h;
	}

	/** Control characters (a tab, a stray line break) as spaces: a font has no glyph for them. */
	private static String clean(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
		return sb.toString().strip();
	}

	private float measure(String s, float size) {
		float w = 0;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			w += fonts.width(cp, size);
			i += Character.charCount(cp);
		}
		return w;
	}

	private void drawLine(Line line, float x, float top) throws IOException {
		float baseline = top + line.size() * 1.1f;
		out.beginText();
		if (line.bold()) {
			// simulated bold: the Japanese fonts at hand have no bold face
			out.setRenderingMode(RenderingMode.FILL_STROKE);
			out.setLineWidth(line.size() * 0.04f);
		}
		out.newLineAtOffset(x, pdfY(baseline));
		for (FontSet.Piece piece : fonts.pieces(line.text())) {
			out.setFont(piece.font(), line.size());
			out.showText(piece.text());
		}
		if (line.bold()) {
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
				float x = (PAGE.getWidth() - measure(text, size)) / 2;
				PDPageContentStream saved = out;
				out = foot;
				drawLine(new Line(text, 0, size, false, 0, 0, 0, true, true, false), x, PAGE.getHeight() - 22f);
				out = saved;
			}
		}
	}
}
