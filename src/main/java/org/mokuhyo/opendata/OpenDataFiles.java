package org.mokuhyo.opendata;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.mokuhyo.portal.PublishedSnapshots;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The downloads of {@code /open-data} as files on disk ({@code mokuhyo.open-data.cache-dir}, default
 * {@code ./data/open-data}; blank: a temporary directory), made once per state of the published sheets. A file is
 * named by its scope and by a hash of the read model's {@link PublishedSnapshots#stamp stamp}: a publication, a
 * withdrawal or a new published version gives a new name, and the next download makes the new file; the old one is
 * removed some minutes later ({@code mokuhyo.open-data.superseded-grace}; also one an earlier process left). So the
 * database is read as fast as the disk takes it, not as slowly as a client downloads (a slow reader holds no
 * connection); a repeated download costs no query beyond the stamp; and the file has a length, an ETag and byte
 * ranges. Two requests for a file not made yet make it once.
 */
@Service
public class OpenDataFiles {

	/**
	 * How this code writes the files, beyond the published data: files made by an earlier writing are made anew (2:
	 * CSV fields a spreadsheet would run as formulas are defused).
	 */
	static final int WRITING = 2;


	/** A made file; {@code tag} changes with its content (the ETag). */
	public record MadeFile(Path path, String tag) {
	}

	private final OpenDataExport export;

	private final PublishedSnapshots snapshots;

	private final Path directory;

	private final Map<String, Object> making = new ConcurrentHashMap<>();

	/** A temporary directory (tests, benchmarks) goes with the application. */
	private final boolean temporary;

	/** When each file of an earlier state was first found replaced; it is removed {@link #grace} after that. */
	private final Map<Path, java.time.Instant> superseded = new ConcurrentHashMap<>();

	private final java.time.Duration grace;

	private final java.time.Clock clock;

	OpenDataFiles(OpenDataExport export, PublishedSnapshots snapshots, java.time.Clock clock,
			@Value("${mokuhyo.open-data.cache-dir:./data/open-data}") String directory,
			@Value("${mokuhyo.open-data.superseded-grace:PT10M}") java.time.Duration grace) throws IOException {
		this.export = export;
		this.snapshots = snapshots;
		this.clock = clock;
		this.grace = grace;
		this.temporary = directory == null || directory.isBlank();
		this.directory = temporary ? Files.createTempDirectory("mokuhyo-open-data")
				: Files.createDirectories(Path.of(directory));
	}

	@jakarta.annotation.PreDestroy
	void removeTemporary() {
		if (temporary) {
			try (java.util.stream.Stream<Path> files = Files.list(directory)) {
				files.forEach(OpenDataFiles::deleteQuietly);
			}
			catch (IOException ex) {
				// the system's cleanup of temporary files takes the rest
			}
			deleteQuietly(directory);
		}
	}

	/**
	 * The file of the scope: {@link OpenDataSizes#JSON}, {@link OpenDataSizes#ZIP} or a CSV level's file name, with
	 * Japanese or ({@code english}) English CSV headers.
	 *
	 * @throws IllegalArgumentException for another name
	 */
	public MadeFile file(OpenDataScope scope, String name, boolean english) {
		CsvLevel level = CsvLevel.byFileName(name);
		Consumer<OutputStream> writer;
		if (level != null) {
			writer = out -> export.writeCsv(level, scope, english, out);
		}
		else if (OpenDataSizes.JSON.equals(name)) {
			writer = out -> export.writeJson(scope, out);
		}
		else if (OpenDataSizes.ZIP.equals(name)) {
			writer = out -> export.writeZip(scope, english, out);
		}
		else {
			throw new IllegalArgumentException("no open-data file " + name);
		}
		// what the file's bytes depend on: the scope as written into it, the header language and the published state
		String scopeKey = (scope.municipalityId() == null ? "all" : "m" + scope.municipalityId()) + "-"
				+ (scope.fiscalYear() == null ? "all" : scope.fiscalYear()) + "-" + (english ? "en" : "ja") + "-";
		String tag = hash(snapshots.stamp(scope.municipalityId(), scope.fiscalYear()) + "\n" + scope.municipality()
				+ "\n" + scope.municipalityCode() + "\n" + name + "\n" + english + "\n" + OpenDataExport.FORMAT_VERSION
				+ "\n" + WRITING);
		Path path = directory.resolve(scopeKey + tag + "-" + name);
		if (Files.isRegularFile(path)) {
			return new MadeFile(path, tag);
		}
		synchronized (making.computeIfAbsent(scopeKey + name, k -> new Object())) {
			if (!Files.isRegularFile(path)) {
				make(path, writer);
				removeOlder(scopeKey, name, path);
			}
		}
		return new MadeFile(path, tag);
	}

	/** Where the files are kept. */
	public Path directory() {
		return directory;
	}

	private void make(Path path, Consumer<OutputStream> writer) {
		Path part = null;
		try {
			part = Files.createTempFile(directory, "making-", ".part");
			try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(part), 64 * 1024)) {
				writer.accept(out);
			}
			Files.move(part, path, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deleteQuietly(part);
		}
	}

	/**
	 * The files of the same scope and name made for an earlier state: removed {@link #grace} after they were first
	 * found replaced, not at once, so that a request that found one a moment before still sends it.
	 */
	private void removeOlder(String scopeKey, String name, Path kept) {
		java.time.Instant now = clock.instant();
		try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, scopeKey + "*-" + name)) {
			for (Path file : files) {
				String middle = file.getFileName().toString();
				middle = middle.substring(scopeKey.length(), middle.length() - name.length() - 1);
				if (file.equals(kept) || !middle.matches("[0-9a-f]{32}")) {
					continue;
				}
				java.time.Instant since = superseded.computeIfAbsent(file, f -> now);
				if (!since.plus(grace).isAfter(now)) {
					deleteQuietly(file); // a reader still sending it keeps its open file until it is done
					superseded.remove(file);
				}
			}
		}
		catch (IOException ex) {
			// left for the next time; a stale file is never served, its name no longer matches
		}
	}

	private static void deleteQuietly(Path file) {
		if (file != null) {
			try {
				Files.deleteIfExists(file);
			}
			catch (IOException ex) {
				// see removeOlder
			}
		}
	}

	private static String hash(String text) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
