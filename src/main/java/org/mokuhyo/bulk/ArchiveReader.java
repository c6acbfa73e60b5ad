package org.mokuhyo.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import org.mokuhyo.importer.SheetImporter;

/**
 * The files of a .zip ({@link ZipArchive}) or of a folder with its subfolders ({@link FolderArchive}), in name order,
 * without what systems leave beside documents ({@code __MACOSX/}, dot files, Thumbs.db, desktop.ini). {@link #open}
 * checks the whole archive before anything is stored: its number of files and the bytes they hold in all
 * ({@link #MAX_TOTAL_BYTES}, measured by reading, never taken from what a zip declares); a file over the importer's
 * limit is listed without its bytes. Every refusal is in Japanese with a code of its own; no exception's text of
 * Java or the system reaches a message.
 */
final class ArchiveReader {

	static final int MAX_FILES = 10_000;

	/**
	 * What one archive may hold in all, once inflated (a file over the importer's limit counts as far as it was read,
	 * just over that limit): 200 MB, twenty times the largest sheet, while a city's year of sheets is a few MB.
	 */
	static final long MAX_TOTAL_BYTES = 200L * 1024 * 1024;

	private ArchiveReader() {
	}

	/** A checked archive whose files can be read (again) one by one. */
	interface Archive extends AutoCloseable {

		/** Calls {@code each} for every file, in name order. */
		void read(Consumer<ArchiveEntry> each);

		@Override
		void close();
	}

	/** Whether the bytes at the start are a zip's (PK\3\4, or PK\5\6 for an empty one). */
	static boolean isZip(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			byte[] head = in.readNBytes(4);
			return head.length == 4 && head[0] == 'P' && head[1] == 'K'
					&& ((head[2] == 3 && head[3] == 4) || (head[2] == 5 && head[3] == 6));
		}
		catch (IOException ex) {
			return false;
		}
	}

	/**
	 * Opens and checks the zip or folder: every file is read once here (and its bytes dropped), so an archive over
	 * the limits is refused before anything is stored.
	 *
	 * @throws ArchiveException when it is neither a folder nor a readable zip, holds no file or too many, more than
	 *                          {@link #MAX_TOTAL_BYTES}, or (a zip) the same name twice or entries sharing their bytes
	 */
	static Archive open(Path source) {
		if (Files.isDirectory(source)) {
			return FolderArchive.open(source);
		}
		if (!Files.isRegularFile(source)) {
			throw new ArchiveException("NOT_FOUND", "ファイルまたはフォルダが見つかりません: " + source);
		}
		if (!isZip(source)) {
			throw new ArchiveException("NOT_A_ZIP", "ZIP ファイルではありません。シートのファイルをまとめた .zip を指定してください。");
		}
		return ZipArchive.open(source);
	}

	/** Reads at most one byte over the importer's limit: a bigger file is named, not read. */
	static byte[] readLimited(InputStream in) throws IOException {
		return in.readNBytes(SheetImporter.MAX_BYTES + 1);
	}

	static boolean tooLarge(byte[] content) {
		return content.length > SheetImporter.MAX_BYTES;
	}

	static boolean wanted(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return !path.startsWith("__MACOSX/") && !path.contains("/__MACOSX/") && !name.startsWith(".")
				&& !name.equalsIgnoreCase("Thumbs.db") && !name.equalsIgnoreCase("desktop.ini") && !name.isEmpty();
	}

	/** Counts what an archive's files hold, refusing it once over {@link #MAX_TOTAL_BYTES}. */
	static final class Budget {

		private long used;

		void charge(long bytes) {
			used += bytes;
			if (used > MAX_TOTAL_BYTES) {
				throw new ArchiveException("ARCHIVE_TOO_LARGE", "中のファイルが合計 " + MAX_TOTAL_BYTES / (1024 * 1024)
						+ " MB を超えるため取り込みません（展開した後の大きさで数えます）。分けて取り込んでください。");
			}
		}
	}

	static ArchiveException tooMany() {
		return new ArchiveException("TOO_MANY_FILES", "ファイルが多すぎます（一度に " + MAX_FILES + " 件まで）。分けて取り込んでください。");
	}

	static ArchiveException empty() {
		return new ArchiveException("EMPTY_ARCHIVE", "取り込めるファイルがありません。");
	}

	static ArchiveException unreadableZip() {
		return new ArchiveException("UNREADABLE_ZIP", "ZIP ファイルが壊れているため読めません（途中で切れているか、ZIP の目次が正しくありません）。"
				+ "作り直してから取り込んでください。");
	}
}
