package org.mokuhyo.bulk;

import org.mokuhyo.importer.SheetImporter;

/**
 * One file of an archive.
 *
 * @param name         its path within the archive or folder, with / between folders
 * @param size         its size in bytes (-1 when unknown)
 * @param content      its bytes; null when they were not read: then the refusal says why
 * @param refusalCode  null for a file to import; else why it is refused without reading it whole: TOO_LARGE (over
 *                     the importer's limit), UNREADABLE (damaged data), ENCRYPTED_ENTRY (a password-protected zip
 *                     entry), UNSUPPORTED_COMPRESSION (a method other than stored or deflate), OUTSIDE_FOLDER (a
 *                     folder's link to a file outside it, never followed), BROKEN_LINK (a link to nothing)
 */
record ArchiveEntry(String name, long size, byte[] content, String refusalCode, String refusalMessage) {

	private static final long MEGABYTE = 1024 * 1024;

	static ArchiveEntry of(String name, byte[] content) {
		return new ArchiveEntry(name, content.length, content, null, null);
	}

	/** @param size its real size, or -1 when it was only read as far as the limit (an entry of a zip) */
	static ArchiveEntry tooLarge(String name, long size) {
		return new ArchiveEntry(name, size, null, "TOO_LARGE", "ファイルが大きすぎます（1ファイル "
				+ SheetImporter.MAX_BYTES / MEGABYTE + " MB まで。このファイルは "
				+ (size < 0 ? "展開すると " + SheetImporter.MAX_BYTES / MEGABYTE + " MB を超えます" : (size + MEGABYTE - 1) / MEGABYTE + " MB です")
				+ "）。");
	}

	static ArchiveEntry unreadable(String name) {
		return new ArchiveEntry(name, -1, null, "UNREADABLE", "ファイルを読み出せません（データが壊れているか、読み取りが許されていません）。");
	}

	static ArchiveEntry encrypted(String name) {
		return new ArchiveEntry(name, -1, null, "ENCRYPTED_ENTRY",
				"パスワード付きで圧縮されたファイルのため読み出せません。パスワードなしの ZIP に入れ直してください。");
	}

	static ArchiveEntry unsupportedCompression(String name) {
		return new ArchiveEntry(name, -1, null, "UNSUPPORTED_COMPRESSION",
				"読めない圧縮方式のファイルです。標準の ZIP（Deflate）で圧縮し直してください。");
	}

	static ArchiveEntry outsideFolder(String name) {
		return new ArchiveEntry(name, -1, null, "OUTSIDE_FOLDER",
				"フォルダの外にあるファイルへのリンク（シンボリックリンク）のため、読み込みません。");
	}

	static ArchiveEntry brokenLink(String name) {
		return new ArchiveEntry(name, -1, null, "BROKEN_LINK", "リンク（シンボリックリンク）の先にファイルがありません。");
	}
}
