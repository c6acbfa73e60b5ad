package org.mokuhyo.kernel;

/**
 * CSV cells that hold what people typed (user names, file names, messages) and that staff open in a spreadsheet: a
 * cell starting with = + - or @ would run as a formula there (CSV injection), so it gets a leading apostrophe, as
 * OWASP advises. The open-data CSVs are data for programs and are written as the sheets say.
 */
public final class CsvFormulas {

	private CsvFormulas() {
	}

	/** The value, with an apostrophe in front when a spreadsheet would read it as a formula. */
	public static String defuse(String value) {
		if (value != null && !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}
}
