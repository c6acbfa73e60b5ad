package org.mokuhyo.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * What the Office readers share: the kind of container a file is (an OOXML zip, an OLE2 compound file), the entries
 * of an OLE2 file (an old .xls holds Workbook, an old .doc WordDocument, an encrypted .xlsx or .docx
 * EncryptionInfo), and the size discipline against zip bombs.
 */
final class OfficeFiles {

	/**
	 * Uncompressed size of one XML part: a sheet's XML is well under a megabyte. POI holds a part as a document tree
	 * of about ten times its size, so this bounds the heap an Office file takes (ReadBudget's other limits count what
	 * is made of it).
	 */
	static final long MAX_XML_PART_BYTES = 4L * 1024 * 1024;

	/** Uncompressed size of all parts together (pictures included, which POI holds as bytes). */
	static final long MAX_TOTAL_BYTES = 24L * 1024 * 1024;

	/** Parts of one file: a workbook or document has a few dozen. */
	static final int MAX_PARTS = 1_000;

	static {
		// against zip bombs: POI refuses parts that inflate more than a hundredfold (its default, said here because it
		// is what the readers rely on). Its size limit is global and stays at its default: the year's workbook
		// (module workbook) is read as a stream and may be larger; the readers check their own with survey.
		ZipSecureFile.setMinInflateRatio(0.01);
	}

	private OfficeFiles() {
	}

	static FileMagic magic(byte[] content) {
		if (content == null || content.length < 8) {
			return FileMagic.UNKNOWN;
		}
		try {
			return FileMagic.valueOf(content);
		}
		catch (RuntimeException ex) {
			return FileMagic.UNKNOWN;
		}
	}

	/** The names at the root of an OLE2 file, or null when it cannot be read. */
	static Set<String> ole2Entries(byte[] content) {
		try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(content))) {
			return new TreeSet<>(fs.getRoot().getEntryNames());
		}
		catch (IOException | RuntimeException ex) {
			return null;
		}
	}

	/**
	 * What an Office file costs before POI builds it in memory, from one pass that inflates every part (read as POI
	 * reads them, in the order of their local headers): whether it is too large (an XML part bigger than
	 * {@link #MAX_XML_PART_BYTES}, all parts than {@link #MAX_TOTAL_BYTES}, more than {@link #MAX_PARTS} parts, which no
	 * goal sheet is), and how many elements with one of {@code localNames} the parts {@code counted} accepts hold (POI's
	 * model grows with them). A zip or part that cannot be read is left to POI to name.
	 */
	static Survey survey(byte[] content, java.util.function.Predicate<String> counted, Set<String> localNames) {
		Measure measure = new Measure();
		long elements = 0;
		int parts = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++parts > MAX_PARTS) {
					return new Survey(true, elements);
				}
				String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
				Measured part = measure.part(zip,
						name.endsWith(".xml") || name.endsWith(".rels") ? MAX_XML_PART_BYTES : MAX_TOTAL_BYTES);
				if (counted.test(entry.getName())) {
					elements += count(part, localNames);
				}
				part.transferTo(java.io.OutputStream.nullOutputStream()); // the rest of the part, measured too
				if (measure.over) {
					return new Survey(true, elements);
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// POI reads it next and names what is wrong (a malformed entry name is an IllegalArgumentException)
		}
		return new Survey(measure.over, elements);
	}

	/** What {@link #survey} found. */
	record Survey(boolean tooLarge, long elements) {
	}

	/** The sizes of the parts read so far, and whether a limit was passed. */
	private static final class Measure {

		private long total;

		private boolean over;

		Measured part(InputStream in, long limit) {
			return new Measured(in, this, limit);
		}
	}

	/** One part as it is inflated, ending early once a limit is passed (the survey then says too large). */
	private static final class Measured extends java.io.FilterInputStream {

		private final Measure measure;

		private final long limit;

		private long size;

		Measured(InputStream in, Measure measure, long limit) {
			super(in);
			this.measure = measure;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			byte[] one = new byte[1];
			return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] b, int off, int len) throws IOException {
			if (measure.over) {
				return -1;
			}
			int n = super.read(b, off, len);
			if (n > 0) {
				size += n;
				measure.total += n;
				measure.over = size > limit || measure.total > MAX_TOTAL_BYTES;
			}
			return measure.over ? -1 : n;
		}

		@Override
		public void close() {
			// the zip's next entry follows: closing a part must not close the zip
		}
	}

	/** POI names a zip bomb or an oversized part in its message (and wraps it at times). */
	static boolean tooLargeCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			String message = String.valueOf(t.getMessage());
			if (message.contains("Zip bomb") || message.contains("exceeds the max")) {
				return true;
			}
		}
		return false;
	}

	/** The elements counted until the part ends, is cut at a limit or stops being XML (POI names why). */
	private static long count(InputStream in, Set<String> localNames) {
		javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
		factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		long n = 0;
		try {
			javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				while (reader.hasNext()) {
					if (reader.next() == javax.xml.stream.XMLStreamConstants.START_ELEMENT
							&& localNames.contains(reader.getLocalName())) {
						n++;
					}
				}
			}
			finally {
				reader.close();
			}
		}
		catch (javax.xml.stream.XMLStreamException ex) {
			// not XML from here on, or cut at a limit: what was counted stands
		}
		return n;
	}
}
