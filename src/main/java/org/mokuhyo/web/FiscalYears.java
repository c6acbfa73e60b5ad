package org.mokuhyo.web;

import org.mokuhyo.kernel.Era;

/**
 * Japanese labels of fiscal years (年度, April to March) as pages show them; the era arithmetic is {@link Era}'s.
 */
final class FiscalYears {

	private FiscalYears() {
	}

	static String eraLabel(int fiscalYear) {
		return fiscalYear >= 1926 ? Era.fiscalYearLabel(fiscalYear) : fiscalYear + "年度";
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
