package org.mokuhyo.kernel;

import java.util.regex.Pattern;

/**
 * CSV cells that a spreadsheet would run as a formula (CSV injection): a cell starting with = + - @, a tab or a
 * carriage return gets a leading apostrophe, as OWASP advises. A plain number (-1, +2.5) is left as it is: it is no
 * formula, and data files must keep their numbers. One helper for every CSV the product writes (audit log, bulk
 * report, open data): what people typed reaches every one of them.
 */
public final class CsvFormulas {

	private static final Pattern NUMBER = Pattern.compile("[+-]?[0-9]+(\\.[0-9]+)?");

	private CsvFormulas() {
	}

	/** The value, with an apostrophe in front when a spreadsheet would read it as a formula. */
	public static String defuse(String value) {
		if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0
				&& !NUMBER.matcher(value).matches()) {
			return "'" + value;
		}
		return value;
	}
}
