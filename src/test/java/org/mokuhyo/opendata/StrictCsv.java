package org.mokuhyo.opendata;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A strict RFC 4180 reader for the tests, written apart from the exporter: the bytes must begin with a UTF-8 BOM,
 * every record must end in CRLF, a quote may appear only around a whole field (doubled inside it), a bare CR or LF
 * only inside quotes, and every record must have as many fields as the header. Anything else fails the test.
 */
public final class StrictCsv {

	private StrictCsv() {
	}

	/** The records, header first. */
	public static List<List<String>> parse(byte[] bytes) {
		if (bytes.length < 3 || (bytes[0] & 0xff) != 0xEF || (bytes[1] & 0xff) != 0xBB || (bytes[2] & 0xff) != 0xBF) {
			throw new IllegalArgumentException("no UTF-8 byte order mark");
		}
		String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
		List<List<String>> records = new ArrayList<>();
		List<String> record = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		int i = 0;
		boolean fieldStart = true;
		while (i < text.length()) {
			char c = text.charAt(i);
			if (fieldStart && c == '"') {
				i++;
				while (true) {
					if (i >= text.length()) {
						throw new IllegalArgumentException("unterminated quoted field");
					}
					char q = text.charAt(i++);
					if (q == '"') {
						if (i < text.length() && text.charAt(i) == '"') {
							field.append('"');
							i++;
							continue;
						}
						break;
					}
					field.append(q);
				}
				fieldStart = false;
				if (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '\r') {
					throw new IllegalArgumentException("text after a closing quote at " + i);
				}
				continue;
			}
			if (c == ',') {
				record.add(field.toString());
				field.setLength(0);
				fieldStart = true;
				i++;
			}
			else if (c == '\r') {
				if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
					throw new IllegalArgumentException("CR without LF at " + i);
				}
				record.add(field.toString());
				field.setLength(0);
				records.add(record);
				record = new ArrayList<>();
				fieldStart = true;
				i += 2;
			}
			else if (c == '\n' || c == '"') {
				throw new IllegalArgumentException("bare " + (c == '"' ? "quote" : "LF") + " outside quotes at " + i);
			}
			else {
				field.append(c);
				fieldStart = false;
				i++;
			}
		}
		if (!record.isEmpty() || field.length() > 0) {
			throw new IllegalArgumentException("the last record does not end in CRLF");
		}
		for (List<String> r : records) {
			if (r.size() != records.get(0).size()) {
				throw new IllegalArgumentException("a record of " + r.size() + " fields, the header has "
						+ records.get(0).size() + ": " + r);
			}
		}
		return records;
	}
}
