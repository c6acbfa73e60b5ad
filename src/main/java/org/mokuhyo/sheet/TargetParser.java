package org.mokuhyo.sheet;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mokuhyo.kernel.JapaneseText;

/**
 * Finds numeric targets (目標値) such as 参加者数4,000人 or 来館者数 10,000人/年 in action wording.
 */
public final class TargetParser {

	/** Counter words a target may end in; longer ones are tried first (千円 before 円). */
	private static final List<String> UNITS = List.of("人", "名", "社", "件", "回", "団体", "校", "校区", "園", "館",
			"か所", "カ所", "ヶ所", "ケ所", "ヵ所", "箇所", "施設", "地区", "部", "冊", "世帯", "事業者", "本", "店舗", "店", "台",
			"戸", "個", "枚", "講座", "種類", "組", "チーム", "%", "円", "千円", "万円", "億円", "時間", "日", "日間");

	/**
	 * The most digits a target's value may have: beyond it (a typing slip, or a file made to poison the sheet: a
	 * thousand-digit number stored could not be read back from the version's JSON) the number stays text.
	 */
	static final int MAX_DIGITS = 15;

	/** A period written after the unit, as in 10,000人/年. */
	private static final String PER = "年度|年|月|週|日|回";

	private static final Pattern TARGET = Pattern.compile("(?<!\\d)(?<!\\d[,.])"
			+ "(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*"
			+ "(?<unit>" + alternation(UNITS) + ")"
			+ "(?:\\s*/\\s*(?<per>" + PER + "))?");

	/** Characters that end a label when reading backwards from the number. */
	private static final String SEPARATORS = "、。,.()[]【】「」『』〈〉《》〔〕:;!?/~<>→＝=";

	/** Words between a label and its number saying how the number is counted, stripped from the label. */
	private static final List<String> COUNTING_WORDS = List.of("約", "およそ", "合計", "延べ", "を", "は", "が");

	/** Words just before a number that make it a rate, e.g. 年間100人; a bare 年, 月 or 週 only as the whole label. */
	private static final List<String[]> PERIOD_WORDS = List.of(new String[] { "年間", "年" },
			new String[] { "毎年", "年" }, new String[] { "月間", "月" }, new String[] { "毎月", "月" },
			new String[] { "毎週", "週" });

	private static final List<String> BARE_PERIODS = List.of("年", "月", "週");

	private TargetParser() {
	}

	/**
	 * Every target in the text, in order. Ordinals (第3回, 2回目), years and dates (令和7年度, 2025年度, 50周年, 10年間,
	 * 11月, 11月3日) and numbers of a range's upper end (~20人) are not targets.
	 */
	public static List<Target> findAll(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		String folded = JapaneseText.foldWidth(text);
		if (folded.chars().noneMatch(c -> c >= '0' && c <= '9')) {
			return List.of(); // no number, no target: most texts are turned away without the pattern
		}
		List<Target> targets = new ArrayList<>();
		int previousEnd = 0;
		Matcher m = TARGET.matcher(folded);
		while (m.find()) {
			if (isNotATarget(folded, m)) {
				continue;
			}
			if (m.group("number").replace(",", "").replace(".", "").length() > MAX_DIGITS) {
				continue; // no department counts that far; kept in the text, never a number nothing can read back
			}
			Label label = label(folded, m.start(), previousEnd);
			String per = m.group("per") != null ? m.group("per") : label.per();
			BigDecimal value = new BigDecimal(m.group("number").replace(",", ""));
			targets.add(new Target(label.text(), value, m.group("unit"), per, text.substring(label.from(), m.end())));
			previousEnd = m.end();
		}
		return List.copyOf(targets);
	}

	private static boolean isNotATarget(String s, Matcher m) {
		int before = m.start() - 1;
		while (before >= 0 && Character.isWhitespace(s.charAt(before))) {
			before--;
		}
		if (before >= 0 && (s.charAt(before) == '第' || s.charAt(before) == '~')) {
			return true;
		}
		if (m.end() < s.length() && s.charAt(m.end()) == '目') {
			return true;
		}
		return m.group("unit").startsWith("日") && before >= 1 && s.charAt(before) == '月'
				&& Character.isDigit(s.charAt(before - 1));
	}

	/**
	 * The counted thing before the number: back over spaces and a colon, then to a separator or the last target. When
	 * that run is only counting words (約, 年間…), as in 参加者 約500人, the run before the space is the label.
	 */
	private static Label label(String s, int numberStart, int floor) {
		int end = skipSpacesBack(s, numberStart, floor);
		if (end > floor && s.charAt(end - 1) == ':') {
			end = skipSpacesBack(s, end - 1, floor);
		}
		int from = runStart(s, end, floor);
		if (from == end) {
			return new Label(null, null, numberStart);
		}
		Label label = strip(s.substring(from, end), null, from);
		int before = skipSpacesBack(s, from, floor);
		if (label.text() == null && before < from && before > floor && !isSeparator(s.charAt(before - 1))) {
			int earlier = runStart(s, before, floor);
			Label outer = strip(s.substring(earlier, before), label.per(), earlier);
			return outer.text() == null ? label : outer;
		}
		return label;
	}

	/** Strips counting and period words off the end of a label word; an empty word gives a null label. */
	private static Label strip(String word, String per, int from) {
		boolean stripped = true;
		while (stripped && !word.isEmpty()) {
			stripped = false;
			for (String counting : COUNTING_WORDS) {
				if (word.endsWith(counting)) {
					word = word.substring(0, word.length() - counting.length()).strip();
					stripped = true;
				}
			}
			for (String[] period : PERIOD_WORDS) {
				if (per == null && endsWithWord(word, period[0])) {
					word = word.substring(0, word.length() - period[0].length()).strip();
					per = period[1];
					stripped = true;
				}
			}
		}
		if (per == null && BARE_PERIODS.contains(word)) {
			per = word;
			word = "";
		}
		return new Label(word.isEmpty() ? null : word, per, from);
	}

	private static int runStart(String s, int end, int floor) {
		int from = end;
		while (from > floor && !isSeparator(s.charAt(from - 1))) {
			from--;
		}
		return from;
	}

	/** True when the word ends in {@code suffix} not directly after a digit (10年間 is a duration, not a rate). */
	private static boolean endsWithWord(String word, String suffix) {
		int at = word.length() - suffix.length();
		return word.endsWith(suffix) && (at == 0 || !Character.isDigit(word.charAt(at - 1)));
	}

	private static int skipSpacesBack(String s, int at, int floor) {
		while (at > floor && Character.isWhitespace(s.charAt(at - 1))) {
			at--;
		}
		return at;
	}

	private static boolean isSeparator(char c) {
		return Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0;
	}

	private static String alternation(List<String> words) {
		return words.stream()
				.sorted(Comparator.comparingInt(String::length).reversed())
				.map(Pattern::quote)
				.collect(Collectors.joining("|"));
	}

	/**
	 * @param text the label, null when none
	 * @param per  the period a word before the number gives, e.g. 年 for 年間
	 * @param from where the target's wording starts
	 */
	private record Label(String text, String per, int from) {
	}
}
