package org.mokuhyo.importer.read;

import java.awt.geom.Area;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.markedcontent.BeginMarkedContentSequenceWithProperties;
import org.apache.pdfbox.contentstream.operator.markedcontent.EndMarkedContentSequence;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType3Font;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Every glyph of a PDF with its Unicode text and position, page by page: the raw material for lines and cells.
 * PDFTextStripper's own line building is not used: the cells decide what belongs together. Positions are kept as
 * drawn (points of the crop box) and given out in the page's {@link PdfPageFrame}, the one its ruling lines are
 * read in: TextPosition's getX turns by the page's /Rotate and getXDirAdj by each glyph's own direction, while a page
 * needs one turn for all its glyphs and rules alike.
 * <p>
 * A glyph's text is its font's ToUnicode entry, unless the producer wrapped it in a marked-content span with
 * {@code /ActualText}: then the span's glyphs read as that text. Chromium (Skia) does so wherever a font draws several
 * characters with one glyph: IPAexGothic's glyph for 民 is also ⺠'s, its ToUnicode names the lowest code point (⺠,
 * 戶 for 戸, 〜 for ～), and only the ActualText says which character the page holds.
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

	/** An open marked-content span: its ActualText (null for none) and, once glyphs come, where they start and end. */
	private static final class Span {

		final String actualText;

		TextPosition first;

		TextPosition last;

		Span(String actualText) {
			this.actualText = actualText;
		}
	}

	private final Map<Integer, List<Drawn>> pages = new HashMap<>();

	private final Deque<Span> spans = new ArrayDeque<>();

	/** Per page: the names of the fonts it draws with as fonts (not as Type 3 outlines), subset prefix removed. */
	private final Map<PDPage, Set<String>> pageFonts = new HashMap<>();

	private int unmapped;

	private final ReadBudget budget;

	private PdfGlyphs(ReadBudget budget) {
		this.budget = budget;
		setSortByPosition(false);
		addOperator(new BeginMarkedContentSequenceWithProperties(this));
		addOperator(new BeginMarkedContentSequence(this));
		addOperator(new EndMarkedContentSequence(this));
		PdfClips.track(this, this::addOperator);
	}

	static PdfGlyphs of(PDDocument document, ReadBudget budget) throws IOException {
		PdfGlyphs glyphs = new PdfGlyphs(budget);
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
	protected void startPage(PDPage page) throws IOException {
		budget.page();
		PdfContentSize.check(page, budget);
		spans.clear(); // a span left open by the previous page's content ends with it
		super.startPage(page);
	}

	@Override
	protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
		budget.operators(1);
		super.processOperator(operator, operands);
	}

	@Override
	public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
		String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
		// only the outermost ActualText counts: it stands for everything inside it
		boolean inActual = spans.stream().anyMatch(s -> s.actualText != null);
		spans.push(new Span(inActual ? null : actual));
	}

	@Override
	public void endMarkedContentSequence() {
		if (spans.isEmpty()) {
			return; // an EMC without its BDC: nothing to close
		}
		Span span = spans.pop();
		if (span.actualText != null && span.first != null && !span.actualText.isEmpty()) {
			add(span.actualText, span.first, span.last);
		}
	}

	@Override
	protected void processTextPosition(TextPosition t) {
		budget.glyphs(1);
		if (!shown(t)) {
			return;
		}
		for (Span span : spans) {
			if (span.actualText != null) {
				if (span.first == null) {
					span.first = t;
				}
				span.last = t;
				return; // read at the span's end, as its ActualText
			}
		}
		String text = t.getUnicode();
		if (text == null || text.isEmpty() || text.indexOf('\uFFFD') >= 0) {
			unmapped++;
			return;
		}
		add(text, t, t);
	}

	/**
	 * Whether the glyph's body (a point halfway along it, a third of its size above the baseline) lies inside the
	 * clipping path: text drawn but clipped away is not on the page. LibreOffice draws a merged cell cut by a page
	 * break whole on both pages, each clipped to its part: unclipped, its lines would be read twice, over the next
	 * page's repeated header.
	 */
	private boolean shown(TextPosition t) {
		Area clip = getGraphicsState().getCurrentClippingPath();
		if (clip == null) {
			return true;
		}
		// a glyph's position is relative to the crop box's corner (PDFTextStripper moves it there), the clip is not
		PDRectangle box = getCurrentPage().getCropBox();
		float x = t.getTextMatrix().getTranslateX() + box.getLowerLeftX();
		float y = t.getTextMatrix().getTranslateY() + box.getLowerLeftY();
		double dx = t.getEndX() - t.getTextMatrix().getTranslateX();
		double dy = t.getEndY() - t.getTextMatrix().getTranslateY();
		double length = Math.hypot(dx, dy);
		double ux = length > 0 ? dx / length : 1;
		double uy = length > 0 ? dy / length : 0;
		double up = t.getFontSizeInPt() * 0.35;
		return clip.contains(x + dx / 2 - uy * up, y + dy / 2 + ux * up);
	}

	/** The text drawn from {@code first}'s origin to {@code last}'s end. */
	private void add(String text, TextPosition first, TextPosition last) {
		boolean bold = isBold(first);
		// text running up the unturned page (90) reads upright when the page is turned by 90 clockwise, as /Rotate does
		int direction = PdfPageFrame.normalize(Math.round(first.getDir()));
		pages.computeIfAbsent(getCurrentPageNo(), k -> new ArrayList<>())
			.add(new Drawn(text, first.getTextMatrix().getTranslateX(), first.getTextMatrix().getTranslateY(),
					last.getEndX(), last.getEndY(), first.getFontSizeInPt(), bold, direction));
	}

	private boolean isBold(TextPosition t) {
		String name = t.getFont() == null ? null : t.getFont().getName();
		if (name != null && (name.contains("Bold") || name.contains("Black") || name.contains("Heavy"))) {
			return true;
		}
		if (t.getFont() instanceof PDType3Font type3 && outlinesOfPageFont(type3)) {
			return true;
		}
		RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
		return mode == RenderingMode.FILL_STROKE; // the simulated bold of fonts without a bold face
	}

	/**
	 * Whether a Type 3 font draws the outlines of a font the page also draws with as a font: Chromium (Skia) prints
	 * the synthetic bold of a font without a bold face so, the glyphs thickened into paths, its descriptor naming the
	 * regular font. A Type 3 font of its own (a font that could not be embedded) is not taken for bold.
	 */
	private boolean outlinesOfPageFont(PDType3Font font) {
		PDFontDescriptor descriptor = font.getFontDescriptor();
		if (descriptor == null || descriptor.getFontName() == null || getCurrentPage() == null) {
			return false;
		}
		return pageFonts.computeIfAbsent(getCurrentPage(), PdfGlyphs::fontsOf)
			.contains(withoutSubsetPrefix(descriptor.getFontName()));
	}

	private static Set<String> fontsOf(PDPage page) {
		Set<String> names = new HashSet<>();
		PDResources resources = page.getResources();
		if (resources == null) {
			return names;
		}
		for (COSName key : resources.getFontNames()) {
			try {
				PDFont font = resources.getFont(key);
				if (font != null && !(font instanceof PDType3Font) && font.getName() != null) {
					names.add(withoutSubsetPrefix(font.getName()));
				}
			}
			catch (IOException ex) {
				// a font that cannot be read names nothing
			}
		}
		return names;
	}

	/** ABCDEF+IPAexGothic → IPAexGothic. */
	private static String withoutSubsetPrefix(String name) {
		return name.length() > 7 && name.charAt(6) == '+' ? name.substring(7) : name;
	}
}
