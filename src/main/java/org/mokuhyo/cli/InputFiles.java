package org.mokuhyo.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.mokuhyo.importer.SheetImporter;

/**
 * A sheet file named on the command line, read whole within the importer's size limit; what is wrong with it is
 * bad input in one line.
 */
final class InputFiles {

	private InputFiles() {
	}

	static byte[] read(String file) throws InputException {
		Path path = Path.of(file);
		try {
			if (Files.isDirectory(path)) {
				throw new InputException("ファイルを読めません (ディレクトリです): " + file);
			}
			if (Files.size(path) > SheetImporter.MAX_BYTES) {
				throw new InputException("ファイルが大きすぎます (上限 %d MB): %s"
						.formatted(SheetImporter.MAX_BYTES / 1024 / 1024, file));
			}
			return Files.readAllBytes(path);
		}
		catch (NoSuchFileException ex) {
			throw new InputException("ファイルが見つかりません: " + file);
		}
		catch (AccessDeniedException ex) {
			throw new InputException("ファイルを読む権限がありません: " + file);
		}
		catch (IOException ex) {
			throw new InputException("ファイルを読めません: " + file + " (" + ex.getMessage() + ")");
		}
	}

	/** The name the importer sees (its extension is a hint, never trusted). */
	static String fileName(String file) {
		Path name = Path.of(file).getFileName();
		return name == null ? file : name.toString();
	}
}
