package org.mokuhyo.sheet;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mokuhyo.kernel.Era;
import org.mokuhyo.kernel.JapaneseText;

/**
 * Finds fiscal-year spans such as 令和6年度(2024年度)～ in schedule (工程) text; a western year always wins over an era
 * year it disagrees with.
 */
public final class FiscalSpanParser {

	private static final String ERA = "(?:" + String.join("|", Era.names()) + ")";

	private static final Pattern SPAN = Pattern.compile(year(1) + "(?:\\s*(?<tilde>~)(?:\\s*" + year(2) + ")?)?");

	private FiscalSpanParser() {
	}

	/** Every span in the text, in order; full-width digits, parentheses and tildes read like ASCII. */
	public static List<FiscalSpan> findAll(String text) {
		if (text == null || !text.contains("年度")) {
			return List.of(); // every span names a 年度: most texts are turned away without the pattern
		}
		List<FiscalSpan> spans = new ArrayList<>();
		Matcher m = SPAN.matcher(JapaneseText.foldWidth(text));
		while (m.find()) {
			Integer from = yearOf(m, 1);
			if (from == null) {
				continue;
			}
			boolean open = m.group("tilde") != null || m.group("open1") != null || m.group("openIn1") != null;
			Integer to = m.start("name2") >= 0 || m.start("western2") >= 0 ? yearOf(m, 2) : open ? null : from;
			spans.add(new FiscalSpan(text.substring(m.start(), m.end()), from, to, m.start(), m.end()));
		}
		return List.copyOf(spans);
	}

	/**
	 * One fiscal year: 令和6年度 with an optional (2024年度) or (2024年度～), or 2024年度 with an optional (令和6年度).
	 */
	private static String year(int n) {
		String era = "(?<name%1$d>" + ERA + ")\\s*(?<number%1$d>元|\\d{1,2})\\s*年度"
				+ "(?:\\s*\\(\\s*(?<paren%1$d>\\d{4})\\s*年度\\s*(?<open%1$d>~)?\\s*\\))?";
		String western = "(?<!\\d)(?<western%1$d>\\d{4})\\s*年度"
				+ "(?:\\s*\\(\\s*" + ERA + "\\s*(?:元|\\d{1,2})\\s*年度\\s*(?<openIn%1$d>~)?\\s*\\))?";
		return String.format("(?:" + era + "|" + western + ")", n);
	}

	/** The western year of the n-th year of a match; null for an impossible era year such as 令和0年度. */
	private static Integer yearOf(Matcher m, int n) {
		String western = m.group("paren" + n) != null ? m.group("paren" + n) : m.group("western" + n);
		if (western != null) {
			return Integer.valueOf(western);
		}
		String number = m.group("number" + n);
		int eraYear = "元".equals(number) ? 1 : Integer.parseInt(number);
		return eraYear < 1 ? null : Era.toWestern(m.group("name" + n), eraYear);
	}
}
