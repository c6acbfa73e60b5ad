package org.mokuhyo.importer.read;

/**
 * Reads one source format into the intermediate form. Readers never throw for messy content; they throw
 * {@link org.mokuhyo.importer.ImportRejectedException} only when the input cannot be read at all, or costs more than
 * its {@link ReadBudget} (charged while reading, before what is counted is built).
 */
public interface DocumentReader {

	/** True when this reader recognises the content (by its bytes, not by the file name). */
	boolean accepts(byte[] content, String fileName);

	SourceDocument read(byte[] content, String fileName, ReadBudget budget);

	/** Reads with a budget of its own (tests and tools reading one file). */
	default SourceDocument read(byte[] content, String fileName) {
		return read(content, fileName, ReadBudget.standard());
	}
}
