package org.mokuhyo.importer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Office files made to inflate far beyond their size, for the readers' bad-input tests. */
public final class ZipBombs {

	private ZipBombs() {
	}

	/** An Office package whose {@code part} (xl/workbook.xml, word/document.xml) inflates to 64 MB of spaces. */
	public static byte[] officePart(String part) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.setLevel(Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>"
				.getBytes(StandardCharsets.UTF_8));
			zip.putNextEntry(new ZipEntry(part));
			byte[] spaces = new byte[1024 * 1024];
			Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < 64; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}
}
