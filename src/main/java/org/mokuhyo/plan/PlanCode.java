package org.mokuhyo.plan;

import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.kernel.JapaneseText;

/**
 * Codes of 総合計画 nodes (施策体系の番号), e.g. 5-1-(3) = 5th goal, 1st policy, (3) measure, however a sheet writes them.
 */
public final class PlanCode {

	/**
	 * A code read at the start of a cell and the text after it.
	 *
	 * @param code       canonical, e.g. 5-1-(3); 4-1 when the cell held 4-1- and the (n) part is missing
	 * @param rest       the text after the code, stripped; "" when none
	 * @param incomplete true when the code ended in a hyphen without its (n) part, which may follow in the next cell
	 */
	public record Split(String code, String rest, boolean incomplete) {
	}

	private static final String HYPHENS = "-\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u30FC\uFE63\uFF0D\uFF70";

	/** The (n) part: (3) after an optional hyphen, or a plain 3 after a hyphen. */
	private static final String SECTION = "\\s*-?\\s*\\(\\s*(?<paren>\\d{1,2})\\s*\\)"
			+ "|\\s*-\\s*(?<plain>\\d{1,2})(?!\\d)";

	private static final Pattern CODE = Pattern.compile(
			"\\s*(?<goal>\\d{1,2})(?:\\s*-\\s*(?<policy>\\d{1,2})(?:" + SECTION + ")?)?\\s*");

	/** At least two levels, then not a digit, hyphen or decimal point, so 2024-2027 or 5-1.5 are not read. */
	private static final Pattern LEADING_CODE = Pattern.compile("\\s*(?<goal>\\d{1,2})\\s*-\\s*(?<policy>\\d{1,2})"
			+ "(?:" + SECTION + "|\\s*(?<dangling>-))?(?![\\d-]|\\.\\d)");

	private static final Pattern PARTIAL = Pattern.compile("\\s*\\d{1,2}\\s*-\\s*\\d{1,2}\\s*-\\s*");

	private static final Pattern LEADING_SECTION = Pattern.compile("\\s*\\(\\s*(\\d{1,2})\\s*\\)");

	/**
	 * Canonical codes in the plan's order: by number, part by part, a node before the nodes under it (5-1, 5-1-(3),
	 * 5-1-(10), 5-2, 10), where text order would put 10 before 5 and (10) before (3).
	 */
	public static final Comparator<String> ORDER = PlanCode::compare;

	private PlanCode() {
	}

	/**
	 * 5-1- (3), ５－１－（３）, 5 - 1 - (3), 5-1-3 → 5-1-(3); 5-1 → 5-1; 5 → 5. Any hyphen-like mark (‐ − – — ー －) reads as
	 * a hyphen.
	 *
	 * @return empty when the text is not a whole code (a partial 5-2- included)
	 */
	public static Optional<String> normalize(String raw) {
		if (raw == null) {
			return Optional.empty();
		}
		Matcher m = CODE.matcher(fold(raw));
		return m.matches() ? Optional.of(canonical(m)) : Optional.empty();
	}

	/**
	 * Reads a code of at least two levels at the start of a cell: 5-1- (3) 地域課題の… → 5-1-(3) and 地域課題の…;
	 * 4-1- alone → 4-1, "", incomplete. A lone number (a 基本政策 number such as 45) is not read.
	 */
	public static Optional<Split> split(String cellText) {
		if (cellText == null) {
			return Optional.empty();
		}
		Matcher m = LEADING_CODE.matcher(fold(cellText));
		if (!m.lookingAt()) {
			return Optional.empty();
		}
		boolean incomplete = m.group("dangling") != null;
		return Optional.of(new Split(canonical(m), cellText.substring(m.end()).strip(), incomplete));
	}

	/** Reads the (n) part at the start of a cell: (1) 公正で… → (1) and 公正で…; full-width parentheses allowed. */
	public static Optional<Split> splitParenStart(String cellText) {
		if (cellText == null) {
			return Optional.empty();
		}
		Matcher m = LEADING_SECTION.matcher(fold(cellText));
		if (!m.lookingAt()) {
			return Optional.empty();
		}
		String code = "(" + Integer.parseInt(m.group(1)) + ")";
		return Optional.of(new Split(code, cellText.substring(m.end()).strip(), false));
	}

	/**
	 * Joins a cell holding only a partial code with the next cell starting with its (n) part: 5-2- and (1) 公正で… →
	 * 5-2-(1) and 公正で….
	 *
	 * @return empty unless the first cell is a partial code alone and the second starts with (n)
	 */
	public static Optional<Split> join(String partialCell, String nextCell) {
		Optional<Split> partial = split(partialCell).filter(s -> s.incomplete() && s.rest().isEmpty());
		Optional<Split> section = splitParenStart(nextCell);
		if (partial.isEmpty() || section.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(new Split(partial.get().code() + "-" + section.get().code(), section.get().rest(), false));
	}

	/** True for a code missing its (n) part, such as 5-2- or ４－１－, alone in the text. */
	public static boolean looksLikePartialCode(String text) {
		return text != null && PARTIAL.matcher(fold(text)).matches();
	}

	/**
	 * 5-1-(3) → 5-1, 5-1 → 5, 5 → null.
	 *
	 * @throws IllegalArgumentException when the text is not a code
	 */
	public static String parent(String code) {
		String canonical = normalize(code).orElseThrow(() -> new IllegalArgumentException("not a plan code: " + code));
		int cut = canonical.lastIndexOf('-');
		return cut < 0 ? null : canonical.substring(0, cut);
	}

	/** The number of parts less one: 0 for 5, 1 for 5-1, 2 for 5-1-(3). */
	public static int depth(String canonicalCode) {
		return (int) canonicalCode.chars().filter(c -> c == '-').count();
	}

	private static int compare(String a, String b) {
		String[] left = a.split("-");
		String[] right = b.split("-");
		for (int i = 0; i < Math.min(left.length, right.length); i++) {
			int byPart = Long.compare(number(left[i]), number(right[i]));
			if (byPart != 0) {
				return byPart;
			}
		}
		return left.length != right.length ? Integer.compare(left.length, right.length) : a.compareTo(b);
	}

	/** 5 → 5, (3) → 3; a part that is no number (never in a canonical code) after every number. */
	private static long number(String part) {
		String digits = part.replaceAll("[()]", "");
		return digits.matches("\\d{1,9}") ? Long.parseLong(digits) : Long.MAX_VALUE;
	}

	private static String canonical(Matcher m) {
		StringBuilder code = new StringBuilder().append(Integer.parseInt(m.group("goal")));
		if (m.group("policy") != null) {
			code.append('-').append(Integer.parseInt(m.group("policy")));
		}
		String section = m.group("paren") != null ? m.group("paren") : m.group("plain");
		if (section != null) {
			code.append("-(").append(Integer.parseInt(section)).append(')');
		}
		return code.toString();
	}

	/** Full-width to ASCII and every hyphen-like mark to '-', one char for one char so offsets stay valid. */
	private static String fold(String s) {
		char[] chars = JapaneseText.foldWidth(s).toCharArray();
		for (int i = 0; i < chars.length; i++) {
			if (HYPHENS.indexOf(chars[i]) >= 0) {
				chars[i] = '-';
			}
		}
		return new String(chars);
	}
}
