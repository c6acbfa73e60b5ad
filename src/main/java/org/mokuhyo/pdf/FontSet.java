package org.mokuhyo.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of one document: the first candidate that loads, and the others as fallbacks for a character it lacks
 * (loaded only when needed). Each is embedded as a subset. A character no font has is refused rather than drawn as
 * an empty box.
 */
final class FontSet implements Closeable {

	/** A stretch of text drawn with one font. */
	record Piece(PDType0Font font, String text) {
	}

	private final PDDocument document;

	private final List<Path> files;

	private final List<PDType0Font> loaded = new ArrayList<>();

	private final List<TrueTypeCollection> collections = new ArrayList<>();

	private int tried;

	/** For each code point: the index of the font drawing it, or -1. */
	private final Map<Integer, Integer> fontOf = new HashMap<>();

	private final Map<Long, Float> widths = new HashMap<>();

	FontSet(PDDocument document, PdfFonts fonts) {
		this.document = document;
		this.files = fonts.existing();
		if (!loadNext()) {
			throw fonts.missing();
		}
	}

	/** Loads the next candidate that loads; false when none is left. */
	private boolean loadNext() {
		while (tried < files.size()) {
			Path file = files.get(tried++);
			try {
				loaded.add(load(file));
				return true;
			}
			catch (IOException | RuntimeException ex) {
				// not a font PDFBox can embed (e.g. a CFF collection it cannot subset): try the next one
			}
		}
		return false;
	}

	private PDType0Font load(Path file) throws IOException {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		if (!name.endsWith(".ttc")) {
			return PDType0Font.load(document, file.toFile());
		}
		TrueTypeCollection collection = new TrueTypeCollection(file.toFile());
		collections.add(collection);
		TrueTypeFont[] chosen = new TrueTypeFont[1];
		collection.processAllFonts(font -> {
			if (chosen[0] == null || font.getName() != null && font.getName().contains("JP")) {
				if (chosen[0] == null || !chosen[0].getName().contains("JP")) {
					chosen[0] = font;
				}
			}
		});
		PDType0Font font = PDType0Font.load(document, chosen[0], true);
		font.encode("あ"); // fails here rather than mid-page when the outlines cannot be used
		return font;
	}

	PDType0Font primary() {
		return loaded.get(0);
	}

	/** The text cut where the font changes. */
	List<Piece> pieces(String text) {
		List<Piece> out = new ArrayList<>();
		StringBuilder run = new StringBuilder();
		int runFont = -1;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			int f = fontIndex(cp);
			if (f != runFont && !run.isEmpty()) {
				out.add(new Piece(loaded.get(runFont), run.toString()));
				run.setLength(0);
			}
			runFont = f;
			run.appendCodePoint(cp);
			i += Character.charCount(cp);
		}
		if (!run.isEmpty()) {
			out.add(new Piece(loaded.get(runFont), run.toString()));
		}
		return out;
	}

	/** Width in points of one code point at the size. */
	float width(int codePoint, float size) {
		int f = fontIndex(codePoint);
		long key = ((long) f << 32) | codePoint;
		Float w = widths.get(key);
		if (w == null) {
			try {
				w = loaded.get(f).getStringWidth(new String(Character.toChars(codePoint))) / 1000f;
			}
			catch (IOException ex) {
				w = 1f;
			}
			widths.put(key, w);
		}
		return w * size;
	}

	private int fontIndex(int codePoint) {
		Integer known = fontOf.get(codePoint);
		if (known != null) {
			if (known < 0) {
				throw missingGlyph(codePoint);
			}
			return known;
		}
		int f = 0;
		while (true) {
			if (f >= loaded.size() && !loadNext()) {
				fontOf.put(codePoint, -1);
				throw missingGlyph(codePoint);
			}
			if (has(loaded.get(f), codePoint)) {
				fontOf.put(codePoint, f);
				return f;
			}
			f++;
		}
	}

	private static boolean has(PDType0Font font, int codePoint) {
		try {
			font.encode(new String(Character.toChars(codePoint)));
			return true;
		}
		catch (IllegalArgumentException | IOException ex) {
			return false;
		}
	}

	private static PdfFontMissingException missingGlyph(int codePoint) {
		return new PdfFontMissingException("文字「" + new String(Character.toChars(codePoint)) + "」（U+"
				+ Integer.toHexString(codePoint).toUpperCase(java.util.Locale.ROOT)
				+ "）を表示できる日本語フォントが見つからないため、PDF を作成できません。この文字を含むフォントを mokuhyo.pdf.font に指定してください。");
	}

	@Override
	public void close() throws IOException {
		for (TrueTypeCollection c : collections) {
			c.close();
		}
	}
}
