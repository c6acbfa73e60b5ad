package org.mokuhyo.kernel;


/**
 * The labels of a fiscal year (年度, April to March), the one place every output takes them from: pages, the print
 * PDF, the workbook, English pages. The era arithmetic is {@link Era}'s.
 */
public final class FiscalYearLabels {

	private FiscalYearLabels() {
	}

	public static String eraLabel(int fiscalYear) {
		return fiscalYear >= 1926 ? Era.fiscalYearLabel(fiscalYear) : fiscalYear + "年度";
	}
	/**
	 * The label shown on pages, e.g. 令和6年度（2024年度）: the sheet's own era label where it has one, the computed one
	 * otherwise; a label that already names the western year is kept as it is.
	 */
	public static String display(int fiscalYear, String eraLabel) {
		String era = eraLabel == null || eraLabel.isBlank() ? eraLabel(fiscalYear) : eraLabel.strip();
		if (era.contains(Integer.toString(fiscalYear))) {
			return era;
		}
		return era + "（" + fiscalYear + "年度）";
	}

	public static String display(int fiscalYear) {
		return display(fiscalYear, null);
	}

	/** Era names as English writes them. */
	private static final java.util.Map<String, String> ERA_NAMES = java.util.Map.of("令和", "Reiwa", "平成", "Heisei",
			"昭和", "Showa");

	/**
	 * The English label: 2024 → FY2024 (Reiwa 6), 2019 → FY2019 (Reiwa 1); just FY1925 before the eras
	 * {@link Era} knows.
	 */
	public static String english(int fiscalYear) {
		if (fiscalYear < 1926) {
			return "FY" + fiscalYear;
		}
		String era = Era.fiscalYearLabel(fiscalYear); // 令和6年度, 令和元年度
		for (String name : Era.names()) {
			if (era.startsWith(name)) {
				String year = era.substring(name.length(), era.indexOf('年'));
				return "FY" + fiscalYear + " (" + ERA_NAMES.get(name) + " " + ("元".equals(year) ? "1" : year) + ")";
			}
		}
		return "FY" + fiscalYear;
	}

	/** 2024 → 令和6年度(2024年度): the workbook's title and header cell, in half-width parentheses as before. */
	public static String workbook(int fiscalYear) {
		return Era.fiscalYearLabel(fiscalYear) + "(" + fiscalYear + "年度)";
	}
}
