package org.mokuhyo.importer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The real published sheet the project starts from: Toyonaka City, 市民協働部, FY2024 (令和6年度).
 */
public final class SeedFixture {

	public static final String RESOURCE = "/samples/toyonaka-shimin-kyodo-2024.txt";

	private SeedFixture() {
	}

	public static byte[] bytes() {
		try (InputStream in = SeedFixture.class.getResourceAsStream(RESOURCE)) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static String text() {
		return new String(bytes(), StandardCharsets.UTF_8);
	}
}
