package org.mokuhyo.importer.read;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * Word's automatic numbering as the labels it shows: a paragraph numbered with {@code (%1)} shows {@code (1)}, with a
 * circled format {@code ①}, a bullet list its bullet. The label is not in the text of the runs, and the sheet's
 * notation lives in these labels ((1) 取組み事項, ① 取組み内容, ・サブ項目), so the reader counts as Word does: one
 * counter per level of each list definition (abstractNum), deeper levels restarting when a higher one advances, a
 * list instance's startOverride restarting it where that instance is first used.
 */
final class DocxNumbering {

	private static final int LEVELS = 9;

	private static final String SMALL_BULLETS = "\u2022\u25E6\u25AA\u2023\u2043\u2219";

	private static final String KATAKANA_AIUEO = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲン";

	private static final String KATAKANA_IROHA = "イロハニホヘトチリヌルヲワカヨタレソツネナラムウヰノオクヤマケフコエテアサキユメミシヱヒモセスン";

	private static final String KANJI_DIGITS = "〇一二三四五六七八九";

	private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";

	/** w:num by numId. */
	private final Map<Integer, Element> nums = new HashMap<>();

	/** w:abstractNum by abstractNumId. */
	private final Map<Integer, Element> abstracts = new HashMap<>();

	private final DocxStyles styles;

	private final Map<Integer, Counter> counters = new HashMap<>();

	/** List instances (numId, level) whose startOverride has been applied. */
	private final Set<Long> overridden = new HashSet<>();

	DocxNumbering(List<Element> numElements, List<Element> abstractElements, DocxStyles styles) {
		this.styles = styles;
		for (Element num : numElements) {
			nums.putIfAbsent(WordXml.intAttribute(num, "numId", -1), num);
		}
		for (Element a : abstractElements) {
			abstracts.putIfAbsent(WordXml.intAttribute(a, "abstractNumId", -1), a);
		}
	}

	private static final class Counter {

		final int[] values = new int[LEVELS];

		final boolean[] started = new boolean[LEVELS];
	}

	/**
	 * The label Word shows before the paragraph, with what follows it (a tab or a space, read as one space), or null
	 * when the paragraph is not numbered. Called once per paragraph in document order: it advances the counters.
	 */
	String label(Element pPr, String paragraphStyle) {
		Element own = WordXml.child(pPr, "numPr");
		Element fromStyle = styles.numbering(paragraphStyle);
		Element numIdElement = own != null && WordXml.child(own, "numId") != null ? WordXml.child(own, "numId")
				: WordXml.child(fromStyle, "numId");
		Element ilvlElement = own != null && WordXml.child(own, "ilvl") != null ? WordXml.child(own, "ilvl")
				: WordXml.child(fromStyle, "ilvl");
		int numId = WordXml.intVal(numIdElement, 0);
		int level = Math.max(0, Math.min(LEVELS - 1, WordXml.intVal(ilvlElement, 0)));
		Element num = nums.get(numId);
		if (numId <= 0 || num == null) {
			return null; // numId 0 switches numbering off
		}
		int abstractId = abstractId(num);
		Element definition = abstracts.get(abstractId);
		if (definition == null) {
			return null;
		}
		Counter counter = counters.computeIfAbsent(abstractId, k -> new Counter());
		Element override = levelOverride(num, level);
		Element startOverride = WordXml.child(override, "startOverride");
		boolean restart = startOverride != null && overridden.add(((long) numId << 4) | level);
		if (!counter.started[level] || restart) {
			counter.values[level] = restart ? WordXml.intVal(startOverride, 0) : start(num, definition, level);
			counter.started[level] = true;
		}
		else {
			counter.values[level]++;
		}
		for (int deeper = level + 1; deeper < LEVELS; deeper++) {
			counter.started[deeper] = false;
		}
		Element lvl = level(num, definition, level);
		String text = text(num, definition, lvl, counter);
		if (text.isBlank()) {
			return null;
		}
		String suffix = WordXml.val(WordXml.child(lvl, "suff"));
		return "nothing".equals(suffix) ? text : text + " ";
	}

	/**
	 * The list definition of an instance; a definition that only links to a list style (numStyleLink, as Word writes
	 * lists made from a list style) is replaced by the one that style's own instance uses.
	 */
	private int abstractId(Element num) {
		int id = WordXml.intVal(WordXml.child(num, "abstractNumId"), -1);
		String link = WordXml.val(WordXml.child(abstracts.get(id), "numStyleLink"));
		if (link != null) {
			Element linked = nums.get(WordXml.intVal(WordXml.child(styles.numbering(link), "numId"), 0));
			int linkedId = WordXml.intVal(WordXml.child(linked, "abstractNumId"), -1);
			if (abstracts.containsKey(linkedId)) {
				return linkedId;
			}
		}
		return id;
	}

	private String text(Element num, Element definition, Element lvl, Counter counter) {
		String format = WordXml.val(WordXml.child(lvl, "numFmt"));
		String pattern = WordXml.val(WordXml.child(lvl, "lvlText"));
		if (pattern == null || "none".equals(format)) {
			return "";
		}
		if ("bullet".equals(format)) {
			return bullet(pattern);
		}
		boolean legal = WordXml.onOff(WordXml.child(lvl, "isLgl")) == Boolean.TRUE;
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < pattern.length(); i++) {
			char c = pattern.charAt(i);
			if (c == '%' && i + 1 < pattern.length() && pattern.charAt(i + 1) >= '1' && pattern.charAt(i + 1) <= '9') {
				int k = pattern.charAt(++i) - '1';
				int value = counter.started[k] ? counter.values[k] : start(num, definition, k);
				String kFormat = WordXml.val(WordXml.child(level(num, definition, k), "numFmt"));
				out.append(format(value, legal ? "decimal" : kFormat));
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/**
	 * A list's bullet as the sheet writes a sub-point, ・: bullets of symbol fonts are private-use characters (Symbol's
	 * •, Wingdings' ●) that mean nothing as text, and the small bullets (•, ◦, ▪ of LibreOffice and others) are the
	 * same mark drawn otherwise. Bullets that are characters of the sheet's own (○, ●, ■, ・) are kept.
	 */
	private static String bullet(String pattern) {
		StringBuilder out = new StringBuilder();
		pattern.codePoints()
			.forEach(cp -> out.appendCodePoint(cp >= 0xE000 && cp <= 0xF8FF || SMALL_BULLETS.indexOf(cp) >= 0 ? '・' : cp));
		return out.toString().strip();
	}

	private static Element levelOverride(Element num, int level) {
		for (Element e : WordXml.children(num)) {
			if (WordXml.is(e, "lvlOverride") && WordXml.intAttribute(e, "ilvl", -1) == level) {
				return e;
			}
		}
		return null;
	}

	/** The level's definition: an instance's own w:lvl (in its override) before the list definition's. */
	private static Element level(Element num, Element definition, int level) {
		Element own = WordXml.child(levelOverride(num, level), "lvl");
		if (own != null) {
			return own;
		}
		for (Element e : WordXml.children(definition)) {
			if (WordXml.is(e, "lvl") && WordXml.intAttribute(e, "ilvl", -1) == level) {
				return e;
			}
		}
		return null;
	}

	private static int start(Element num, Element definition, int level) {
		return WordXml.intVal(WordXml.child(level(num, definition, level), "start"), 0);
	}

	/** One number in a numbering format of Word (ST_NumberFormat); formats not listed here as decimal. */
	static String format(int n, String format) {
		if (format == null) {
			return Integer.toString(n);
		}
		return switch (format) {
			case "decimalZero" -> n >= 0 && n < 10 ? "0" + n : Integer.toString(n);
			case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
			case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
				n >= 1 && n <= 20 ? String.valueOf((char) ('\u2460' + n - 1)) : Integer.toString(n);
			// ⑴ is how Word draws (1); the sheet's notation (and the structuring) writes (1)
			case "decimalEnclosedParen" -> "(" + n + ")";
			case "decimalEnclosedFullstop" -> n + ".";
			case "upperLetter" -> letters(n, 'A');
			case "lowerLetter" -> letters(n, 'a');
			case "upperRoman" -> roman(n);
			case "lowerRoman" -> roman(n).toLowerCase(java.util.Locale.ROOT);
			case "aiueo", "aiueoFullWidth" -> cycle(n, KATAKANA_AIUEO);
			case "iroha", "irohaFullWidth" -> cycle(n, KATAKANA_IROHA);
			case "ideographTraditional" -> cycle(n, STEMS);
			case "japaneseCounting", "chineseCounting", "chineseCountingThousand", "japaneseLegal" -> kanji(n);
			case "ideographDigital", "japaneseDigitalTenThousand" -> kanjiDigits(n);
			default -> Integer.toString(n);
		};
	}

	private static String fullWidth(String digits) {
		StringBuilder out = new StringBuilder();
		digits.chars().forEach(c -> out.append(c >= '0' && c <= '9' ? (char) (c - '0' + '０') : (char) c));
		return out.toString();
	}

	/** A … Z, AA … ZZ, AAA: Word repeats the letter. */
	private static String letters(int n, char a) {
		if (n < 1) {
			return Integer.toString(n);
		}
		return String.valueOf((char) (a + (n - 1) % 26)).repeat((n - 1) / 26 + 1);
	}

	private static String roman(int n) {
		if (n < 1 || n > 3999) {
			return Integer.toString(n);
		}
		int[] values = { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
		String[] symbols = { "M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I" };
		StringBuilder out = new StringBuilder();
		int rest = n;
		for (int i = 0; i < values.length; i++) {
			for (; rest >= values[i]; rest -= values[i]) {
				out.append(symbols[i]);
			}
		}
		return out.toString();
	}

	private static String cycle(int n, String sequence) {
		return n < 1 ? Integer.toString(n) : String.valueOf(sequence.charAt((n - 1) % sequence.length()));
	}

	/** 一, 十, 十一, 二十三, 百五 (up to 9999; beyond, digit by digit). */
	private static String kanji(int n) {
		if (n < 1 || n > 9999) {
			return kanjiDigits(n);
		}
		String[] units = { "千", "百", "十", "" };
		int[] scale = { 1000, 100, 10, 1 };
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < scale.length; i++) {
			int d = n / scale[i] % 10;
			if (d > 0) {
				out.append(d == 1 && i < 3 ? "" : String.valueOf(KANJI_DIGITS.charAt(d))).append(units[i]);
			}
		}
		return out.toString();
	}

	private static String kanjiDigits(int n) {
		StringBuilder out = new StringBuilder();
		Integer.toString(n).chars().forEach(c -> out.append(c >= '0' && c <= '9' ? KANJI_DIGITS.charAt(c - '0') : (char) c));
		return out.toString();
	}
}
