package org.mokuhyo.kernel;

import java.time.LocalDate;
import java.util.Objects;

/**
 * 年度: a Japanese fiscal year, April 1 to March 31, named by the western year it starts in.
 */
public record FiscalYear(int startYear) {

	/** The fiscal year a date falls in: January to March belong to the year before. */
	public static FiscalYear of(LocalDate date) {
		return new FiscalYear(date.getMonthValue() < 4 ? date.getYear() - 1 : date.getYear());
	}

	/** April 1. */
	public LocalDate start() {
		return LocalDate.of(startYear, 4, 1);
	}

	/** March 31 of the next calendar year. */
	public LocalDate end() {
		return LocalDate.of(startYear + 1, 3, 31);
	}

	/**
	 * 1 for April–June … 4 for January–March.
	 *
	 * @throws IllegalArgumentException when the date is outside this fiscal year
	 */
	public int quarterOf(LocalDate date) {
		Objects.requireNonNull(date, "date");
		if (!of(date).equals(this)) {
			throw new IllegalArgumentException(date + " is not in fiscal year " + startYear);
		}
		return (date.getMonthValue() + 8) % 12 / 3 + 1;
	}

	/** 令和6年度 for 2024. */
	public String label() {
		return Era.fiscalYearLabel(startYear);
	}
}
