package org.mokuhyo.opendata;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.mokuhyo.kernel.CsvFormulas;

/**
 * A CSV file as RFC 4180 writes it and Excel opens it: UTF-8 with a byte order mark (without it Excel reads
 * Japanese as Shift_JIS), CRLF after every record, a field quoted when it holds a comma, a quote, CR or LF (quotes
 * doubled). Line breaks inside a field are kept as written. A field a spreadsheet would run as a formula (=, +, -, @
 * in front, not a number) gets a leading apostrophe ({@link CsvFormulas}): these files are opened in Excel by
 * everyone, and what a department typed must not run there; the JSON keeps the text as written.
 */
final class CsvOut {

	private static final char BOM = '\uFEFF';

	private final Writer out;

	private final StringBuilder line = new StringBuilder(256);

	/** Writes the byte order mark; {@link #close()} or {@link #flush()} must follow the last record. */
	CsvOut(OutputStream stream) {
		this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 16 * 1024);
		try {
			out.write(BOM);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	void record(List<String> fields) {
		line.setLength(0);
		for (int i = 0; i < fields.size(); i++) {
			if (i > 0) {
				line.append(',');
			}
			field(fields.get(i));
		}
		line.append("\r\n");
		try {
			out.write(line.toString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void field(String raw) {
		if (raw == null || raw.isEmpty()) {
			return;
		}
		String value = CsvFormulas.defuse(raw);
		boolean quote = false;
		for (int i = 0; i < value.length() && !quote; i++) {
			char c = value.charAt(i);
			quote = c == ',' || c == '"' || c == '\r' || c == '\n';
		}
		if (!quote) {
			line.append(value);
			return;
		}
		line.append('"');
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c == '"') {
				line.append('"');
			}
			line.append(c);
		}
		line.append('"');
	}

	/** Flushes what is buffered without closing the stream (a zip entry goes on after it). */
	void flush() {
		try {
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
