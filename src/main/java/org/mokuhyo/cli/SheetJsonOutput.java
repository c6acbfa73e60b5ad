package org.mokuhyo.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

import org.mokuhyo.sheet.SheetData;
import tools.jackson.databind.json.JsonMapper;

/** A sheet as the API's JSON: pretty, UTF-8 whatever the platform's encoding, ending in a line break. */
final class SheetJsonOutput {

	private SheetJsonOutput() {
	}

	static void print(JsonMapper json, SheetData sheet, OutputStream out) {
		try {
			out.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(sheet));
			out.write('\n');
			out.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
