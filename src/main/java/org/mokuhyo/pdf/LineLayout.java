package org.mokuhyo.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.mokuhyo.pdf.Blocks.Para;

/**
 * The pure layout of text, no drawing: paragraphs broken into measured lines ({@link TextWrap}, with its 禁則), their
 * heights, and where a cell's lines may be cut at a page's foot so that a reader of the PDF can join the text again:
 * inside a paragraph, or before one that starts with a label or after a short line.
 */
final class LineLayout {

	static final float LEADING = 1.35f;

	/** Space between paragraphs of a cell, in ems: a reader of the PDF takes a wider gap for a new paragraph. */
	static final float PARA_GAP = 0.5f;

	/** A paragraph's last line this many ems short of the cell's width reads as the paragraph's end. */
	static final float SHORT_EMS = 4f;

	private static final Pattern LABEL_LIKE = Pattern.compile(
			"^(?:[(（][0-9０-９]{1,2}[)）]|[\\u2460-\\u2473]|[・●○◯■□◆◇※【]|[0-9０-９]{1,2}\\s*[-－]\\s*[0-9０-９]{1,2}\\s*[-－])");

	private final FontSet fonts;

	LineLayout(FontSet fonts) {
		this.fonts = fonts;
	}

	/** A line laid out: where it starts in its cell, its width and what a cut after or before it means. */
	record Line(String text, float dx, float size, boolean bold, float gapBefore, float width, float avail,
			boolean paraStart, boolean paraEnd, boolean labelStart) {

		float height(boolean first) {
			return (first ? 0 : gapBefore) + size * LEADING;
		}

		boolean isShort() {
			return dx + width < avail - SHORT_EMS * size;
		}
	}

	/** The paragraphs' lines in a width of {@code inner} points; blank paragraphs take no room. */
	List<Line> lines(List<Para> paras, float inner) {
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

	float measure(String s, float size) {
		float w = 0;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			w += fonts.width(cp, size);
			i += Character.charCount(cp);
		}
		return w;
	}

	/** The height of lines {@code from} (inclusive) to {@code to} (exclusive), set one after another. */
	static float height(List<Line> lines, int from, int to) {
		float h = 0;
		for (int i = from; i < to; i++) {
			h += lines.get(i).height(i == from);
		}
		return h;
	}

	/**
	 * Per cell, how far its lines go in {@code avail} points from line {@code from}: as far as they fit, ending where
	 * a reader can join again; one line of each when not even one fits so.
	 */
	static int[] cut(List<List<Line>> cells, int[] from, float avail) {
		int[] to = new int[from.length];
		boolean progress = false;
		for (int c = 0; c < from.length; c++) {
			List<Line> lines = cells.get(c);
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
				to[c] = Math.min(from[c] + 1, cells.get(c).size());
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

	/** Control characters (a tab, a stray line break) as spaces: a font has no glyph for them. */
	private static String clean(String text) {
		StringBuilder sb = new StringBuilder(text.length());
		text.codePoints().forEach(cp -> sb.appendCodePoint(Character.isISOControl(cp) ? ' ' : cp));
		return sb.toString().strip();
	}
}
