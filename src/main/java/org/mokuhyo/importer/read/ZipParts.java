package org.mokuhyo.importer.read;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.mokuhyo.importer.ImportRejectedException;

/**
 * What a zip holds, from its central directory alone (nothing is inflated): whether it is an Excel workbook
 * ({@code xl/workbook.xml} beside {@code [Content_Types].xml}) or a Word document ({@code word/document.xml}). A zip
 * whose directory cannot be found is cut off or damaged.
 */
record ZipParts(boolean workbook, boolean word) {

	private static final int END_OF_DIRECTORY = 0x06054b50;

	private static final int DIRECTORY_ENTRY = 0x02014b50;

	private static final int LOCAL_HEADER = 0x04034b50;

	private static final String WORD_DOCUMENT = "word/document.xml";

	/** The end record is 22 bytes and may be followed by a comment of up to 65,535 bytes. */
	private static final int END_SEARCH = 22 + 65_535;

	static ZipParts of(byte[] zip) {
		int end = -1;
		for (int i = zip.length - 22; i >= Math.max(0, zip.length - END_SEARCH); i--) {
			if (int32(zip, i) == END_OF_DIRECTORY) {
				end = i;
				break;
			}
		}
		if (end < 0) {
			throw truncated();
		}
		int entries = int16(zip, end + 10);
		long offset = int32(zip, end + 16) & 0xffffffffL;
		boolean contentTypes = false;
		boolean workbook = false;
		boolean word = false;
		int at = (int) Math.min(offset, Integer.MAX_VALUE);
		for (int n = 0; n < entries; n++) {
			if (at < 0 || at + 46 > zip.length || int32(zip, at) != DIRECTORY_ENTRY) {
				throw truncated();
			}
			int nameLength = int16(zip, at + 28);
			int extraLength = int16(zip, at + 30);
			int commentLength = int16(zip, at + 32);
			if (at + 46 + nameLength > zip.length) {
				throw truncated();
			}
			String name = new String(zip, at + 46, nameLength, StandardCharsets.UTF_8);
			contentTypes |= name.equals("[Content_Types].xml");
			workbook |= name.equals("xl/workbook.xml");
			word |= name.equals(WORD_DOCUMENT);
			at += 46 + nameLength + extraLength + commentLength;
		}
		return new ZipParts(contentTypes && workbook, contentTypes && word);
	}

	/**
	 * Whether the zip is a Word document, also when its directory is cut off: then the local header of
	 * {@code word/document.xml} (near the start of every .docx) is looked for instead. Never throws.
	 */
	static boolean holdsWordDocument(byte[] zip) {
		try {
			return of(zip).word();
		}
		catch (ImportRejectedException ex) {
			byte[] name = WORD_DOCUMENT.getBytes(StandardCharsets.UTF_8);
			for (int at = 0; at + 30 + name.length <= zip.length; at++) {
				if (int32(zip, at) == LOCAL_HEADER && int16(zip, at + 26) == name.length
						&& Arrays.equals(zip, at + 30, at + 30 + name.length, name, 0, name.length)) {
					return true;
				}
			}
			return false;
		}
	}

	private static ImportRejectedException truncated() {
		return new ImportRejectedException("TRUNCATED",
				"ZIP 形式のファイル（Excel・Word）が壊れているか、途中で切れています。元のファイル全体を指定してください。");
	}

	private static int int16(byte[] b, int at) {
		return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8;
	}

	private static int int32(byte[] b, int at) {
		return int16(b, at) | int16(b, at + 2) << 16;
	}
}
