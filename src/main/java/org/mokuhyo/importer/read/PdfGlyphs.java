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
 * Every glyph of a PDF with its Unicode text and position (top-down, points), page by page: the raw material for
 * lines and cells. PDFTextStripper's own line building is not used: the cells decide what belongs together.
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

	private final Map<Integer, List<Glyph>> pages = new HashMap<>();

	private int unmapped;

	private PdfGlyphs() {
		setSortByPosition(false);
	}

	static PdfGlyphs of(PDDocument document) throws IOException {
		PdfGlyphs glyphs = new PdfGlyphs();
		glyphs.writeText(document, new StringWriter());
		return glyphs;
	}

	List<Glyph> page(int pageNo) {
		return pages.getOrDefault(pageNo, List.of());
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
		pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>())
			.add(new Glyph(normalize(text), t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(), t.getFontSizeInPt(),
					bold));
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
