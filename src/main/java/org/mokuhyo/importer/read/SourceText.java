package org.mokuhyo.importer.read;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The one normalisation every reader's text goes through before any structure is looked for. Producers write the
 * same sheet with different code points: a PDF's text layer may carry CJK radicals for ordinary kanji (⺠ U+2EA0 for
 * 民, ⻑ for 長, ⼯ for 工), compatibility ideographs, ligatures, odd spaces, soft hyphens and zero-width characters.
 * Each is mapped to what a person reads.
 * <p>
 * Not a blanket NFKC: that would also rewrite what the department wrote and the sheet shows — full-width （）, ～,
 * ％ and digits, half-width katakana (ｻｷﾞ: a department's own writing, which search matches all the same), ① (an
 * action's label), 【】 — so those stay as written; the parsers fold widths where they match
 * ({@link org.mokuhyo.kernel.JapaneseText}). Positions are those of the cells, which this leaves alone, so a
 * warning still points at the original.
 */
public final class SourceText {

	/**
	 * CJK Radicals Supplement (U+2E81–U+2EF3) to their equivalent unified ideographs, pairs of code points in hex,
	 * from the Unicode Character Database's EquivalentUnifiedIdeograph.txt (U+2E80 and U+2E9A have none). The Kangxi
	 * Radicals (U+2F00–U+2FD5) need no table: NFKC maps them.
	 */
	private static final String RADICALS = "2E81 5382 2E82 4E5B 2E83 4E5A 2E84 4E59 2E85 4EBB 2E86 5182 2E87 20628 "
			+ "2E88 5200 2E89 5202 2E8A 535C 2E8B 353E 2E8C 5C0F 2E8D 5C0F 2E8E 5140 2E8F 5C23 2E90 5C22 2E91 21BC2 "
			+ "2E92 5DF3 2E93 5E7A 2E94 5F51 2E95 5F50 2E96 5FC4 2E97 5FC3 2E98 624C 2E99 6535 2E9B 65E1 2E9C 65E5 "
			+ "2E9D 6708 2E9E 6B7A 2E9F 6BCD 2EA0 6C11 2EA1 6C35 2EA2 6C3A 2EA3 706C 2EA4 722B 2EA5 722B 2EA6 4E2C "
			+ "2EA7 725B 2EA8 72AD 2EA9 738B 2EAA 24D14 2EAB 76EE 2EAC 793A 2EAD 793B 2EAE 25AD7 2EAF 7CF9 2EB0 7E9F "
			+ "2EB1 7F53 2EB2 7F52 2EB3 34C1 2EB4 5197 2EB5 2626B 2EB6 7F8A 2EB7 2634C 2EB8 2634B 2EB9 8002 2EBA 8080 "
			+ "2EBB 807F 2EBC 8089 2EBD 26951 2EBE 8279 2EBF 8279 2EC0 8279 2EC1 864E 2EC2 8864 2EC3 8980 2EC4 897F "
			+ "2EC5 89C1 2EC6 89D2 2EC7 278B2 2EC8 8BA0 2EC9 8D1D 2ECA 27FB7 2ECB 8F66 2ECC 8FB6 2ECD 8FB6 2ECE 8FB6 "
			+ "2ECF 9091 2ED0 9485 2ED1 9577 2ED2 9578 2ED3 957F 2ED4 95E8 2ED5 28E0F 2ED6 961D 2ED7 96E8 2ED8 9752 "
			+ "2ED9 97E6 2EDA 9875 2EDB 98CE 2EDC 98DE 2EDD 98DF 2EDE 2967F 2EDF 98E0 2EE0 9963 2EE1 29810 2EE2 9A6C "
			+ "2EE3 9AA8 2EE4 9B3C 2EE5 9C7C 2EE6 9E1F 2EE7 5364 2EE8 9EA6 2EE9 9EC4 2EEA 9EFE 2EEB 6589 2EEC 9F50 "
			+ "2EED 6B6F 2EEE 9F7F 2EEF 7ADC 2EF0 9F99 2EF1 9F9C 2EF2 4E80 2EF3 9F9F";

	private static final int[] SUPPLEMENT = new int[0x2F00 - 0x2E80];

	static {
		String[] pairs = RADICALS.split(" ");
		for (int i = 0; i < pairs.length; i += 2) {
			SUPPLEMENT[Integer.parseInt(pairs[i], 16) - 0x2E80] = Integer.parseInt(pairs[i + 1], 16);
		}
	}

	private SourceText() {
	}

	/** The text as a person reads it; the same string when nothing needs mapping (most text). */
	public static String normalize(String s) {
		if (s == null || !needsWork(s)) {
			return s;
		}
		StringBuilder out = new StringBuilder(s.length());
		int i = 0;
		while (i < s.length()) {
			int c = s.codePointAt(i);
			int next = i + Character.charCount(c);
			map(c, s.substring(i, next), out);
			i = next;
		}
		return out.toString();
	}

	private static void map(int c, String original, StringBuilder out) {
		if (c >= 0x2E80 && c < 0x2F00) {
			int unified = SUPPLEMENT[c - 0x2E80];
			out.appendCodePoint(unified != 0 ? unified : c);
		}
		else if (c >= 0x2F00 && c <= 0x2FDF || c >= 0xFB00 && c <= 0xFB06 || c >= 0x337B && c <= 0x337E || c == 0x32FF) {
			// Kangxi radicals, Latin ligatures (ﬁ), the era squares ㍻㍼㍽㍾㋿: their compatibility forms are the text
			out.append(Normalizer.normalize(original, Normalizer.Form.NFKC));
		}
		else if (c >= 0xF900 && c <= 0xFAFF || c >= 0x2F800 && c <= 0x2FA1F) {
			// CJK compatibility ideographs: their canonical forms (the few unified ones in that block stay)
			out.append(Normalizer.normalize(original, Normalizer.Form.NFC));
		}
		else if (isOddSpace(c)) {
			out.append(' ');
		}
		else if (!isInvisible(c)) {
			out.append(original);
		}
	}

	private static boolean needsWork(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x2E80 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF || c >= 0xFB00 && c <= 0xFB06
					|| c >= 0x337B && c <= 0x337E || c == 0x32FF || isOddSpace(c) || isInvisible(c)
					|| Character.isHighSurrogate(c) && s.codePointAt(i) >= 0x2F800 && s.codePointAt(i) <= 0x2FA1F) {
				return true;
			}
		}
		return false;
	}

	/** No-break, en, em, thin, narrow and ideographic spaces: spacing, not meaning. */
	private static boolean isOddSpace(int c) {
		return c == 0x00A0 || c >= 0x2000 && c <= 0x200A || c == 0x202F || c == 0x205F || c == 0x3000;
	}

	/** Soft hyphen, zero-width characters, word joiner, byte order mark: nothing a person sees. */
	private static boolean isInvisible(int c) {
		return c == 0x00AD || c >= 0x200B && c <= 0x200D || c == 0x2060 || c == 0xFEFF;
	}

	/** The document with every run's text normalised; rows, cells and their positions unchanged. */
	public static SourceDocument normalize(SourceDocument document) {
		List<SourceRow> rows = new ArrayList<>(document.rows().size());
		boolean changed = false;
		for (SourceRow row : document.rows()) {
			SourceRow normal = normalize(row);
			changed |= normal != row;
			rows.add(normal);
		}
		return changed ? new SourceDocument(document.name(), rows, document.notes()) : document;
	}

	private static SourceRow normalize(SourceRow row) {
		List<SourceCell> cells = new ArrayList<>(row.cells().size());
		boolean changed = false;
		for (SourceCell cell : row.cells()) {
			SourceCell normal = normalize(cell);
			changed |= normal != cell;
			cells.add(normal);
		}
		return changed ? new SourceRow(row.line(), row.kind(), cells) : row;
	}

	private static SourceCell normalize(SourceCell cell) {
		List<SourceBlock> blocks = new ArrayList<>(cell.blocks().size());
		boolean changed = false;
		for (SourceBlock block : cell.blocks()) {
			List<SourceBlock.Run> runs = new ArrayList<>(block.runs().size());
			boolean blockChanged = false;
			for (SourceBlock.Run run : block.runs()) {
				String text = normalize(run.text());
				blockChanged |= text != run.text();
				runs.add(blockChanged ? new SourceBlock.Run(text, run.bold()) : run);
			}
			changed |= blockChanged;
			blocks.add(blockChanged ? new SourceBlock(block.kind(), runs) : block);
		}
		return changed ? new SourceCell(cell.line(), cell.column(), cell.raw(), blocks) : cell;
	}
}
