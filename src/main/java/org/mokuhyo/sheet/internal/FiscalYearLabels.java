package org.mokuhyo.sheet.internal;

/**
 * 年度 in the Japanese era a fiscal year is officially named by: FY2019 (from April 2019) is 令和元年度 although
 * 令和 began in May, FY2024 is 令和6年度, and years before 2019 are 平成 (from FY1989) or 昭和.
 */
final class FiscalYearLabels {

	private FiscalYearLabels() {
	}

	static String of(int fiscalYear) {
		if (fiscalYear >= 2019) {
			return era("令和", fiscalYear - 2018);
		}
		if (fiscalYear >= 1989) {
			return era("平成", fiscalYear - 1988);
		}
		if (fiscalYear >= 1926) {
			return era("昭和", fiscalYear - 1925);
		}
		return fiscalYear + "年度";
	}

	private static String era(String name, int year) {
		return name + (year == 1 ? "元" : Integer.toString(year)) + "年度";
	}
}
