package org.mokuhyo.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.filter.FilterFactory;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Measures a page's decoded content before PDFBox runs it: a stream of a few kilobytes can inflate to gigabytes of
 * nothing (a flate bomb), which the operator count would never see, each reading pass inflating it again. Decoded
 * here filter by filter into a counting sink that refuses past the limit, so measuring never holds more than the limit:
 * PDFBox's own decoding would first inflate the whole stream into memory.
 */
final class PdfContentSize {

	private PdfContentSize() {
	}

	static void check(PDPage page, ReadBudget budget) throws IOException {
		long total = 0;
		for (Iterator<PDStream> streams = page.getContentStreams(); streams.hasNext();) {
			total += decodedSize(streams.next(), total, budget);
		}
	}

	private static long decodedSize(PDStream stream, long before, ReadBudget budget) throws IOException {
		COSStream cos = stream.getCOSObject();
		List<COSName> filters = stream.getFilters();
		try (InputStream raw = cos.createRawInputStream()) {
			if (filters.isEmpty()) {
				Sink sink = new Sink(before, budget, false);
				raw.transferTo(sink);
				return sink.count;
			}
			InputStream in = raw;
			for (int i = 0; i < filters.size(); i++) {
				boolean last = i == filters.size() - 1;
				Sink out = new Sink(before, budget, !last);
				FilterFactory.INSTANCE.getFilter(filters.get(i)).decode(in, out, cos, i);
				if (last) {
					return out.count;
				}
				in = new ByteArrayInputStream(out.bytes.toByteArray());
			}
		}
		return 0;
	}

	/** Counts what is written, charging the page's total to the budget; keeps the bytes only between filters. */
	private static final class Sink extends OutputStream {

		private final long before;

		private final ReadBudget budget;

		private final java.io.ByteArrayOutputStream bytes;

		private long count;

		Sink(long before, ReadBudget budget, boolean keep) {
			this.before = before;
			this.budget = budget;
			this.bytes = keep ? new java.io.ByteArrayOutputStream() : null;
		}

		@Override
		public void write(int b) {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] b, int off, int len) {
			count += len;
			budget.pageContent(before + count); // refuses (a runtime refusal) past the limit
			if (bytes != null) {
				bytes.write(b, off, len);
			}
		}
	}
}
