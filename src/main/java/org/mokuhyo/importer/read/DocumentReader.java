package org.mokuhyo.importer.read;

/**
 * Reads one source format into the intermediate form. Readers never throw for messy content; they throw
 * {@link org.mokuhyo.importer.ImportRejectedException} only when the input cannot be read at all.
 */
public interface DocumentReader {

	/** True when this reader recognises the content (by its bytes, not by the file name). */
	boolean accepts(byte[] content, String fileName);

	SourceDocument read(byte[] content, String fileName);
}
