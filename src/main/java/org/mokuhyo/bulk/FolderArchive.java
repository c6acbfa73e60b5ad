package org.mokuhyo.bulk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.mokuhyo.importer.SheetImporter;

/**
 * A folder's files, with its subfolders (the command line's archive). Links (symbolic links) are never followed out
 * of the folder: one whose target lies outside is listed as refused (OUTSIDE_FOLDER) and nothing of its target is
 * read, not even its size; one to a file inside the folder is read as that file (as a copy would be); one to a
 * folder inside is left out, since its files are listed where they really are. Files are opened without following
 * a link, so one put in a file's place after the listing is not read either.
 */
final class FolderArchive implements ArchiveReader.Archive {

	/** A file to list: where to read it, or its refusal. */
	private record Planned(String name, Path file, ArchiveEntry refusal) {
	}

	private final List<Planned> files;

	private FolderArchive(List<Planned> files) {
		this.files = files;
	}

	static FolderArchive open(Path source) {
		List<Planned> files = new ArrayList<>();
		try {
			Path root = source.toRealPath();
			try (Stream<Path> walk = Files.walk(root)) { // does not follow links
				for (Path path : (Iterable<Path>) walk.sorted()::iterator) {
					String name = root.relativize(path).toString().replace('\\', '/');
					if (path.equals(root) || !ArchiveReader.wanted(name)) {
						continue;
					}
					Planned planned = plan(root, path, name);
					if (planned != null) {
						files.add(planned);
						if (files.size() > ArchiveReader.MAX_FILES) {
							throw ArchiveReader.tooMany();
						}
					}
				}
			}
		}
		catch (IOException | UncheckedIOException ex) {
			throw new ArchiveException("UNREADABLE_FOLDER", "フォルダを読めません: " + source
					+ "（フォルダの読み取り権限を確かめてください）。");
		}
		if (files.isEmpty()) {
			throw ArchiveReader.empty();
		}
		files.sort(Comparator.comparing(Planned::name));
		ArchiveReader.Budget budget = new ArchiveReader.Budget();
		for (Planned file : files) {
			if (file.refusal() == null) {
				try {
					budget.charge(Math.min(Files.size(file.file()), SheetImporter.MAX_BYTES + 1L));
				}
				catch (IOException ex) {
					// gone or unreadable meanwhile: read() lists it as UNREADABLE
				}
			}
		}
		return new FolderArchive(files);
	}

	/** What to do with one path of the walk: null for folders and what is no file. */
	private static Planned plan(Path root, Path path, String name) throws IOException {
		BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		if (attributes.isRegularFile()) {
			return new Planned(name, path, null);
		}
		if (!attributes.isSymbolicLink()) {
			return null; // a folder (walked into) or a device, socket, pipe: no document
		}
		Path target;
		try {
			target = path.toRealPath();
		}
		catch (IOException ex) {
			return new Planned(name, null, ArchiveEntry.brokenLink(name));
		}
		if (!target.startsWith(root)) {
			return new Planned(name, null, ArchiveEntry.outsideFolder(name));
		}
		return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) ? new Planned(name, target, null) : null;
	}

	@Override
	public void read(Consumer<ArchiveEntry> each) {
		ArchiveReader.Budget budget = new ArchiveReader.Budget();
		for (Planned file : files) {
			if (file.refusal() != null) {
				each.accept(file.refusal());
				continue;
			}
			ArchiveEntry read;
			try (InputStream in = Files.newInputStream(file.file(), LinkOption.NOFOLLOW_LINKS)) {
				byte[] content = ArchiveReader.readLimited(in);
				budget.charge(content.length);
				read = ArchiveReader.tooLarge(content) ? ArchiveEntry.tooLarge(file.name(), Files.size(file.file()))
						: ArchiveEntry.of(file.name(), content);
			}
			catch (IOException ex) {
				read = ArchiveEntry.unreadable(file.name());
			}
			each.accept(read);
		}
	}

	@Override
	public void close() {
		// nothing held open between reads
	}
}
