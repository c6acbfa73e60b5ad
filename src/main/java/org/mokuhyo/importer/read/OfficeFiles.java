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

	/** Uncompressed size of one part of the zip: a sheet's XML is well under a megabyte. */
	static final long MAX_ENTRY_BYTES = 32L * 1024 * 1024;

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
	 * Inflates every part once, counting, before POI builds the whole document in memory: true when a part is bigger
	 * than {@link #MAX_ENTRY_BYTES}, which no goal sheet is. A zip that cannot be inflated is left to POI to name.
	 */
	static boolean inflatesBeyondLimit(byte[] content) {
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				long size = 0;
				for (int n = zip.read(buffer); n >= 0; n = zip.read(buffer)) {
					size += n;
					if (size > MAX_ENTRY_BYTES) {
						return true;
					}
				}
			}
		}
		catch (IOException ex) {
			// POI reads it next and names what is wrong
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
}
