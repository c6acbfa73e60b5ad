package org.mokuhyo.web;

/**
 * Japanese labels of fiscal years (年度, April to March).
 * <p>
 * Stand-in until {@code org.mokuhyo.kernel.Era.fiscalYearLabel(int)} is merged: then {@link #eraLabel(int)} should
 * delegate to it (or be replaced by it) and this class keep only {@link #display}.
 */
final class FiscalYears {

	private FiscalYears() {
	}

	/**
	 * The era label of a fiscal year: 令和 from 2019 (2019 = 令和元年度, the fiscal year in which 令和 began), 平成 from
	 * 1989, 昭和 before; the western year alone before 1926.
	 */
	static String eraLabel(int fiscalYear) {
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

	/**
	 * The label shown on pages, e.g. 令和6年度（2024年度）: the sheet's own era label where it has one, the computed one
	 * otherwise; a label that already names the western year is kept as it is.
	 */
	static String display(int fiscalYear, String eraLabel) {
		String era = eraLabel == null || eraLabel.isBlank() ? eraLabel(fiscalYear) : eraLabel.strip();
		if (era.contains(Integer.toString(fiscalYear))) {
			return era;
		}
		return era + "（" + fiscalYear + "年度）";
	}

	static String display(int fiscalYear) {
		return display(fiscalYear, null);
	}
}
