package org.mokuhyo.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.mokuhyo.importer.SheetImporter;

/**
 * The files of a .zip or of a folder (with its subfolders), in name order, without what systems leave beside
 * documents ({@code __MACOSX/}, dot files, Thumbs.db, desktop.ini). Zips made on Japanese Windows name their files
 * in Shift_JIS (cp932) without saying so: a name that is not UTF-8 is read as cp932. A file over the importer's
 * limit is listed without its bytes (it is refused, never read whole); the number of files is limited too.
 */
final class ArchiveReader {

	static final int MAX_FILES = 10_000;

	private static final Charset WINDOWS_JAPANESE = Charset.forName("windows-31j");

	private ArchiveReader() {
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
	 * Calls {@code each} for every file of the zip or folder, in name order.
	 *
	 * @return the number of files
	 * @throws ArchiveException when it is neither a folder nor a readable zip, or holds no file or too many
	 */
	static int read(Path source, Consumer<ArchiveEntry> each) {
		if (Files.isDirectory(source)) {
			return folder(source, each);
		}
		if (!Files.isRegularFile(source)) {
			throw new ArchiveException("NOT_FOUND", "ファイルまたはフォルダが見つかりません: " + source);
		}
		if (!isZip(source)) {
			throw new ArchiveException("NOT_A_ZIP", "ZIP ファイルではありません。シートのファイルをまとめた .zip を指定してください。");
		}
		try {
			return zip(source, StandardCharsets.UTF_8, each);
		}
		catch (ZipException | IllegalArgumentException ex) {
			// a name that is not UTF-8 (ZipFile refuses it while reading the directory): a Windows zip
			try {
				return zip(source, WINDOWS_JAPANESE, each);
			}
			catch (ZipException | IllegalArgumentException again) {
				throw new ArchiveException("UNREADABLE_ZIP", "ZIP ファイルが壊れているため読めません（" + again.getMessage() + "）。");
			}
		}
	}

	private static int zip(Path source, Charset names, Consumer<ArchiveEntry> each) throws ZipException {
		try (ZipFile zip = new ZipFile(source.toFile(), names)) {
			if (zip.getEntry("[Content_Types].xml") != null) {
				// an Office document is a zip too: one sheet, not an archive of them
				throw new ArchiveException("NOT_AN_ARCHIVE", "これは Excel などの文書ファイルで、シートをまとめた ZIP ではありません。"
						+ "1件のシートは「シートの取り込み」から取り込んでください。");
			}
			List<ZipEntry> files = new ArrayList<>();
			for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
				ZipEntry entry = entries.nextElement();
				if (!entry.isDirectory() && wanted(entry.getName())) {
					files.add(entry);
					if (files.size() > MAX_FILES) {
						throw tooMany();
					}
				}
			}
			if (files.isEmpty()) {
				throw empty();
			}
			files.sort(Comparator.comparing(ZipEntry::getName));
			for (ZipEntry entry : files) {
				ArchiveEntry read;
				try (InputStream in = zip.getInputStream(entry)) {
					read = entry(entry.getName(), in);
				}
				catch (IOException ex) { // a damaged entry is that file's refusal, not the archive's
					read = ArchiveEntry.unreadable(entry.getName(), ex.getMessage());
				}
				each.accept(read);
			}
			return files.size();
		}
		catch (ZipException ex) {
			throw ex; // from opening: the directory of names (see read)
		}
		catch (IOException ex) {
			throw new ArchiveException("UNREADABLE_ZIP", "ZIP ファイルを読めません（" + ex.getMessage() + "）。");
		}
	}

	private static int folder(Path root, Consumer<ArchiveEntry> each) {
		List<Path> files;
		try (Stream<Path> walk = Files.walk(root)) {
			files = walk.filter(Files::isRegularFile)
				.filter(file -> wanted(root.relativize(file).toString().replace('\\', '/')))
				.sorted()
				.limit(MAX_FILES + 1L)
				.toList();
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ArchiveException("UNREADABLE_FOLDER", "フォルダを読めません: " + root + "（" + ex.getMessage() + "）");
		}
		if (files.size() > MAX_FILES) {
			throw tooMany();
		}
		if (files.isEmpty()) {
			throw empty();
		}
		for (Path file : files) {
			String name = root.relativize(file).toString().replace('\\', '/');
			ArchiveEntry read;
			try (InputStream in = Files.newInputStream(file)) {
				read = entry(name, in);
			}
			catch (IOException ex) {
				read = ArchiveEntry.unreadable(name, ex.getMessage());
			}
			each.accept(read);
		}
		return files.size();
	}

	/** Reads at most one byte over the importer's limit: a bigger file is named, not read. */
	private static ArchiveEntry entry(String name, InputStream in) throws IOException {
		byte[] content = in.readNBytes(SheetImporter.MAX_BYTES + 1);
		if (content.length > SheetImporter.MAX_BYTES) {
			long size = content.length;
			for (long skipped; (skipped = in.skip(1 << 20)) > 0;) {
				size += skipped;
			}
			return ArchiveEntry.tooLarge(name, size);
		}
		return ArchiveEntry.of(name, content);
	}

	static boolean wanted(String path) {
		String name = path.substring(path.lastIndexOf('/') + 1);
		return !path.startsWith("__MACOSX/") && !path.contains("/__MACOSX/") && !name.startsWith(".")
				&& !name.equalsIgnoreCase("Thumbs.db") && !name.equalsIgnoreCase("desktop.ini") && !name.isEmpty();
	}

	private static ArchiveException tooMany() {
		return new ArchiveException("TOO_MANY_FILES", "ファイルが多すぎます（一度に " + MAX_FILES + " 件まで）。分けて取り込んでください。");
	}

	private static ArchiveException empty() {
		return new ArchiveException("EMPTY_ARCHIVE", "取り込めるファイルがありません。");
	}
}
