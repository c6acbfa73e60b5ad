package org.mokuhyo.importer.read;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class PdfDumpDebug {

	@Test
	void dump() throws Exception {
		String file = System.getProperty("dump.pdf");
		if (file == null) {
			return;
		}
		for (String f : file.split(",")) {
			dump(f);
		}
	}

	private static void dump(String file) throws Exception {
		SourceDocument doc = new PdfSheetReader().read(Files.readAllBytes(Path.of(file)), "x.pdf");
		StringBuilder out = new StringBuilder();
		doc.notes().forEach(n -> out.append("NOTE ").append(n).append('\n'));
		for (SourceRow row : doc.rows()) {
			out.append(row.line()).append(' ').append(row.kind());
			for (SourceCell c : row.cells()) {
				out.append("\n   [").append(c.column()).append("] ");
				for (SourceBlock b : c.blocks()) {
					out.append(" ⟨");
					b.runs().forEach(r -> out.append(r.bold() ? "**" + r.text() + "**" : r.text()));
					out.append('⟩');
				}
			}
			out.append('\n');
		}
		Files.writeString(Path.of(file + ".rows.txt"), out);
	}
}
