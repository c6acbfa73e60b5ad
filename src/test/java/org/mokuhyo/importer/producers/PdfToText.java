package org.mokuhyo.importer.producers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.mokuhyo.pdf.PdfFonts;
import org.mokuhyo.pdf.PdfSheetWriter;
import org.mokuhyo.sheet.SheetData;

/**
 * A sheet printed by the project's own PDF writer and turned back into plain text by poppler's {@code pdftotext}:
 * with {@code -layout} (columns kept apart by runs of spaces), or in reading order, which is what a person gets
 * copying the printed sheet out of a PDF viewer. Missing pdftotext fails the test: CI installs poppler-utils.
 */
public final class PdfToText {

	private PdfToText() {
	}

	public static String layout(SheetData sheet) {
		return run(sheet, "-layout");
	}

	public static String readingOrder(SheetData sheet) {
		return run(sheet, null);
	}

	private static String run(SheetData sheet, String mode) {
		try {
			Path dir = Files.createTempDirectory("pdftotext");
			try {
				Path pdf = dir.resolve("sheet.pdf");
				Files.write(pdf, new PdfSheetWriter(PdfFonts.of(null)).write(sheet));
				List<String> command = new ArrayList<>(List.of(pdftotext().toString()));
				if (mode != null) {
					command.add(mode);
				}
				command.addAll(List.of("-enc", "UTF-8", pdf.toString(), "-"));
				Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
				byte[] out = process.getInputStream().readAllBytes();
				if (!process.waitFor(1, TimeUnit.MINUTES) || process.exitValue() != 0) {
					throw new AssertionError("pdftotext failed: "
							+ new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
				}
				return new String(out, StandardCharsets.UTF_8);
			}
			finally {
				try (var files = Files.list(dir)) {
					for (Path p : files.toList()) {
						Files.deleteIfExists(p);
					}
				}
				Files.deleteIfExists(dir);
			}
		}
		catch (IOException ex) {
			throw new AssertionError("pdftotext could not be run", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new AssertionError("interrupted", ex);
		}
	}

	private static Path pdftotext() {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
			Path candidate = Path.of(dir, "pdftotext");
			if (Files.isExecutable(candidate)) {
				return candidate;
			}
		}
		throw new AssertionError("pdftotext が見つかりません: sudo apt-get install -y poppler-utils");
	}
}
