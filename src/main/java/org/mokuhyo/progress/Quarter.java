package org.mokuhyo.progress;

import java.time.LocalDate;

import org.mokuhyo.kernel.FiscalYear;

/**
 * 四半期: a quarter of a fiscal year (April–March): 1 = April–June, 2 = July–September, 3 = October–December,
 * 4 = January–March of the next calendar year.
 * <p>
 * The progress update of a quarter is due {@link #DAYS_TO_REPORT} days after the quarter ends (Q1: July 10): the
 * departments report on a quarter once it is over, and the planning division collects them in the first days of
 * the next one.
 */
public record Quarter(int fiscalYear, int number) {

	/** The one setting of the due date: this many days after the quarter's last day. */
	public static final int DAYS_TO_REPORT = 10;

	public Quarter {
		if (number < 1 || number > 4) {
			throw new IllegalArgumentException("quarter " + number + " is not 1 to 4");
		}
	}

	/** The quarter a date falls in. */
	public static Quarter of(LocalDate date) {
		FiscalYear year = FiscalYear.of(date);
		return new Quarter(year.startYear(), year.quarterOf(date));
	}

	public LocalDate start() {
		return new FiscalYear(fiscalYear).start().plusMonths(3L * (number - 1));
	}

	public LocalDate end() {
		return start().plusMonths(3).minusDays(1);
	}

	/** The last day to report on this quarter. */
	public LocalDate dueDate() {
		return end().plusDays(DAYS_TO_REPORT);
	}

	/** The quarter before, in the previous fiscal year for Q1. */
	public Quarter previous() {
		return number == 1 ? new Quarter(fiscalYear - 1, 4) : new Quarter(fiscalYear, number - 1);
	}

	/** 第1四半期（4月〜6月） */
	public String label() {
		int from = start().getMonthValue();
		int to = end().getMonthValue();
		return "第" + number + "四半期（" + from + "月〜" + to + "月）";
	}
}
