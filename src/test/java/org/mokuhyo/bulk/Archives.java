package org.mokuhyo.bulk;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.mokuhyo.importer.SeedFixture;

/** Zips of sheets for the tests: the seed with another department's name, and files that are no sheet. */
public final class Archives {

	private Archives() {
	}

	/** The seed sheet as department {@code department}'s. */
	public static byte[] sheet(String department) {
		return SeedFixture.text()
			.replace("部局\t市民協働部\t補職\t部長\t氏名\t宮城 節子", "部局\t" + department + "\t補職\t部長\t氏名\t山田 太郎")
			.getBytes(StandardCharsets.UTF_8);
	}

	/** Entries in the order given, names in {@code names} (cp932 as Japanese Windows writes them, or UTF-8). */
	public static byte[] zip(Map<String, byte[]> entries, Charset names) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, names)) {
			for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(entry.getKey()));
				zip.write(entry.getValue());
				zip.closeEntry();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return bytes.toByteArray();
	}

	public static Map<String, byte[]> entries() {
		return new LinkedHashMap<>();
	}
}
