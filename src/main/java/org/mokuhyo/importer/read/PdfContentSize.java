package org.mokuhyo.importer.read;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Measures a page's decoded content before PDFBox runs it: a stream of a few kilobytes can inflate to gigabytes of
 * nothing (a flate bomb), which the operator count would never see, each reading pass inflating it again.
 */
final class PdfContentSize {

	private PdfContentSize() {
	}

	static void check(PDPage page, ReadBudget budget) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
			try (InputStream in = streams.next().createInputStream()) {
				for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
					total += n;
					budget.pageContent(total);
				}
			}
		}
	}
}
