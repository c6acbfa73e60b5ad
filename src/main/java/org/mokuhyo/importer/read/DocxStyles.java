package org.mokuhyo.importer.read;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The styles of a Word document as far as the reader needs them: whether a style makes text bold (the 総合計画 and
 * 基本政策 markers are bold in the source), whether a paragraph style is a heading, and the numbering a style carries
 * (a heading style numbered 1., 2. …). Styles inherit through basedOn.
 */
final class DocxStyles {

	/** basedOn chains are short; a longer one is a loop in a damaged file. */
	private static final int MAX_DEPTH = 16;

	private final Map<String, Element> byId = new HashMap<>();

	private final Boolean defaultBold;

	private String defaultParagraphStyle;

	/** @param styles the w:styles element, or null when the document has no styles part */
	DocxStyles(Node styles) {
		for (Element e : WordXml.children(styles)) {
			if (WordXml.is(e, "style")) {
				String id = e.getAttributeNS(WordXml.W, "styleId");
				byId.putIfAbsent(id, e);
				if ("paragraph".equals(e.getAttributeNS(WordXml.W, "type"))
						&& WordXml.isOn(e.getAttributeNS(WordXml.W, "default"))) {
					defaultParagraphStyle = id;
				}
			}
		}
		defaultBold = WordXml.onOff(WordXml.path(styles, "docDefaults", "rPrDefault", "rPr", "b"));
	}

	/** The paragraph's style, or the document's default paragraph style when it names none. */
	String paragraphStyle(Element pPr) {
		String id = WordXml.val(WordXml.child(pPr, "pStyle"));
		return id != null ? id : defaultParagraphStyle;
	}

	/** Bold for a run without its own w:b: its character style, then its paragraph's style, then the defaults. */
	boolean bold(String runStyle, String paragraphStyle) {
		Boolean bold = inherited(runStyle, s -> WordXml.onOff(WordXml.path(s, "rPr", "b")));
		if (bold == null) {
			bold = inherited(paragraphStyle, s -> WordXml.onOff(WordXml.path(s, "rPr", "b")));
		}
		return bold != null ? bold : Boolean.TRUE.equals(defaultBold);
	}

	/** A heading: an outline level on the paragraph or its style, or a style named heading n / Title / 見出し. */
	boolean heading(String paragraphStyle, Element pPr) {
		if (outlineLevel(WordXml.child(pPr, "outlineLvl"))) {
			return true;
		}
		Boolean heading = inherited(paragraphStyle, s -> {
			if (outlineLevel(WordXml.path(s, "pPr", "outlineLvl"))) {
				return true;
			}
			String name = WordXml.val(WordXml.child(s, "name"));
			String id = s.getAttributeNS(WordXml.W, "styleId");
			return isHeadingName(name) || isHeadingName(id) ? true : null;
		});
		return Boolean.TRUE.equals(heading);
	}

	/** The w:numPr a paragraph style carries, or null. */
	Element numbering(String paragraphStyle) {
		return inherited(paragraphStyle, s -> WordXml.path(s, "pPr", "numPr"));
	}

	private static boolean outlineLevel(Element outlineLvl) {
		int level = WordXml.intVal(outlineLvl, 9);
		return level >= 0 && level < 9; // 9 is body text
	}

	private static boolean isHeadingName(String name) {
		if (name == null) {
			return false;
		}
		String n = name.toLowerCase(Locale.ROOT).replace(" ", "");
		return n.matches("heading[1-9]") || n.equals("title") || n.startsWith("見出し") || n.equals("表題");
	}

	/** The first value the style or one it is based on gives, or null. */
	private <T> T inherited(String styleId, Function<Element, T> property) {
		String id = styleId;
		for (int depth = 0; id != null && depth < MAX_DEPTH; depth++) {
			Element style = byId.get(id);
			if (style == null) {
				return null;
			}
			T value = property.apply(style);
			if (value != null) {
				return value;
			}
			id = WordXml.val(WordXml.child(style, "basedOn"));
		}
		return null;
	}
}
