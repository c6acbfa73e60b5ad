package org.mokuhyo.importer.read;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph of a PDF with its Unicode text and position, page by page: the raw material for lines and cells.
 * PDFTextStripper's own line building is not used: the cells decide what belongs together. Positions are kept as
 * drawn (points of the crop box) and given out in the page's {@link PdfPageFrame}, the one its ruling lines are
 * read in: TextPosition's getX turns by the page's /Rotate and getXDirAdj by each glyph's own direction, while a page
 * needs one turn for all its glyphs and rules alike.
 */
final class PdfGlyphs extends PDFTextStripper {

	/**
	 * One glyph.
	 *
	 * @param baseline distance of the baseline from the page's top
	 */
	record Glyph(String text, float x, float baseline, float width, float size, boolean bold) {

		float centerX() {
			return x + width / 2;
		}

		/** A point inside the glyph's body, between baseline and cap height. */
		float centerY() {
			return baseline - size * 0.35f;
		}

		float right() {
			return x + width;
		}

		boolean isSpace() {
			return text.isBlank();
		}
	}

	/** A glyph as drawn: its origin and end (after its advance) in the crop box, its direction there. */
	private record Drawn(String text, float x, float y, float endX, float endY, float size, boolean bold,
			int direction) {
	}

	private final Map<Integer, List<Drawn>> pages = new HashMap<>();

	private int unmapped;

	private PdfGlyphs() {
		setSortByPosition(false);
	}

	static PdfGlyphs of(PDDocument document) throws IOException {
		PdfGlyphs glyphs = new PdfGlyphs();
		glyphs.writeText(document, new StringWriter());
		return glyphs;
	}

	/**
	 * The page's glyphs in the frame: x from the left, the baseline from the top. A glyph running another way than
	 * the frame's text (a turned stamp) keeps its place, its width what it covers across.
	 */
	List<Glyph> page(int pageNo, PdfPageFrame frame) {
		List<Glyph> out = new ArrayList<>();
		for (Drawn d : pages.getOrDefault(pageNo, List.of())) {
			float start = frame.x(d.x(), d.y());
			float end = frame.x(d.endX(), d.endY());
			out.add(new Glyph(d.text(), Math.min(start, end), frame.y(d.x(), d.y()), Math.abs(end - start), d.size(),
					d.bold()));
		}
		return out;
	}

	/**
	 * The direction most of the page's text runs in, as a clockwise turn of the page that sets it upright (0, 90, 180,
	 * 270); {@code otherwise} for a page without text.
	 */
	int direction(int pageNo, int otherwise) {
		int[] counts = new int[4];
		for (Drawn d : pages.getOrDefault(pageNo, List.of())) {
			if (!d.text().isBlank()) {
				counts[d.direction() / 90]++;
			}
		}
		int best = PdfPageFrame.normalize(otherwise) / 90;
		for (int i = 0; i < 4; i++) {
			if (counts[i] > counts[best]) {
				best = i;
			}
		}
		return best * 90;
	}

	int count() {
		return pages.values().stream().mapToInt(List::size).sum();
	}

	/** Glyphs drawn without a Unicode mapping (a font without ToUnicode): text that cannot be read. */
	int unmapped() {
		return unmapped;
	}

	@Override
	protected void processTextPosition(TextPosition t) {
		String text = t.getUnicode();
		if (text == null || text.isEmpty() || text.indexOf('\uFFFD') >= 0) {
			unmapped++;
			return;
		}
		boolean bold = isBold(t);
		// text running up the unturned page (90) reads upright when the page is turned by 90 clockwise, as /Rotate does
		int direction = PdfPageFrame.normalize(Math.round(t.getDir()));
		pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>())
			.add(new Drawn(normalize(text), t.getTextMatrix().getTranslateX(), t.getTextMatrix().getTranslateY(),
					t.getEndX(), t.getEndY(), t.getFontSizeInPt(), bold, direction));
	}

	private boolean isBold(TextPosition t) {
		String name = t.getFont() == null ? null : t.getFont().getName();
		if (name != null && (name.contains("Bold") || name.contains("Black") || name.contains("Heavy"))) {
			return true;
		}
		RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
		return mode == RenderingMode.FILL_STROKE; // the simulated bold of fonts without a bold face
	}

	/**
	 * Kangxi radicals and CJK compatibility ideographs (⾏ for 行, as some office software writes them) as the
	 * characters they stand for; all else as drawn.
	 */
	static String normalize(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u2E80' && c <= '\u2FDF' || c >= '\uF900' && c <= '\uFAFF') {
				return Normalizer.normalize(text, Normalizer.Form.NFKC);
			}
		}
		return text;
	}
}
