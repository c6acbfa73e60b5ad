package org.mokuhyo.opendata;

/**
 * A column of an open-data CSV file.
 *
 * @param name        the English header ({@code ?header=en}) and the CSVW column name
 * @param title       the Japanese header (the default)
 * @param datatype    the CSVW datatype: string, integer, decimal, boolean, date, dateTime
 * @param separator   for a list in one cell, what separates its entries (LF or ;), else null
 * @param description what it holds, in Japanese
 */
public record Column(String name, String title, String datatype, String separator, String description) {

	static Column text(String name, String title, String description) {
		return new Column(name, title, "string", null, description);
	}

	static Column list(String name, String title, String separator, String description) {
		return new Column(name, title, "string", separator, description);
	}

	static Column typed(String name, String title, String datatype, String description) {
		return new Column(name, title, datatype, null, description);
	}
}
