package org.mokuhyo.sheet;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.kernel.JapaneseText;

/**
 * Reads the スケジュール of an action, e.g. (通年), (7~2月), (4月以降), from its wording or from inside its text.
 */
public final class ScheduleParser {

	/**
	 * A schedule found inside a longer text.
	 *
	 * @param start      offset in the original text of the parenthesised group (parentheses included), or of 通年
	 * @param end        offset just after it
	 * @param wholeGroup true when the group held the schedule alone, so the caller may cut {@code start..end} out
	 */
	public record Found(Schedule schedule, int start, int end, boolean wholeGroup) {
	}

	private static final String MONTH = "(\\d{1,2})\\s*月";

	/** Tried in order on the normalized wording; each reads a whole wording. */
	private static final List<Rule> RULES = List.of(
			new Rule("通年\\s*(?:で)?\\s*(?:実施)?", m -> new Reading(ScheduleKind.WHOLE_YEAR, 4, 3)),
			new Rule("上半?期", m -> new Reading(ScheduleKind.FIRST_HALF, 4, 9)),
			new Rule("下半?期", m -> new Reading(ScheduleKind.SECOND_HALF, 10, 3)),
			new Rule("第\\s*([1-4])\\s*四半期", m -> quarter(Integer.parseInt(m.group(1)))),
			new Rule(MONTH + "\\s*(?:中|頃|ごろ)?", m -> from(ScheduleKind.MONTH, month(m, 1), month(m, 1))),
			new Rule("(\\d{1,2})\\s*(?:月)?\\s*(?:~|から|-)\\s*(?:翌年?)?\\s*" + MONTH + "\\s*(?:まで)?",
					m -> range(month(m, 1), month(m, 2))),
			new Rule(MONTH + "\\s*(?:中)?\\s*(?:に|から|より)?\\s*開始",
					m -> from(ScheduleKind.STARTING_IN, month(m, 1), null)),
			new Rule(MONTH + "\\s*(?:以降|から|より|~)", m -> from(ScheduleKind.FROM_MONTH, month(m, 1), 3)));

	private static final Pattern GROUP = Pattern.compile("\\(([^()]*)\\)");

	private static final Pattern TOKEN_END = Pattern.compile("[\\s、,;]");

	private static final Pattern WHOLE_YEAR_WORD = Pattern.compile("通年");

	private ScheduleParser() {
	}

	/**
	 * The schedule a wording names on its own, e.g. 通年, 11月, 7~2月, 4月以降, 7月中に開始, 上半期. A wording of
	 * schedule shape with an impossible month or a range running backwards in the fiscal year (3~4月) reads as
	 * {@link ScheduleKind#UNPARSED}. {@link Schedule#text()} is the wording as given, trimmed.
	 *
	 * @return empty when the wording is not a schedule
	 */
	public static Optional<Schedule> parse(String wording) {
		if (wording == null || wording.isBlank()) {
			return Optional.empty();
		}
		String text = wording.strip();
		String normalized = JapaneseText.normalize(text);
		if (normalized.indexOf('月') < 0 && normalized.indexOf('期') < 0 && !normalized.contains("通年")) {
			return Optional.empty(); // every rule names a month, a 期 or 通年
		}
		for (Rule rule : RULES) {
			Matcher m = rule.pattern().matcher(normalized);
			if (m.matches()) {
				Reading r = rule.read().apply(m);
				return Optional.of(r == null ? new Schedule(text, ScheduleKind.UNPARSED, null, null)
						: new Schedule(text, r.kind(), r.start(), r.end()));
			}
		}
		return Optional.empty();
	}

	/**
	 * The schedule inside an action text: the last parenthesised group whose content, or the first token of it
	 * (split at spaces, 、 or ，), is a schedule; otherwise 通年 standing as a word. Groups inside a fiscal-year span
	 * such as 令和7年度(2025年度) are never read.
	 */
	public static Optional<Found> find(String text) {
		if (text == null || text.isBlank()) {
			return Optional.empty();
		}
		String folded = JapaneseText.foldWidth(text);
		List<FiscalSpan> spans = null;
		Found last = null;
		Matcher group = GROUP.matcher(folded);
		while (group.find()) {
			if (spans == null) {
				spans = FiscalSpanParser.findAll(text);
			}
			if (!insideSpan(group.start(), group.end(), spans)) {
				Found found = readGroup(text, group);
				last = found != null ? found : last;
			}
		}
		return last != null ? Optional.of(last) : findWholeYearWord(text, folded);
	}

	private static Found readGroup(String text, Matcher group) {
		int from = group.start(1);
		int to = group.end(1);
		Optional<Schedule> whole = parse(text.substring(from, to));
		if (whole.isPresent()) {
			return new Found(whole.get(), group.start(), group.end(), true);
		}
		String content = group.group(1);
		int lead = content.length() - content.stripLeading().length();
		Matcher end = TOKEN_END.matcher(content);
		int tokenEnd = end.find(lead) ? end.start() : content.length();
		return parse(text.substring(from + lead, from + tokenEnd))
				.map(schedule -> new Found(schedule, group.start(), group.end(), false))
				.orElse(null);
	}

	private static Optional<Found> findWholeYearWord(String text, String folded) {
		Matcher m = WHOLE_YEAR_WORD.matcher(folded);
		while (m.find()) {
			if (wordStart(folded, m.start()) && wordEnd(folded, m.end())) {
				Schedule schedule = new Schedule(text.substring(m.start(), m.end()), ScheduleKind.WHOLE_YEAR, 4, 3);
				return Optional.of(new Found(schedule, m.start(), m.end(), false));
			}
		}
		return Optional.empty();
	}

	/** Before 通年: start, a non-letter, or kana (a particle such as を); not a kanji, as in 普通年金. */
	private static boolean wordStart(String s, int at) {
		if (at == 0) {
			return true;
		}
		char c = s.charAt(at - 1);
		return !Character.isLetterOrDigit(c) || isHiragana(c);
	}

	/** After 通年: end, a non-letter, 実施, or a particle; not a word-forming kanji, as in 通年化 or 通年金. */
	private static boolean wordEnd(String s, int at) {
		if (at == s.length()) {
			return true;
		}
		char c = s.charAt(at);
		return !Character.isLetterOrDigit(c) || isHiragana(c) || s.startsWith("実施", at);
	}

	private static boolean isHiragana(char c) {
		return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HIRAGANA;
	}

	private static boolean insideSpan(int start, int end, List<FiscalSpan> spans) {
		for (FiscalSpan span : spans) {
			if (start < span.end() && end > span.start()) {
				return true;
			}
		}
		return false;
	}

	private static Integer month(Matcher m, int group) {
		int month = Integer.parseInt(m.group(group));
		return month >= 1 && month <= 12 ? month : null;
	}

	/** A range in fiscal order (April first); null, read as unparsed, when a month is invalid or it runs backwards. */
	private static Reading range(Integer start, Integer end) {
		if (start == null || end == null || fiscalOrder(start) > fiscalOrder(end)) {
			return null;
		}
		return new Reading(ScheduleKind.RANGE, start, end);
	}

	/** A reading starting in a month; null, read as unparsed, when the month is invalid. */
	private static Reading from(ScheduleKind kind, Integer start, Integer end) {
		return start == null ? null : new Reading(kind, start, end);
	}

	/** 第1四半期 = April–June … 第4四半期 = January–March. */
	private static Reading quarter(int quarter) {
		int start = quarter * 3 % 12 + 1;
		return new Reading(ScheduleKind.RANGE, start, start + 2);
	}

	private static int fiscalOrder(int month) {
		return (month + 8) % 12;
	}

	/** A pattern over a whole normalized wording and what it means; a null reading means unparsed. */
	private record Rule(Pattern pattern, Function<Matcher, Reading> read) {

		Rule(String regex, Function<Matcher, Reading> read) {
			this(Pattern.compile(regex), read);
		}
	}

	private record Reading(ScheduleKind kind, Integer start, Integer end) {
	}
}
