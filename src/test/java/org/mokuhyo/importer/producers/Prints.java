package org.mokuhyo.importer.producers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The producers' prints kept under target/producers, to look at (pdftoppm) when a test fails. */
final class Prints {

	private static final Path DIR = Path.of("target", "producers");

	private Prints() {
	}

	static void keep(String name, byte[] content) {
		try {
			Files.createDirectories(DIR);
			Files.write(DIR.resolve(name), content);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
