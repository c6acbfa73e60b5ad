package org.mokuhyo.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the index lives on disk and how it is opened: the configured directory, or, when that is blank, a temporary
 * one removed when the index is closed for good.
 */
final class IndexFiles {

	private static final Logger log = LoggerFactory.getLogger(IndexFiles.class);

	private final String configured;

	private final Analyzer analyzer;

	private Path temporary;

	IndexFiles(String configured, Analyzer analyzer) {
		this.configured = configured;
		this.analyzer = analyzer;
	}

	synchronized Path directory() {
		if (configured == null || configured.isBlank()) {
			if (temporary == null) {
				try {
					temporary = Files.createTempDirectory("mokuhyo-index-");
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}
			return temporary;
		}
		return Path.of(configured);
	}

	/**
	 * Opens the index for writing; an unreadable one is started anew.
	 *
	 * @throws LockObtainFailedException when another process holds it
	 */
	OpenIndex open() throws IOException {
		Path path = directory();
		Files.createDirectories(path);
		Directory directory = FSDirectory.open(path);
		IndexWriter writer;
		try {
			writer = new IndexWriter(directory, config());
		}
		catch (LockObtainFailedException ex) {
			directory.close();
			throw ex;
		}
		catch (IOException | IllegalArgumentException ex) {
			// unreadable (another Lucene's, damaged): it is only a copy of the database, so start it anew
			log.warn("The search index {} cannot be read ({}); it is built anew", path, ex.getMessage());
			writer = new IndexWriter(directory, config().setOpenMode(IndexWriterConfig.OpenMode.CREATE));
		}
		return new OpenIndex(directory, writer, new SearcherManager(writer, null));
	}

	/** A larger buffer than Lucene's 16 MB: a rebuild flushes fewer, bigger segments. */
	private IndexWriterConfig config() {
		return new IndexWriterConfig(analyzer).setRAMBufferSizeMB(64);
	}

	/** Removes the temporary directory, if one was made. */
	synchronized void removeTemporary() {
		if (temporary == null) {
			return;
		}
		try (Stream<Path> files = Files.walk(temporary)) {
			files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
		}
		catch (IOException ex) {
			log.debug("Could not remove {}: {}", temporary, ex.getMessage());
		}
		temporary = null;
	}
}
