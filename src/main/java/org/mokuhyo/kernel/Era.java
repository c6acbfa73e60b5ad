package org.mokuhyo.kernel;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Japanese eras (元号: 令和, 平成, 昭和): the one place of the code that converts them to and from western years.
 */
public final class Era {

	/** An era, the western year of its first (元) year and its first day; newest first. */
	private record Entry(String name, int firstYear, LocalDate firstDay) {
	}

	private static final List<Entry> ERAS = List.of(new Entry("令和", 2019, LocalDate.of(2019, 5, 1)),
			new Entry("平成", 1989, LocalDate.of(1989, 1, 8)), new Entry("昭和", 1926, LocalDate.of(1926, 12, 25)));

	private static final List<String> NAMES = ERAS.stream().map(Entry::name).toList();

	private static final Pattern YEAR = Pattern.compile("(" + String.join("|", NAMES) + ")\\s*(元|\\d{1,3})\\s*年");

	private Era() {
	}

	/** The era names this class knows, newest first, e.g. for building a pattern. */
	public static List<String> names() {
		return NAMES;
	}

	/**
	 * 令和6 → 2024, 平成31 → 2019, 昭和1 → 1926.
	 *
	 * @throws IllegalArgumentException for an unknown era or a year below 1
	 */
	public static int toWestern(String eraName, int eraYear) {
		if (eraYear < 1) {
			throw new IllegalArgumentException("era year must be 1 or more: " + eraYear);
		}
		for (Entry era : ERAS) {
			if (era.name().equals(eraName)) {
				return era.firstYear() + eraYear - 1;
			}
		}
		throw new IllegalArgumentException("unknown era: " + eraName);
	}

	/** The western year of the first era year written in {@code text} (令和６年度, 令和元年, 平成31年…). */
	public static OptionalInt parseYear(String text) {
		if (text == null) {
			return OptionalInt.empty();
		}
		Matcher m = YEAR.matcher(JapaneseText.normalize(text));
		while (m.find()) {
			int eraYear = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
			if (eraYear >= 1) {
				return OptionalInt.of(toWestern(m.group(1), eraYear));
			}
		}
		return OptionalInt.empty();
	}

	/**
	 * 2024 → 令和6年, 2019 → 令和元年. A year an era began in is named by that era, as municipalities name fiscal 2019
	 * 令和元年度.
	 *
	 * @throws IllegalArgumentException for a year before 1926 (昭和元年)
	 */
	public static String eraYear(int westernYear) {
		for (Entry era : ERAS) {
			if (westernYear >= era.firstYear()) {
				int n = westernYear - era.firstYear() + 1;
				return era.name() + (n == 1 ? "元" : Integer.toString(n)) + "年";
			}
		}
		throw new IllegalArgumentException("no known era for " + westernYear);
	}

	/**
	 * A day with its era year and the western date: 2024-04-01 → 令和6年4月1日（2024年4月1日）. The era is the one of
	 * that day (2019-04-30 is 平成31年, 2019-05-01 令和元年), unlike fiscal years, which take the era they ended in.
	 *
	 * @throws IllegalArgumentException for a day before 昭和
	 */
	public static String dateLabel(LocalDate day) {
		for (Entry era : ERAS) {
			if (!day.isBefore(era.firstDay())) {
				int n = day.getYear() - era.firstYear() + 1;
				return era.name() + (n == 1 ? "元" : Integer.toString(n)) + "年" + day.getMonthValue() + "月"
						+ day.getDayOfMonth() + "日（" + day.getYear() + "年" + day.getMonthValue() + "月"
						+ day.getDayOfMonth() + "日）";
			}
		}
		throw new IllegalArgumentException("no known era for " + day);
	}

	/** 2024 → 令和6年度, 2019 → 令和元年度. */
	public static String fiscalYearLabel(int fiscalYear) {
		return eraYear(fiscalYear) + "度";
	}
}
