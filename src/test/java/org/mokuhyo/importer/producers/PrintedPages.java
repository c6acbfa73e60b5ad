package org.mokuhyo.importer.producers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * What a print's pages hold, read by PDFBox's own text extraction (not the importer's reader), so the tests can say
 * what shape a print has: a head drawn on several pages, a cell cut by a page break.
 */
final class PrintedPages {

	private PrintedPages() {
	}

	/** The pages (from 1) whose text holds {@code text}, white space and line breaks ignored. */
	static List<Integer> holding(byte[] pdf, String text) {
		String wanted = text.replaceAll("\\s", "");
		List<Integer> pages = new ArrayList<>();
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			for (int p = 1; p <= document.getNumberOfPages(); p++) {
				stripper.setStartPage(p);
				stripper.setEndPage(p);
				if (stripper.getText(document).replaceAll("\\s", "").contains(wanted)) {
					pages.add(p);
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return pages;
	}
}
