package org.mokuhyo.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mokuhyo.kernel.Era;
import org.mokuhyo.kernel.FiscalYearLabels;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The words controllers and formatters build for the public pages, from messages_ja / messages_en in the request's
 * language ({@link WebLocaleConfiguration}). Arguments are shown as given: numbers are turned into plain digits
 * first (MessageFormat would write 2024 as 2,024). Public for the SpEL compiler.
 */
@Component
public final class PageText {

	/** Marks an argument's place in a message, for {@link #mixed}: never in a message or in sheet content. */
	private static final char MARK = '\u0000';

	private static final DateTimeFormatter ENGLISH_DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);

	private final MessageSource messages;

	PageText(MessageSource messages) {
		this.messages = messages;
	}

	public String get(String key, Object... args) {
		return messages.getMessage(key, plain(args), locale());
	}

	public boolean english() {
		return locale() == WebLocaleConfiguration.ENGLISH;
	}

	/** 令和6年度（2024年度）, or FY2024 (Reiwa 6) on an English page. */
	public String year(int fiscalYear) {
		return english() ? FiscalYearLabels.english(fiscalYear) : FiscalYearLabels.display(fiscalYear);
	}

	/** As {@link #year(int)}, with the sheet's own era label on a Japanese page. */
	public String year(int fiscalYear, String eraLabel) {
		return english() ? FiscalYearLabels.english(fiscalYear) : FiscalYearLabels.display(fiscalYear, eraLabel);
	}

	/** 令和6年4月1日（2024年4月1日）, or April 1, 2024 on an English page. */
	public String date(LocalDate day) {
		return english() ? ENGLISH_DATE.format(day) : Era.dateLabel(day);
	}

	/**
	 * A message some of whose arguments are the sheets' own words (a department, a title), given as
	 * {@link #content}: the parts in order, each such argument a part of its own marked as Japanese on an English
	 * page, so the template can give it {@code lang="ja"}. Other arguments are shown as {@link #get} shows them.
	 */
	public List<Part> mixed(String key, Object... args) {
		Object[] marked = plain(args);
		for (int i = 0; i < marked.length; i++) {
			if (marked[i] instanceof Content) {
				marked[i] = MARK + Integer.toString(i) + MARK;
			}
		}
		String text = messages.getMessage(key, marked, locale());
		String contentLang = english() ? "ja" : null;
		List<Part> parts = new ArrayList<>();
		int at = 0;
		while (at < text.length()) {
			int open = text.indexOf(MARK, at);
			if (open < 0) {
				parts.add(new Part(text.substring(at), null));
				break;
			}
			int close = text.indexOf(MARK, open + 1);
			if (open > at) {
				parts.add(new Part(text.substring(at, open), null));
			}
			String content = ((Content) args[Integer.parseInt(text.substring(open + 1, close))]).text();
			parts.add(new Part(content == null ? "" : content, contentLang));
			at = close + 1;
		}
		return parts;
	}

	/** An argument of {@link #mixed} that is the sheets' own words. */
	public static Content content(String text) {
		return new Content(text);
	}

	/** The sheets' own words given to {@link #mixed}. */
	public record Content(String text) {
	}

	/** The plain text of {@link #mixed} parts, e.g. for a page title. */
	public static String text(List<Part> parts) {
		StringBuilder s = new StringBuilder();
		parts.forEach(p -> s.append(p.text()));
		return s.toString();
	}

	/**
	 * A piece of a page's words.
	 *
	 * @param lang {@code ja} for the sheets' own words on an English page (WCAG 3.1.2); null otherwise
	 */
	public record Part(String text, String lang) {
	}

	private static Locale locale() {
		return WebLocaleConfiguration.supported(LocaleContextHolder.getLocale());
	}

	private static Object[] plain(Object[] args) {
		Object[] out = args.clone();
		for (int i = 0; i < out.length; i++) {
			if (out[i] instanceof Number n) {
				out[i] = n.toString();
			}
		}
		return out;
	}
}
