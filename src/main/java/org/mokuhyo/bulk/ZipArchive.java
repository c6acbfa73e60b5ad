package org.mokuhyo.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32;

import org.mokuhyo.importer.SheetImporter;

/**
 * A zip's files: its directory checked by {@link ZipDirectory}, then every file inflated once to measure it (as far
 * as the importer's limit; the archive's budget counts the bytes really inflated, so a bomb whose directory lies
 * about its sizes is stopped as one that tells the truth), and its CRC compared. What cannot be read is that file's
 * refusal; only the archive's limits refuse the whole.
 */
final class ZipArchive implements ArchiveReader.Archive {

	private final ZipDirectory zip;

	/** Each file to list: its entry and, when it is refused, the refusal (its bytes are then never read again). */
	private record Planned(ZipDirectory.Entry entry, ArchiveEntry refusal) {
	}

	private final List<Planned> files;

	private ZipArchive(ZipDirectory zip, List<Planned> files) {
		this.zip = zip;
		this.files = files;
	}

	static ZipArchive open(Path source) {
		ZipDirectory zip = ZipDirectory.read(source);
		try {
			List<ZipDirectory.Entry> entries = new ArrayList<>();
			for (ZipDirectory.Entry entry : zip.entries()) {
				if (entry.name().equals("[Content_Types].xml")) {
					// an Office document is a zip too: one sheet, not an archive of them
					throw new ArchiveException("NOT_AN_ARCHIVE", "これは Excel などの文書ファイルで、シートをまとめた ZIP ではありません。"
							+ "1件のシートは「シートの取り込み」から取り込んでください。");
				}
				if (!entry.directory() && ArchiveReader.wanted(entry.name())) {
					entries.add(entry);
				}
			}
			if (entries.size() > ArchiveReader.MAX_FILES) {
				throw ArchiveReader.tooMany();
			}
			if (entries.isEmpty()) {
				throw ArchiveReader.empty();
			}
			entries.sort(Comparator.comparing(ZipDirectory.Entry::name));
			ArchiveReader.Budget budget = new ArchiveReader.Budget();
			List<Planned> files = new ArrayList<>(entries.size());
			for (ZipDirectory.Entry entry : entries) {
				files.add(new Planned(entry, measure(zip, entry, budget)));
			}
			return new ZipArchive(zip, files);
		}
		catch (RuntimeException ex) {
			zip.close();
			throw ex;
		}
	}

	/** The file's refusal, or null when it reads whole, within the limit and with its CRC. */
	private static ArchiveEntry measure(ZipDirectory zip, ZipDirectory.Entry entry, ArchiveReader.Budget budget) {
		if (entry.encrypted()) {
			return ArchiveEntry.encrypted(entry.name());
		}
		if (entry.method() != 0 && entry.method() != 8) {
			return ArchiveEntry.unsupportedCompression(entry.name());
		}
		byte[] buffer = new byte[64 * 1024];
		CRC32 crc = new CRC32();
		long size = 0;
		try (InputStream in = zip.open(entry)) {
			for (int read; size <= SheetImporter.MAX_BYTES && (read = in.read(buffer)) >= 0;) {
				budget.charge(read);
				crc.update(buffer, 0, read);
				size += read;
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof ArchiveException archive) {
				throw archive;
			}
			return ArchiveEntry.unreadable(entry.name()); // a damaged entry is that file's refusal, not the archive's
		}
		if (size > SheetImporter.MAX_BYTES) {
			return ArchiveEntry.tooLarge(entry.name(), -1);
		}
		return crc.getValue() == entry.crc() ? null : ArchiveEntry.unreadable(entry.name());
	}

	@Override
	public void read(Consumer<ArchiveEntry> each) {
		ArchiveReader.Budget budget = new ArchiveReader.Budget();
		for (Planned file : files) {
			if (file.refusal() != null) {
				each.accept(file.refusal());
				continue;
			}
			String name = file.entry().name();
			ArchiveEntry read;
			try (InputStream in = zip.open(file.entry())) {
				byte[] content = ArchiveReader.readLimited(in);
				budget.charge(content.length); // the same bytes as measured: a changed file stops here too
				read = ArchiveReader.tooLarge(content) ? ArchiveEntry.tooLarge(name, -1) : ArchiveEntry.of(name, content);
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof ArchiveException archive) {
					throw archive;
				}
				read = ArchiveEntry.unreadable(name);
			}
			each.accept(read);
		}
	}

	@Override
	public void close() {
		zip.close();
	}
}
