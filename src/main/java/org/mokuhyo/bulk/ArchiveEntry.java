package org.mokuhyo.bulk;

import org.mokuhyo.importer.SheetImporter;

/**
 * One file of an archive.
 *
 * @param name         its path within the archive or folder, with / between folders
 * @param size         its size in bytes (-1 when unknown)
 * @param content      its bytes; null when they were not read: then the refusal says why
 * @param refusalCode  null for a file to import; else why it is refused without reading (TOO_LARGE, UNREADABLE)
 */
record ArchiveEntry(String name, long size, byte[] content, String refusalCode, String refusalMessage) {

	static ArchiveEntry of(String name, byte[] content) {
		return new ArchiveEntry(name, content.length, content, null, null);
	}

	static ArchiveEntry tooLarge(String name, long size) {
		return new ArchiveEntry(name, size, null, "TOO_LARGE", "ファイルが大きすぎます（上限 "
				+ SheetImporter.MAX_BYTES / (1024 * 1024) + " MB、このファイルは " + size / (1024 * 1024) + " MB）。");
	}

	static ArchiveEntry unreadable(String name, String why) {
		return new ArchiveEntry(name, -1, null, "UNREADABLE", "ファイルを読み出せません（" + why + "）。");
	}
}
