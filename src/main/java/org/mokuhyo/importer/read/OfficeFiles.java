package org.mokuhyo.importer.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
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
		// (module workbook) is read as a stream and may be larger; the readers check their own with inflatesBeyondLimit.
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
	 * Inflates every part once, counting, before POI builds the whole document in memory (reading the parts as POI
	 * does, in the order of their local headers): true when an XML part is bigger than {@link #MAX_XML_PART_BYTES},
	 * all parts than {@link #MAX_TOTAL_BYTES}, or there are more than {@link #MAX_PARTS}, which no goal sheet is. A
	 * zip that cannot be inflated is left to POI to name.
	 */
	static boolean inflatesBeyondLimit(byte[] content) {
		byte[] buffer = new byte[64 * 1024];
		long total = 0;
		int parts = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (++parts > MAX_PARTS) {
					return true;
				}
				String name = entry.getName().toLowerCase(java.util.Locale.ROOT);
				long limit = name.endsWith(".xml") || name.endsWith(".rels") ? MAX_XML_PART_BYTES : MAX_TOTAL_BYTES;
				long size = 0;
				for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
					size += n;
					total += n;
					if (size > limit || total > MAX_TOTAL_BYTES) {
						return true;
					}
				}
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			// POI reads it next and names what is wrong (a malformed entry name is an IllegalArgumentException)
		}
		return false;
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

	/**
	 * How many elements with one of these local names {@code part} of the zip holds, read as a stream before POI
	 * builds its tree (whose cost grows with them); 0 when the part is missing or cannot be read (POI names why).
	 */
	static long countElements(byte[] content, String part, Set<String> localNames) {
		return countElements(content, name -> name.equals(part), localNames);
	}

	/** As {@link #countElements(byte[], String, Set)}, summed over the parts whose names {@code parts} accepts. */
	static long countElements(byte[] content, java.util.function.Predicate<String> parts, Set<String> localNames) {
		long n = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				if (parts.test(entry.getName())) {
					n += count(zip, localNames);
				}
			}
		}
		catch (IOException | IllegalArgumentException | javax.xml.stream.XMLStreamException ex) {
			// POI reads it next and names what is wrong
		}
		return n;
	}

	private static long count(java.io.InputStream in, Set<String> localNames)
			throws javax.xml.stream.XMLStreamException {
		javax.xml.stream.XMLInputFactory factory = javax.xml.stream.XMLInputFactory.newFactory();
		factory.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		javax.xml.stream.XMLStreamReader reader = factory.createXMLStreamReader(in);
		long n = 0;
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
		return n;
	}
}
